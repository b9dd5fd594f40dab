#include "core/api/numbertext.h"
#include "tests/mockdata.h"
#include "ui/dashboard/breakdownchart.h"
#include "ui/dashboard/dashboardcontroller.h"
#include "ui/dashboard/dashboardpage.h"
#include "ui/dashboard/dashboardpanel.h"
#include "core/api/eventtype.h"
#include "ui/dashboard/totalstiles.h"
#include "ui/dashboard/trendcharts.h"
#include "ui/output/chartimage.h"
#include "ui/widgets/statusbanner.h"

#include <QComboBox>
#include <QFile>
#include <QImage>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace neuroio;
using namespace neuroio::mock;
using namespace neuroio::testing;
using namespace neuroio::ui;
using Panel = DashboardController::Panel;

class TestDashboardPage final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void panelsShowTheServersNumbers();
    void breakdownSwitchesEventType();
    void emptyPanelsSaySo();
    void refusedTokenShowsTheBannerUntilAReloadWorks();
    void chartsSaveAsPictures();
    void showChartByName();

private:
    void load(const Filter &f);
    template<typename T>
    T *child() const
    {
        return m_page->findChild<T *>();
    }

    std::unique_ptr<MockHttpServer> m_server;
    std::unique_ptr<BillingClient> m_client;
    std::unique_ptr<DashboardController> m_controller;
    std::unique_ptr<DashboardPage> m_page;
};

void TestDashboardPage::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    m_server = std::make_unique<MockHttpServer>(mockOptions());
    QVERIFY(m_server->start().isOk());
}

void TestDashboardPage::init()
{
    m_client = std::make_unique<BillingClient>();
    QVERIFY(m_client->setBaseUrl(m_server->url()).isOk());
    m_client->setToken(m_server->options().managerToken);
    m_controller = std::make_unique<DashboardController>(m_client.get());
    m_page = std::make_unique<DashboardPage>(m_controller.get(),
                                             [](const QString &kind) { return kind; });
    m_page->resize(1400, 800);
    m_page->show();
}

void TestDashboardPage::cleanup()
{
    m_page.reset();
    m_controller.reset();
    m_client.reset();
}

void TestDashboardPage::load(const Filter &f)
{
    DashboardFilters filters;
    filters.range = MonthRange(f.from, f.to);
    filters.spaceIds = f.spaces;
    filters.eventTypes = f.types;
    m_controller->start(filters);
    QTRY_VERIFY_WITH_TIMEOUT(m_controller->isSettled(), 15000);
}

void TestDashboardPage::panelsShowTheServersNumbers()
{
    const MockScope &scope = m_server->api().dataset().managerScope();
    const Filter f = lastTwelveMonths();
    load(f);
    // Totals: one tile per event type. API calls show the server's total; storage and
    // licences their latest month's level and average, and the server's total in unit-months.
    const QMap<int, QStringList> tiles = child<TotalsTiles>()->shownText();
    QCOMPARE(tiles.size(), 4);
    QCOMPARE(tiles.value(1).value(0), localeNumber(double(sum(scope, f, 1))));
    QCOMPARE(tiles.value(1).value(1), QStringLiteral("calls · ") + f.from.toString()
                                          + QStringLiteral(" to ") + f.to.toString());
    const QStringList unitMonths{QString(), QString(), QStringLiteral("person-months"),
                                 QStringLiteral("entry-months"), QStringLiteral("license-months")};
    for (int type = 2; type <= 4; ++type) {
        double levels = 0;
        for (Month m = f.from; m <= f.to; m = m.addMonths(1))
            levels += double(sum(scope, Filter{m, m, {}, {type}}, type));
        const double latest = double(sum(scope, Filter{f.to, f.to, {}, {type}}, type));
        const QStringList lines = tiles.value(type);
        QCOMPARE(lines.value(0), localeNumber(latest));
        QCOMPARE(lines.value(1), QStringLiteral("%1 in %2 · average %3")
                                     .arg(eventTypeUnit(type), f.to.toString(),
                                          localeNumber(std::round(levels / 12))));
        QVERIFY2(lines.value(2).startsWith(localeNumber(double(sum(scope, f, type))) + u' '
                                           + unitMonths[type]),
                 qPrintable(lines.value(2)));
    }
    // The trend: one chart per event type, each month's sum.
    TrendCharts *trend = child<TrendCharts>();
    QCOMPARE(trend->chartViews().size(), 4);
    for (int type = 1; type <= 4; ++type) {
        QList<double> monthly;
        for (Month m = f.from; m <= f.to; m = m.addMonths(1))
            monthly.append(double(sum(scope, Filter{m, m, {}, {type}}, type)));
        QCOMPARE(trend->plottedValues(type), monthly);
    }
    // By space: the bars, largest share first, rounded as labelled.
    BreakdownChart *bars = child<BreakdownChart>();
    QCOMPARE(bars->plottedNames().size(), scope.spaces.size());
    const QString top = bars->plottedNames().first();
    const auto space = std::find_if(scope.spaces.cbegin(), scope.spaces.cend(),
                                    [&](const Space &s) { return s.name == top; });
    QVERIFY(space != scope.spaces.cend());
    const double share = double(sum(scope, Filter{f.from, f.to, {space->id}, {1}}, 1)) * 100
                         / double(sum(scope, f, 1));
    QCOMPARE(bars->plottedPercents().first(), std::round(share * 10) / 10);
}

void TestDashboardPage::breakdownSwitchesEventType()
{
    const MockScope &scope = m_server->api().dataset().managerScope();
    const Filter f{
        Month(2026, 1), Month(2026, 6), {scope.spaces[0].id, scope.spaces[3].id}, {1, 4}};
    load(f);
    QComboBox *types = nullptr;
    for (QComboBox *box : m_page->findChildren<QComboBox *>()) {
        if (box->accessibleName() == QLatin1String("Event type of the breakdown by space"))
            types = box;
    }
    QVERIFY(types);
    QCOMPARE(types->count(), 2);
    const int licences = types->findData(4);
    types->setCurrentIndex(licences);
    emit types->activated(licences);
    // Licences are a level: June's shares, not a sum over six months.
    const qint64 june0 = sum(scope, Filter{Month(2026, 6), Month(2026, 6), {f.spaces[0]}, {4}}, 4);
    const qint64 june3 = sum(scope, Filter{Month(2026, 6), Month(2026, 6), {f.spaces[1]}, {4}}, 4);
    const double bigger = std::max(june0, june3) * 100.0 / double(june0 + june3);
    QCOMPARE(child<BreakdownChart>()->plottedPercents().first(), std::round(bigger * 10) / 10);
}

void TestDashboardPage::emptyPanelsSaySo()
{
    load(Filter{Month(2026, 11), Month(2026, 11), {}, {}}); // no data yet in 2026-11
    QCOMPARE(m_page->panel(Panel::Table)->messageText(),
             QStringLiteral("No usage for these filters."));
    QCOMPARE(m_page->panel(Panel::Charts)->messageText(),
             QStringLiteral("No usage for these filters."));
}

void TestDashboardPage::refusedTokenShowsTheBannerUntilAReloadWorks()
{
    m_client->setToken(QStringLiteral("expired-token"));
    load(lastTwelveMonths());
    StatusBanner *banner = m_page->banner();
    QVERIFY(banner->isVisible());
    QVERIFY(banner->isTokenProblem());
    QVERIFY2(banner->text().contains(QStringLiteral("token was refused")),
             qPrintable(banner->text()));
    QVERIFY(banner->text().contains(QStringLiteral("Invalid token.")));

    m_client->setToken(m_server->options().managerToken);
    m_controller->refresh();
    QTRY_VERIFY_WITH_TIMEOUT(m_controller->isSettled(), 15000);
    QVERIFY(!banner->isVisible());
}

void TestDashboardPage::chartsSaveAsPictures()
{
    load(lastTwelveMonths());
    QTemporaryDir dir;
    const QString svg = dir.filePath(QStringLiteral("trend.svg"));
    QVERIFY(saveWidgetAsSvg(child<TrendCharts>(), svg, QStringLiteral("Monthly trend")).isOk());
    QFile svgFile(svg);
    QVERIFY(svgFile.open(QIODevice::ReadOnly));
    const QByteArray svgText = svgFile.readAll();
    QVERIFY(svgText.contains("<svg"));
    QVERIFY(svgText.contains("Monthly trend"));
    const QString png = dir.filePath(QStringLiteral("by-space.png"));
    QVERIFY(saveWidgetAsPng(child<BreakdownChart>(), png).isOk());
    QVERIFY(QImage(png).width() >= 2 * child<BreakdownChart>()->width());
    QCOMPARE(
        saveWidgetAsPng(child<BreakdownChart>(), dir.filePath(QStringLiteral("no/x.png"))).kind,
        ApiError::Kind::WriteFailed);
}

void TestDashboardPage::showChartByName()
{
    QTabWidget *tabs = child<QTabWidget>();
    QVERIFY(m_page->showChart(QStringLiteral("by-space")));
    QCOMPARE(tabs->currentIndex(), 1);
    QVERIFY(m_page->showChart(QStringLiteral("trend")));
    QCOMPARE(tabs->currentIndex(), 0);
    QVERIFY(!m_page->showChart(QStringLiteral("pie")));
    QCOMPARE(DashboardPage::chartNames(), (QStringList{"trend", "by-space"}));
}

QTEST_MAIN(TestDashboardPage)
#include "tst_dashboardpage.moc"
