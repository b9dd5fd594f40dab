#include "core/api/eventtype.h"
#include "core/api/numbertext.h"
#include "core/insights/costestimate.h"
#include "tests/mockdata.h"
#include "ui/dashboard/breakdownchart.h"
#include "ui/dashboard/dashboardcontroller.h"
#include "ui/dashboard/dashboardpage.h"
#include "ui/dashboard/dashboardpanel.h"
#include "ui/dashboard/monthlytrendmodel.h"
#include "ui/dashboard/spacebreakdownmodel.h"
#include "ui/dashboard/totalsmodel.h"
#include "ui/dashboard/totalstiles.h"
#include "ui/dashboard/trendcharts.h"
#include "ui/dashboard/usagetablemodel.h"
#include "ui/output/chartimage.h"
#include "ui/widgets/modelroles.h"
#include "ui/widgets/retrybanner.h"
#include "ui/widgets/statusbanner.h"

#include <QAbstractBarSeries>
#include <QApplication>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QFile>
#include <QHeaderView>
#include <QImage>
#include <QLineEdit>
#include <QLineSeries>
#include <QPushButton>
#include <QScatterSeries>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStyle>
#include <QTabWidget>
#include <QTableView>
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
    void aNarrowTableKeepsTheQuantityInSight();
    void breakdownSwitchesEventType();
    void emptyPanelsSaySo();
    void refusedTokenShowsTheBannerUntilAReloadWorks();
    void chartsSaveAsPictures();
    void showChartByName();
    void hundredsOfSpacesTopSearchAndTable();
    void doubleClicksAskToNarrow();
    void chartsFollowThePalette();
    void monthAxisNamesItsMonths();
    void monthsWithoutRowsAreNoPoints();
    void usageHeaderSortsOnceEveryRowIsIn();
    void rateLimitShowsTheWaitAndCancelStopsIt();
    void othersWaitsAreNotTheDashboards();
    void tilesSayBudgetsAndCostsInWords();

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

void TestDashboardPage::aNarrowTableKeepsTheQuantityInSight()
{
    load(lastTwelveMonths());
    QTableView *table = nullptr;
    for (QTableView *view : m_page->findChildren<QTableView *>()) {
        if (view->model() == m_controller->tableModel())
            table = view;
    }
    QVERIFY(table);
    const auto quantityEnd = [table] {
        const int column = UsageTableModel::QuantityColumn;
        return table->horizontalHeader()->sectionViewportPosition(column)
               + table->horizontalHeader()->sectionSize(column);
    };
    // Narrower than the names need: the space column gives way, the quantity stays whole.
    m_page->resize(700, 800);
    QTRY_VERIFY(table->viewport()->width() < 450);
    QTRY_VERIFY(quantityEnd() <= table->viewport()->width());
    QVERIFY(!table->horizontalScrollBar()->isVisible());
    QCOMPARE(table->horizontalHeader()->sectionResizeMode(UsageTableModel::SpaceColumn),
             QHeaderView::Stretch);
    // The whole name is still there, in the cell's tooltip.
    const QModelIndex space = table->model()->index(0, UsageTableModel::SpaceColumn);
    QVERIFY(table->model()
                ->data(space, Qt::ToolTipRole)
                .toString()
                .startsWith(table->model()->data(space, Qt::DisplayRole).toString()
                            + QStringLiteral(", space ")));
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
        // The forecast drawn is the model's, the range's trend carried on.
        QList<double> forecast;
        for (const ForecastPoint &point : m_controller->trendModel()->forecast(type).points)
            forecast.append(point.value);
        QCOMPARE(trend->forecastValues(type), forecast);
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
    // Plain words and what to do; the server's own words and the endpoint under Details.
    QCOMPARE(banner->text(),
             QStringLiteral("The server did not accept the token, so nothing more can be "
                            "loaded. Enter another token to go on."));
    QVERIFY2(banner->detailsText().contains(QStringLiteral("401 on GET /v1/billing/usage/")),
             qPrintable(banner->detailsText()));
    QVERIFY(banner->detailsText().contains(QStringLiteral("Invalid token.")));
    // Each panel says briefly that it could not load, not the raw error three times.
    for (Panel p : {Panel::Table, Panel::Totals, Panel::Charts}) {
        QCOMPARE(m_page->panel(p)->messageText(),
                 QStringLiteral("Could not load. See the message above."));
        QVERIFY(m_page->panel(p)->detailsText().contains(QStringLiteral("401")));
    }

    m_client->setToken(m_server->options().managerToken);
    m_controller->refresh();
    QTRY_VERIFY_WITH_TIMEOUT(m_controller->isSettled(), 15000);
    QVERIFY(!banner->isVisible());
}

void TestDashboardPage::rateLimitShowsTheWaitAndCancelStopsIt()
{
    MockOptions limited = mockOptions();
    limited.failRate = 1.0;
    limited.failStatus = 429;
    limited.retryAfterSeconds = 12;
    MockHttpServer server(limited);
    QVERIFY(server.start().isOk());
    QVERIFY(m_client->setBaseUrl(server.url()).isOk());
    DashboardFilters filters;
    filters.range = MonthRange(lastTwelveMonths().from, lastTwelveMonths().to);
    m_controller->start(filters);

    RetryBanner *wait = m_page->retryBanner();
    QTRY_VERIFY(wait->isVisible());
    QVERIFY2(wait->text() == QStringLiteral("Rate limited: retrying in 12 s")
                 || wait->text() == QStringLiteral("Rate limited: retrying in 11 s"),
             qPrintable(wait->text()));
    const int requestsBefore = server.requestCount();
    auto *cancel = wait->findChild<QPushButton *>();
    QVERIFY(cancel);
    QCOMPARE(cancel->text(), QStringLiteral("Cancel"));
    QTest::mouseClick(cancel, Qt::LeftButton);

    QTRY_VERIFY(m_controller->isSettled());
    QVERIFY(!wait->isVisible());
    QCOMPARE(m_client->pendingCount(), 0);
    for (Panel p : {Panel::Table, Panel::Totals, Panel::Charts}) {
        QCOMPARE(m_controller->state(p), DashboardController::State::Failed);
        QVERIFY(m_controller->error(p).isCancelled());
    }
    QCOMPARE(m_page->banner()->text(),
             QStringLiteral("Loading was cancelled. Retry loads the dashboard again."));
    QTest::qWait(100);
    QCOMPARE(server.requestCount(), requestsBefore); // nothing is tried after Cancel
}

void TestDashboardPage::othersWaitsAreNotTheDashboards()
{
    // An export on the same client waits for a rate limit: the dashboard's banner does not
    // claim it, and its Cancel could not stop it anyway.
    load(lastTwelveMonths());
    MockOptions limited = mockOptions();
    limited.failRate = 1.0;
    limited.failStatus = 429;
    limited.retryAfterSeconds = 0;
    MockHttpServer server(limited);
    QVERIFY(server.start().isOk());
    QVERIFY(m_client->setBaseUrl(server.url()).isOk());
    QSignalSpy dashboardWaits(m_controller.get(), &DashboardController::retryWaiting);
    QSignalSpy clientWaits(m_client.get(), &BillingClient::retryScheduled);
    QObject exporter;
    bool done = false;
    m_client->usageTotal({}, {}, &exporter, [&](const Result<UsageTotals> &) { done = true; });
    QTRY_VERIFY(done);
    QVERIFY(clientWaits.size() > 0);
    QCOMPARE(dashboardWaits.size(), 0);
    QVERIFY(!m_page->retryBanner()->isVisible());
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

void TestDashboardPage::hundredsOfSpacesTopSearchAndTable()
{
    MockOptions options = mockOptions();
    options.spaces = 120;
    options.months = 3;
    MockHttpServer many(options);
    QVERIFY(many.start().isOk());
    QVERIFY(m_client->setBaseUrl(many.url()).isOk());
    const MockScope &scope = many.api().dataset().managerScope();
    load(Filter{Month(2026, 8), Month(2026, 10), {}, {1}});
    BreakdownChart *chart = m_page->breakdownChart();
    // The top 10 spaces and "Others" for the 110 left.
    QCOMPARE(chart->plottedNames().size(), 11);
    QCOMPARE(chart->plottedNames().last(), QStringLiteral("Others (110 spaces)"));
    // The table beside it lists every space, sortable.
    QTableView *table = nullptr;
    for (QTableView *view : m_page->findChildren<QTableView *>()) {
        if (view->accessibleName() == QLatin1String("By space as a table"))
            table = view;
    }
    QVERIFY(table);
    QCOMPARE(table->model()->rowCount(), 120);
    QVERIFY(table->isSortingEnabled());
    table->sortByColumn(SpaceBreakdownModel::QuantityColumn, Qt::AscendingOrder);
    const double smallest = table->model()->index(0, 1).data(RawValueRole).toDouble();
    const double largest = table->model()->index(119, 1).data(RawValueRole).toDouble();
    QVERIFY(smallest <= largest);
    table->sortByColumn(SpaceBreakdownModel::SpaceColumn, Qt::AscendingOrder);
    QVERIFY(table->model()->index(0, 0).data().toString().localeAwareCompare(
                table->model()->index(1, 0).data().toString())
            <= 0);

    // Every space: one bar each, and a chart taller than its panel, which scrolls.
    QComboBox *top = m_page->breakdownTopBox();
    const int every = top->findData(0);
    top->setCurrentIndex(every);
    emit top->activated(every);
    QCOMPARE(chart->plottedNames().size(), 120);
    QVERIFY(chart->chartView()->height() > chart->height());
    const int fifty = top->findData(50);
    top->setCurrentIndex(fifty);
    emit top->activated(fifty);
    QCOMPARE(chart->plottedNames().size(), 51);

    // Search narrows the chart and the table to the names that match.
    const QString wanted = scope.spaces[7].name.left(6);
    int matching = 0;
    for (const auto &space : scope.spaces)
        matching += space.name.contains(wanted, Qt::CaseInsensitive) ? 1 : 0;
    m_page->spaceSearch()->setText(wanted.toUpper());
    QCOMPARE(table->model()->rowCount(), matching);
    for (const QString &name : chart->plottedNames())
        QVERIFY2(name.contains(wanted, Qt::CaseInsensitive) || name.startsWith(u"Other"),
                 qPrintable(name));
    // Pointing at a bar shows that space's own numbers.
    chart->pointAt(0);
    QVERIFY2(chart->detailText().startsWith(chart->plottedNames().first() + u':'),
             qPrintable(chart->detailText()));
    m_page->spaceSearch()->clear();
    QCOMPARE(table->model()->rowCount(), 120);
    QVERIFY(m_client->setBaseUrl(m_server->url()).isOk());
}

void TestDashboardPage::doubleClicksAskToNarrow()
{
    const MockScope &scope = m_server->api().dataset().managerScope();
    load(lastTwelveMonths());
    QSignalSpy spaces(m_page.get(), &DashboardPage::spaceActivated);
    m_page->breakdownChart()->activate(0);
    QCOMPARE(spaces.size(), 1);
    const qint64 largest = spaces.first().at(0).toLongLong();
    QVERIFY(std::any_of(scope.spaces.begin(), scope.spaces.end(),
                        [largest](const auto &s) { return s.id == largest; }));
    for (QTableView *view : m_page->findChildren<QTableView *>()) {
        if (view->accessibleName() == QLatin1String("By space as a table"))
            emit view->doubleClicked(view->model()->index(2, 1));
    }
    QCOMPARE(spaces.size(), 2);
    QSignalSpy months(m_page.get(), &DashboardPage::monthActivated);
    QChartView *view = m_page->trendCharts()->chartViews().first();
    m_page->showChart(QStringLiteral("trend"));
    QTest::qWait(50);
    const QPointF march = view->chart()->mapToPosition(QPointF(4, 0)); // 2026-03 of 11/25-10/26
    const QPoint at = view->mapFromScene(view->chart()->mapToScene(march)) - QPoint(0, 5);
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, Qt::NoModifier, at);
    QCOMPARE(months.size(), 1);
    QCOMPARE(months.first().at(0).value<Month>(), Month(2026, 3));
}

void TestDashboardPage::chartsFollowThePalette()
{
    load(lastTwelveMonths());
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    dark.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
    dark.setColor(QPalette::WindowText, QColor(0xee, 0xee, 0xee));
    QApplication::setPalette(dark);
    // The application delivers a palette change to its widgets from the event loop.
    QTRY_COMPARE(m_page->palette().color(QPalette::Base), dark.color(QPalette::Base));
    auto check = [](QChart *chart, const QPalette &palette) {
        QCOMPARE(chart->backgroundBrush().color(), palette.color(QPalette::Base));
        for (QAbstractAxis *axis : chart->axes())
            QCOMPARE(axis->labelsBrush().color(), palette.color(QPalette::Text));
    };
    for (QChartView *view : m_page->trendCharts()->chartViews())
        check(view->chart(), dark);
    QChart *bars = m_page->breakdownChart()->chartView()->chart();
    check(bars, dark);
    // The percentages beside the bars: light on the dark chart, not white on white.
    auto *series = qobject_cast<QAbstractBarSeries *>(bars->series().first());
    QCOMPARE(series->barSets().first()->labelColor(), dark.color(QPalette::Text));
    QApplication::setPalette(QApplication::style()->standardPalette());
    QTRY_COMPARE(m_page->palette().color(QPalette::Base),
                 QApplication::style()->standardPalette().color(QPalette::Base));
    check(bars, QApplication::style()->standardPalette());
}

// Before the account's first month and after its last, the trend has no point and its line
// stops: a month without usage rows is not drawn as 0.
void TestDashboardPage::monthsWithoutRowsAreNoPoints()
{
    const Month last = m_server->options().lastMonth.value();
    const Month first = last.addMonths(1 - m_server->options().months);
    load(Filter{first.addMonths(-2), last.addMonths(1), {}, {}});
    const QChartView *calls = m_page->trendCharts()->chartViews().first();
    int lines = 0;
    QList<QPointF> points;
    for (QAbstractSeries *series : calls->chart()->series()) {
        // The usage's lines; a forecast's dashed line is named, and goes on from them.
        if (qobject_cast<QLineSeries *>(series) && !qobject_cast<QScatterSeries *>(series)
            && series->name() != QStringLiteral("forecast (dashed)"))
            ++lines;
        // The points of the months; unusual months are ringed by a series of their own.
        if (auto *scatter = qobject_cast<QScatterSeries *>(series);
            scatter && scatter->name().isEmpty())
            points = scatter->points();
    }
    QCOMPARE(lines, 1);
    QCOMPARE(points.size(), m_server->options().months);
    QCOMPARE(points.first().x(), 2.0); // the third month of the range is the first with data
    QCOMPARE(points.last().x(), double(m_server->options().months + 1));
}

void TestDashboardPage::monthAxisNamesItsMonths()
{
    load(lastTwelveMonths());
    const QStringList labels = m_page->trendCharts()->monthLabels();
    QVERIFY2(labels.size() >= 2, qPrintable(labels.join(u'|')));
    // The first and last months are labelled, whole; the year turns within the range, and a
    // label after it says so.
    QCOMPARE(labels.first(), QStringLiteral("Nov 2025"));
    // The axis ends with the range, or with its forecast's last month.
    const TrendForecast forecast = m_controller->trendModel()->forecast(1);
    const Month end = forecast.isValid() ? forecast.points.last().month : Month(2026, 10);
    QVERIFY2(labels.last().startsWith(
                 QLocale(QLocale::English).monthName(end.month(), QLocale::ShortFormat)),
             qPrintable(labels.join(u'|')));
    QVERIFY2(std::any_of(labels.begin() + 1, labels.end(),
                         [](const QString &l) { return l.endsWith(u"2026"); }),
             qPrintable(labels.join(u'|')));
}

void TestDashboardPage::usageHeaderSortsOnceEveryRowIsIn()
{
    QTableView *usage = nullptr;
    for (QTableView *view : m_page->findChildren<QTableView *>()) {
        if (view->accessibleName() == QLatin1String("Usage rows"))
            usage = view;
    }
    QVERIFY(usage);
    load(lastTwelveMonths());
    QHeaderView *header = usage->horizontalHeader();
    QVERIFY(header->sectionsClickable());
    // It names how many rows a click sorts: every row of the filters, as the server has them.
    const auto serverRows
        = rows(m_server->api().dataset().managerScope(), lastTwelveMonths()).size();
    QVERIFY(serverRows > 0);
    QCOMPARE(header->toolTip(),
             QStringLiteral("Click a column to sort all %L1 rows by it.").arg(serverRows));
    const int quantity = 3;
    QTest::mouseClick(header->viewport(), Qt::LeftButton, Qt::NoModifier,
                      QPoint(header->sectionViewportPosition(quantity) + 5, 5));
    QCOMPARE(m_controller->sortColumn(), quantity);
    QVERIFY(header->isSortIndicatorShown());
    QVERIFY(header->toolTip().contains(QStringLiteral("reverse")));
    // New filters: the header stops sorting until every new row is in.
    m_controller->setFilters(m_controller->filters());
    DashboardFilters other = m_controller->filters();
    other.eventTypes = {1};
    m_controller->setFilters(other);
    QVERIFY(!header->sectionsClickable());
    QVERIFY(header->toolTip().startsWith(QStringLiteral("Sorting waits")));
    QTRY_VERIFY_WITH_TIMEOUT(m_controller->isSettled(), 15000);
    QVERIFY(header->sectionsClickable());
}

void TestDashboardPage::tilesSayBudgetsAndCostsInWords()
{
    const Filter f = lastTwelveMonths();
    const Result<PriceList> prices = PriceList::fromJson(
        R"({"format": "neuroio-billing-prices", "version": 1, "currency": "EUR",
            "prices": [{"event_type": "api-calls", "price": "0.001"}]})");
    m_controller->setPriceList(prices.value);
    load(f);
    BudgetStatus over;
    over.budget.eventType = 1;
    over.budget.limit = 10;
    over.actual = 20;
    over.month = Month::current();
    over.state = BudgetStatus::State::Over;
    m_controller->setBudgetStatuses({over}, std::nullopt);
    const QStringList calls = child<TotalsTiles>()->shownText().value(1);
    // The cost, called an estimate, and the budget's state in words beside its icon.
    const std::optional<Money> cost = m_controller->totalsModel()->cost(1);
    QVERIFY(cost);
    QVERIFY2(calls.contains(QStringLiteral("≈ %1 · estimate from your price list")
                                .arg(CostEstimate::text(*cost, QLocale()))),
             qPrintable(calls.join(u'|')));
    QVERIFY2(calls.contains(QStringLiteral("Over budget · API calls, every space: 20 of 10 calls "
                                           "in %1")
                                .arg(Month::current().toString())),
             qPrintable(calls.join(u'|')));
    // Persons storage has no price: no cost line at all, never 0.
    const QStringList persons = child<TotalsTiles>()->shownText().value(2);
    for (const QString &line : persons)
        QVERIFY2(!line.contains(QStringLiteral("estimate")), qPrintable(line));
}

QTEST_MAIN(TestDashboardPage)
#include "tst_dashboardpage.moc"
