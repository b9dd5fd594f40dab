#include "core/export/numbertext.h"
#include "mockserver/mockhttpserver.h"
#include "ui/accounts/accountsoverviewmodel.h"
#include "ui/accounts/accountsoverviewpage.h"
#include "ui/dashboard/breakdownchart.h"
#include "ui/dashboard/dashboardpanel.h"
#include "ui/dashboard/totalstiles.h"
#include "ui/dashboard/trendcharts.h"
#include "ui/dashboard/usagetablemodel.h"
#include "ui/mainwindow.h"
#include "ui/output/chartimage.h"
#include "ui/session/connectdialog.h"
#include "ui/widgets/modelroles.h"
#include "ui/widgets/monthrangepicker.h"
#include "ui/widgets/multiselectbutton.h"
#include "ui/widgets/pagerbar.h"
#include "ui/widgets/statusbanner.h"

#include <QAbstractSpinBox>
#include <QAccessible>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLineEdit>
#include <QProgressDialog>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace neuroio;
using namespace neuroio::mock;
using namespace neuroio::ui;
using State = DashboardController::State;
using Panel = DashboardController::Panel;

namespace {

MockOptions options(int delayMs = 0)
{
    MockOptions o;
    o.lastMonth = Month(2026, 10);
    o.delayMs = delayMs;
    return o;
}

struct Filter
{
    Month from;
    Month to;
    QList<qint64> spaces;
    QList<int> types;

    bool matches(const MockRecord &r) const
    {
        return r.month >= from && r.month <= to && (spaces.isEmpty() || spaces.contains(r.spaceId))
               && (types.isEmpty() || types.contains(r.eventType));
    }
};

QList<MockRecord> rows(const MockScope &scope, const Filter &f)
{
    QList<MockRecord> out;
    for (const MockRecord &r : scope.records) {
        if (f.matches(r))
            out.append(r);
    }
    return out;
}

qint64 sum(const MockScope &scope, const Filter &f, int type)
{
    qint64 total = 0;
    for (const MockRecord &r : rows(scope, f))
        total += r.eventType == type ? r.quantity : 0;
    return total;
}

} // namespace

class TestMainWindow final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void defaultLoadMatchesServerData();
    void filtersDriveEveryPanel();
    void pagingKeepsFilters();
    void managedAccountScope();
    void emptyResultSaysSo();
    void refusedTokenShowsBanner();
    void quickChangesNeverShowStaleRows();
    void everyControlHasAnAccessibleName();
    void accountTokenHasNoManagedAccounts();
    void firstRunOffersDemoAndConnect();
    void exportUsageWritesEveryRow();
    void exportTotalsByMonth();
    void cancelledExportLeavesNoFile();
    void reportAndChartPictures();
    void accountsOverviewEqualsEachAccountsTotals();
    void accountsOverviewMarksAFailingAccount();
    void savedViewRoundTrip();
    void viewOpensAtStart();
    void signInWithPasswordAndExpiry();
    void accountPickerSearchesAndTakesAnId();
    void rememberedFiltersComeBack();
    void startViewWinsOverRememberedFilters();
    void demoNeitherRestoresNorRemembers();
    void accountAtStartLoadsAtOnceAndStaysNamed();
    void nonManagerShownAnAccountCanGoBack();
    void realSessionKeepsItsFiltersThroughADemo();

private:
    void waitSettled();
    // Filters and a page size, as a window that closed would leave them.
    static void rememberFilters(const MonthRange &range, int pageSize);
    static QByteArray rememberedFilters();
    QStringList tableColumn(int column) const;

    std::unique_ptr<MockHttpServer> m_server;
    std::unique_ptr<BillingClient> m_client;
    std::unique_ptr<MainWindow> m_window;
};

void TestMainWindow::initTestCase()
{
    // Settings and saved views go to a test folder, never the user's own; and with no D-Bus
    // the keychain is absent, so tokens stay in memory.
    QStandardPaths::setTestModeEnabled(true);
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/neuroio-test-bus");
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    m_server = std::make_unique<MockHttpServer>(options());
    QVERIFY(m_server->start().isOk());
    QSettings().remove(QStringLiteral("dashboard"));
}

void TestMainWindow::init()
{
    m_client = std::make_unique<BillingClient>();
    m_window = std::make_unique<MainWindow>(m_client.get());
    m_window->setCurrentMonth(Month(2026, 11));
    m_window->show();
    m_window->connectTo(m_server->url(), m_server->options().managerToken, QStringLiteral("test"));
    waitSettled();
}

void TestMainWindow::cleanup()
{
    m_window.reset();
    m_client.reset();
    QSettings().remove(QStringLiteral("dashboard")); // each test starts from the defaults
}

void TestMainWindow::rememberFilters(const MonthRange &range, int pageSize)
{
    SavedView last;
    last.name = QStringLiteral("last");
    last.preset = MonthRange::Preset::Custom;
    last.fixedRange = range;
    last.eventTypes = {2};
    QSettings settings;
    settings.setValue(QStringLiteral("dashboard/lastFilters"),
                      QJsonDocument(last.toJson()).toJson(QJsonDocument::Compact));
    settings.setValue(QStringLiteral("dashboard/pageSize"), pageSize);
}

QByteArray TestMainWindow::rememberedFilters()
{
    return QSettings().value(QStringLiteral("dashboard/lastFilters")).toByteArray();
}

void TestMainWindow::waitSettled()
{
    QTRY_VERIFY_WITH_TIMEOUT(m_window->controller()->isSettled(), 15000);
}

QStringList TestMainWindow::tableColumn(int column) const
{
    QStringList values;
    const QAbstractItemModel *model = m_window->usageTable()->model();
    for (int row = 0; row < model->rowCount(); ++row)
        values.append(model->index(row, column).data().toString());
    return values;
}

void TestMainWindow::defaultLoadMatchesServerData()
{
    const MockScope &scope = m_server->api().dataset().managerScope();
    const Filter f{Month(2025, 11), Month(2026, 10), {}, {}};
    QCOMPARE(m_window->rangePicker()->range(), MonthRange(f.from, f.to));

    // Totals: one tile per event type, each the server's own total.
    const QMap<int, QString> tiles = m_window->totalsTiles()->shownNumbers();
    QCOMPARE(tiles.size(), 4);
    for (int type = 1; type <= 4; ++type)
        QCOMPARE(tiles.value(type), localeNumber(double(sum(scope, f, type))));

    // The table: the first page of the server's rows.
    const QList<MockRecord> expected = rows(scope, f);
    QCOMPARE(m_window->controller()->totalRows(), qint64(expected.size()));
    QCOMPARE(m_window->usageTable()->model()->rowCount(), DashboardController::kDefaultPageSize);
    const QStringList quantities = tableColumn(UsageTableModel::QuantityColumn);
    for (int i = 0; i < quantities.size(); ++i)
        QCOMPARE(quantities[i], localeNumber(double(expected[i].quantity)));
    QCOMPARE(tableColumn(UsageTableModel::SpaceColumn).first(),
             m_server->api().dataset().spaceName(expected.first().spaceId));

    // The trend: every month's sum, computed here from the server's data.
    for (int type = 1; type <= 4; ++type) {
        QList<double> monthly;
        for (Month m = f.from; m <= f.to; m = m.addMonths(1)) {
            const Filter month{m, m, {}, {type}};
            monthly.append(double(sum(scope, month, type)));
        }
        QCOMPARE(m_window->trendCharts()->plottedValues(type), monthly);
    }
    QCOMPARE(m_window->trendCharts()->chartViews().size(), 4);

    // By space, API calls: every space's share of the range's calls.
    QCOMPARE(m_window->breakdownChart()->plottedNames().size(), scope.spaces.size());
    const double calls = double(sum(scope, f, 1));
    const QString top = m_window->breakdownChart()->plottedNames().first();
    const auto space = std::find_if(scope.spaces.cbegin(), scope.spaces.cend(),
                                    [&](const Space &s) { return s.name == top; });
    QVERIFY(space != scope.spaces.cend());
    const double share
        = double(sum(scope, Filter{f.from, f.to, {space->id}, {1}}, 1)) * 100 / calls;
    QCOMPARE(m_window->breakdownChart()->plottedPercents().first(), std::round(share * 10) / 10);
    for (const Space &s : scope.spaces) {
        QVERIFY(double(sum(scope, Filter{f.from, f.to, {s.id}, {1}}, 1)) * 100 / calls
                <= share + 1e-9);
    }

    // The scope selector lists the managed accounts.
    QTRY_COMPARE(m_window->scopeBox()->count(), 4);
    QVERIFY(m_window->scopeBox()->itemText(1).contains(QStringLiteral("Northwind Logistics")));
}

void TestMainWindow::filtersDriveEveryPanel()
{
    const MockScope &scope = m_server->api().dataset().managerScope();
    const Filter f{
        Month(2026, 1), Month(2026, 6), {scope.spaces[0].id, scope.spaces[3].id}, {1, 4}};
    m_window->rangePicker()->setRange(MonthRange(f.from, f.to));
    waitSettled();
    QCOMPARE(m_window->rangePicker()->preset(), MonthRange::Preset::Custom);
    QTRY_COMPARE(m_window->spacesButton()->model()->rowCount(), 6);
    m_window->spacesButton()->setSelectedIds(f.spaces);
    waitSettled();
    m_window->eventTypesButton()->setSelectedIds({1, 4});
    waitSettled();
    QCOMPARE(m_window->spacesButton()->text(), QStringLiteral("2 of 6 spaces"));
    QCOMPARE(m_window->eventTypesButton()->text(), QStringLiteral("2 of 4 event types"));

    const QList<MockRecord> expected = rows(scope, f);
    QCOMPARE(expected.size(), 6 * 2 * 2);
    QCOMPARE(m_window->controller()->totalRows(), qint64(expected.size()));
    QStringList expectedTypes;
    for (const MockRecord &r : expected.mid(0, 24))
        expectedTypes.append(r.eventType == 1 ? QStringLiteral("API calls")
                                              : QStringLiteral("Source licenses"));
    QCOMPARE(tableColumn(UsageTableModel::EventTypeColumn), expectedTypes);

    const QMap<int, QString> tiles = m_window->totalsTiles()->shownNumbers();
    QCOMPARE(tiles.keys(), (QList<int>{1, 4}));
    QCOMPARE(tiles.value(1), localeNumber(double(sum(scope, f, 1))));
    QCOMPARE(tiles.value(4), localeNumber(double(sum(scope, f, 4))));
    QCOMPARE(m_window->trendCharts()->chartViews().size(), 2);
    QCOMPARE(m_window->breakdownChart()->plottedNames().size(), 2);

    // Licences are a level: their breakdown is June's, not a sum over six months.
    const int licences = m_window->breakdownTypeBox()->findData(4);
    QVERIFY(licences >= 0);
    m_window->breakdownTypeBox()->setCurrentIndex(licences);
    emit m_window->breakdownTypeBox()->activated(licences);
    const qint64 june0 = sum(scope, Filter{Month(2026, 6), Month(2026, 6), {f.spaces[0]}, {4}}, 4);
    const qint64 june3 = sum(scope, Filter{Month(2026, 6), Month(2026, 6), {f.spaces[1]}, {4}}, 4);
    const double bigger = std::max(june0, june3) * 100.0 / double(june0 + june3);
    QCOMPARE(m_window->breakdownChart()->plottedPercents().first(), std::round(bigger * 10) / 10);
}

void TestMainWindow::pagingKeepsFilters()
{
    const MockScope &scope = m_server->api().dataset().managerScope();
    m_window->eventTypesButton()->setSelectedIds({2});
    waitSettled();
    m_window->controller()->setPageSize(20);
    waitSettled();
    const QList<MockRecord> expected
        = rows(scope, Filter{Month(2025, 11), Month(2026, 10), {}, {2}});
    QCOMPARE(m_window->controller()->pageCount(), int((expected.size() + 19) / 20));

    QTest::keyClick(m_window.get(), Qt::Key_PageDown, Qt::ControlModifier);
    waitSettled();
    QCOMPARE(m_window->controller()->pageIndex(), 1);
    QCOMPARE(tableColumn(UsageTableModel::QuantityColumn).first(),
             localeNumber(double(expected[20].quantity)));
    QVERIFY(!tableColumn(UsageTableModel::EventTypeColumn).contains(QStringLiteral("API calls")));

    m_window->controller()->setPageIndex(m_window->controller()->pageCount() - 1);
    waitSettled();
    QCOMPARE(tableColumn(UsageTableModel::QuantityColumn).last(),
             localeNumber(double(expected.last().quantity)));
    QTest::keyClick(m_window.get(), Qt::Key_PageUp, Qt::ControlModifier);
    waitSettled();
    QCOMPARE(m_window->controller()->pageIndex(), m_window->controller()->pageCount() - 2);
}

void TestMainWindow::managedAccountScope()
{
    QTRY_COMPARE(m_window->scopeBox()->count(), 4);
    const MockScope *account = m_server->api().dataset().managedScopes().at(1);
    const int index = m_window->scopeBox()->findData(account->accountId);
    QVERIFY(index > 0);
    m_window->scopeBox()->setCurrentIndex(index);
    emit m_window->scopeBox()->activated(index);
    waitSettled();

    const Filter f{Month(2025, 11), Month(2026, 10), {}, {}};
    const QMap<int, QString> tiles = m_window->totalsTiles()->shownNumbers();
    for (int type = 1; type <= 4; ++type)
        QCOMPARE(tiles.value(type), localeNumber(double(sum(*account, f, type))));
    QCOMPARE(m_window->controller()->totalRows(), qint64(rows(*account, f).size()));
    // The space filter is filled from the account's usage: no space list exists for it.
    QTRY_COMPARE(m_window->spacesButton()->model()->rowCount(), int(account->spaces.size()));
    for (const QString &name : tableColumn(UsageTableModel::SpaceColumn)) {
        QVERIFY(std::any_of(account->spaces.cbegin(), account->spaces.cend(),
                            [&](const Space &s) { return s.name == name; }));
    }
    // A space filter within the account.
    m_window->spacesButton()->setSelectedIds({account->spaces[2].id});
    waitSettled();
    const Filter one{f.from, f.to, {account->spaces[2].id}, {}};
    QCOMPARE(m_window->totalsTiles()->shownNumbers().value(1),
             localeNumber(double(sum(*account, one, 1))));
}

void TestMainWindow::emptyResultSaysSo()
{
    m_window->rangePicker()->setPreset(MonthRange::Preset::ThisMonth); // no data yet in 2026-11
    waitSettled();
    QCOMPARE(m_window->controller()->state(Panel::Table), State::Empty);
    QCOMPARE(m_window->panel(Panel::Table)->messageText(),
             QStringLiteral("No usage for these filters."));
    QCOMPARE(m_window->panel(Panel::Charts)->messageText(),
             QStringLiteral("No usage for these filters."));
}

void TestMainWindow::refusedTokenShowsBanner()
{
    m_window->connectTo(m_server->url(), QStringLiteral("expired-token"), QStringLiteral("test"));
    waitSettled();
    QVERIFY(m_window->banner()->isVisible());
    QVERIFY(m_window->banner()->isTokenProblem());
    QVERIFY2(m_window->banner()->text().contains(QStringLiteral("token was refused")),
             qPrintable(m_window->banner()->text()));
    QVERIFY(m_window->banner()->text().contains(QStringLiteral("Invalid token.")));
    QCOMPARE(m_window->controller()->state(Panel::Totals), State::Failed);
    QCOMPARE(m_window->usageTable()->model()->rowCount(), 0);

    m_window->connectTo(m_server->url(), m_server->options().managerToken, QStringLiteral("test"));
    waitSettled();
    QVERIFY(!m_window->banner()->isVisible());
}

void TestMainWindow::quickChangesNeverShowStaleRows()
{
    MockHttpServer slow(options(40));
    QVERIFY(slow.start().isOk());
    m_window->connectTo(slow.url(), slow.options().managerToken, QStringLiteral("slow"));
    waitSettled();

    QList<QSet<QString>> shown;
    connect(m_window->usageTable()->model(), &QAbstractItemModel::modelReset, this, [&] {
        const QStringList types = tableColumn(UsageTableModel::EventTypeColumn);
        if (!types.isEmpty())
            shown.append(QSet<QString>(types.cbegin(), types.cend()));
    });
    m_window->eventTypesButton()->setSelectedIds({1});
    QTest::qWait(10);
    m_window->eventTypesButton()->setSelectedIds({2});
    QTest::qWait(10);
    m_window->eventTypesButton()->setSelectedIds({3});
    waitSettled();
    QCOMPARE(shown.size(), 1);
    QCOMPARE(shown.first(), QSet<QString>{QStringLiteral("Entry storage")});
    QCOMPARE(m_window->totalsTiles()->shownNumbers().keys(), QList<int>{3});
    QCOMPARE(m_window->trendCharts()->chartViews().size(), 1);
}

void TestMainWindow::everyControlHasAnAccessibleName()
{
    QStringList unnamed;
    for (QWidget *w : m_window->findChildren<QWidget *>()) {
        if (!w->isVisibleTo(m_window.get()) || w->focusPolicy() == Qt::NoFocus)
            continue;
        // A spin box's line edit is part of the spin box, which carries the name.
        if (qobject_cast<QAbstractSpinBox *>(w->parentWidget()))
            continue;
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(w);
        if (!iface || iface->text(QAccessible::Name).trimmed().isEmpty())
            unnamed.append(QString::fromLatin1(w->metaObject()->className()) + QLatin1Char(' ')
                           + w->objectName() + QStringLiteral(" in ")
                           + QString::fromLatin1(w->parentWidget()->metaObject()->className()));
    }
    QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral(", "))));
}

void TestMainWindow::accountTokenHasNoManagedAccounts()
{
    m_window->connectTo(m_server->url(), m_server->options().token, QStringLiteral("account"));
    waitSettled();
    QTRY_VERIFY(!m_window->scopeBox()->isEnabled());
    QCOMPARE(m_window->scopeBox()->count(), 1);
    QCOMPARE(m_window->scopeBox()->toolTip(),
             QStringLiteral("This token cannot read managed accounts."));
    QVERIFY(!m_window->banner()->isVisible()); // not a failure of what the user asked for
    // Its own usage is the first managed account's.
    const MockScope *own = m_server->api().dataset().managedScopes().first();
    QCOMPARE(m_window->totalsTiles()->shownNumbers().value(1),
             localeNumber(double(sum(*own, Filter{Month(2025, 11), Month(2026, 10), {}, {}}, 1))));
}

void TestMainWindow::firstRunOffersDemoAndConnect()
{
    BillingClient client;
    MainWindow window(&client);
    window.showWelcome();
    window.show();
    QVERIFY(!window.isShowingDashboard());
    QSignalSpy demo(&window, &MainWindow::demoRequested);
    QPushButton *explore = nullptr;
    for (QPushButton *b : window.findChildren<QPushButton *>()) {
        if (b->text() == QLatin1String("Explore demo data") && b->isVisible())
            explore = b;
    }
    QVERIFY(explore);
    QTest::mouseClick(explore, Qt::LeftButton);
    QCOMPARE(demo.size(), 1);
}

void TestMainWindow::exportUsageWritesEveryRow()
{
    QTemporaryDir dir;
    m_window->eventTypesButton()->setSelectedIds({1, 3});
    waitSettled();
    const QString path = dir.filePath(QStringLiteral("usage.csv"));
    QSignalSpy finished(m_window.get(), &MainWindow::exportFinished);
    ExportOptions options;
    options.byteOrderMark = true;
    QVERIFY(m_window->exportUsage(path, options));
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 15000);
    const auto outcome = finished.first().first().value<ExportOutcome>();
    QVERIFY2(outcome.isDone(), qPrintable(outcome.message()));
    // Every row of the filters, all pages, not only the visible page.
    const MockScope &scope = m_server->api().dataset().managerScope();
    const QList<MockRecord> expected
        = rows(scope, Filter{Month(2025, 11), Month(2026, 10), {}, {1, 3}});
    QCOMPARE(outcome.rows, qint64(expected.size()));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray csv = file.readAll();
    QVERIFY(csv.startsWith("\xEF\xBB\xBFid,month,space_id,space_name,event_type,event_type_name,"
                           "quantity\r\n"));
    QCOMPARE(csv.count("\r\n"), expected.size() + 1);
    QVERIFY(csv.contains(",\"Warehouse 7, Rotterdam\","));
    QCOMPARE(m_window->defaultFileStem(QStringLiteral("usage")),
             QStringLiteral("neuroio-usage_my-usage_2025-11_2026-10"));
}

void TestMainWindow::exportTotalsByMonth()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("totals.json"));
    QSignalSpy finished(m_window.get(), &MainWindow::exportFinished);
    ExportOptions options;
    options.format = ExportOptions::Format::Json;
    QVERIFY(m_window->exportTotals(path, options, true));
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 15000);
    QVERIFY(finished.first().first().value<ExportOutcome>().isDone());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonArray rowsWritten = QJsonDocument::fromJson(file.readAll()).array();
    QCOMPARE(rowsWritten.size(), 12 * 4);
    const MockScope &scope = m_server->api().dataset().managerScope();
    for (const QJsonValue &row : rowsWritten) {
        const Month month = Month::fromString(row[QStringLiteral("month")].toString()).value;
        const int type = row[QStringLiteral("event_type")].toInt();
        QCOMPARE(row[QStringLiteral("quantity")].toInteger(),
                 sum(scope, Filter{month, month, {}, {type}}, type));
    }
}

void TestMainWindow::cancelledExportLeavesNoFile()
{
    MockOptions slowOptions = options(100);
    slowOptions.maxLimit = 10;
    MockHttpServer slow(slowOptions);
    QVERIFY(slow.start().isOk());
    m_window->connectTo(slow.url(), slow.options().managerToken, QStringLiteral("slow"));
    waitSettled();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("usage.csv"));
    QSignalSpy finished(m_window.get(), &MainWindow::exportFinished);
    QVERIFY(m_window->exportUsage(path, ExportOptions{}));
    auto *progress = m_window->findChild<QProgressDialog *>();
    QVERIFY(progress);
    QTRY_VERIFY(progress->labelText().contains(QStringLiteral(" of ")));
    auto *cancel = progress->findChild<QPushButton *>();
    QVERIFY(cancel);
    cancel->click(); // the dialog's Cancel button
    QTRY_COMPARE(finished.size(), 1);
    QVERIFY(finished.first().first().value<ExportOutcome>().error.isCancelled());
    QVERIFY(!QFile::exists(path));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList());
}

void TestMainWindow::reportAndChartPictures()
{
    QTemporaryDir dir;
    int pages = 0;
    const QString pdf = dir.filePath(QStringLiteral("report.pdf"));
    QVERIFY(m_window->exportReport(pdf, &pages).isOk());
    QCOMPARE(pages, 2);
    QFile report(pdf);
    QVERIFY(report.open(QIODevice::ReadOnly));
    QVERIFY(report.read(5) == "%PDF-");

    const QString svg = dir.filePath(QStringLiteral("trend.svg"));
    QVERIFY(saveWidgetAsSvg(m_window->trendCharts(), svg, QStringLiteral("Monthly trend")).isOk());
    QFile svgFile(svg);
    QVERIFY(svgFile.open(QIODevice::ReadOnly));
    const QByteArray svgText = svgFile.readAll();
    QVERIFY(svgText.contains("<svg"));
    QVERIFY(svgText.contains("Monthly trend"));
    const QString png = dir.filePath(QStringLiteral("by-space.png"));
    QVERIFY(saveWidgetAsPng(m_window->breakdownChart(), png).isOk());
    QVERIFY(QImage(png).width() >= 2 * m_window->breakdownChart()->width());
    QCOMPARE(
        saveWidgetAsPng(m_window->breakdownChart(), dir.filePath(QStringLiteral("no/x.png"))).kind,
        ApiError::Kind::WriteFailed);
}

void TestMainWindow::accountsOverviewEqualsEachAccountsTotals()
{
    QTRY_COMPARE(m_window->scopeBox()->count(), 4);
    QSignalSpy loaded(m_window->accountsOverview(), &AccountsOverviewPage::loaded);
    int accountListings = 0;
    const auto counter = connect(
        m_server.get(), &MockHttpServer::requestReceived, this, [&](const MockRequest &r) {
            accountListings += r.url.path() == QLatin1String("/v1/accounts/");
        });
    m_window->showAccountsOverview();
    QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 1, 15000);
    disconnect(counter);
    QCOMPARE(accountListings, 0); // the window already had the list
    const AccountsOverview &o = m_window->accountsOverview()->model()->overview();
    const auto managed = m_server->api().dataset().managedScopes();
    QCOMPARE(o.rows().size(), managed.size());
    const Filter f{Month(2025, 11), Month(2026, 10), {}, {}};
    for (int type = 1; type <= 4; ++type) {
        double column = 0;
        for (qsizetype i = 0; i < managed.size(); ++i) {
            QCOMPARE(o.rows()[i].account.id, managed[i]->accountId);
            QCOMPARE(*o.rows()[i].quantity(type), double(sum(*managed[i], f, type)));
            column += double(sum(*managed[i], f, type));
        }
        QCOMPARE(o.columnTotal(type), column);
    }
    QVERIFY(!o.isIncomplete());

    // Double-click opens that account's dashboard.
    QTableView *view = m_window->accountsOverview()->view();
    const QModelIndex second = view->model()->index(1, 0);
    const qint64 id = second.data(AccountIdRole).toLongLong();
    emit view->doubleClicked(second);
    QVERIFY(m_window->isShowingDashboard());
    waitSettled();
    QCOMPARE(m_window->controller()->filters().accountId, std::optional<qint64>(id));
}

void TestMainWindow::accountsOverviewMarksAFailingAccount()
{
    MockOptions o = options();
    o.failingAccounts = {12};
    MockHttpServer flaky(o);
    QVERIFY(flaky.start().isOk());
    m_window->connectTo(flaky.url(), flaky.options().managerToken, QStringLiteral("flaky"));
    waitSettled();
    QTRY_COMPARE(m_window->scopeBox()->count(), 4);
    QSignalSpy loaded(m_window->accountsOverview(), &AccountsOverviewPage::loaded);
    m_window->showAccountsOverview();
    QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 1, 15000);
    const AccountsOverviewModel *model = m_window->accountsOverview()->model();
    QCOMPARE(model->overview().unavailableCount(), 1);
    QCOMPARE(model->index(1, 1).data().toString(), QStringLiteral("unavailable"));
    QVERIFY(model->index(1, 1).data(Qt::ToolTipRole).toString().contains(QStringLiteral("500")));
    QVERIFY(model->index(3, 0).data().toString().contains(QStringLiteral("incomplete")));
    QVERIFY(m_window->accountsOverview()->statusText().startsWith(QStringLiteral("Incomplete")));
}

void TestMainWindow::savedViewRoundTrip()
{
    QTemporaryDir dir;
    SavedViewStore store(dir.path());
    m_window->setViewStore(store);
    m_window->rangePicker()->setPreset(MonthRange::Preset::Last3Months);
    m_window->eventTypesButton()->setSelectedIds({4});
    waitSettled();
    const SavedView saved = m_window->currentView(QStringLiteral("Licences"), false);
    QVERIFY(saved.isRelative());
    QVERIFY(store.save(saved).isOk());

    m_window->rangePicker()->setRange(MonthRange(Month(2025, 1), Month(2025, 2)));
    m_window->eventTypesButton()->setSelectedIds({});
    waitSettled();
    m_window->applyView(*m_window->viewStore().find(QStringLiteral("Licences")));
    waitSettled();
    const DashboardFilters &f = m_window->controller()->filters();
    QCOMPARE(f.range, MonthRange(Month(2026, 8), Month(2026, 10)));
    QCOMPARE(f.eventTypes, QList<int>{4});
    QCOMPARE(m_window->totalsTiles()->shownNumbers().keys(), QList<int>{4});
}

void TestMainWindow::viewOpensAtStart()
{
    QTemporaryDir dir;
    SavedViewStore store(dir.path());
    SavedView view;
    view.name = QStringLiteral("Account 12, Q1");
    view.accountId = 12;
    view.preset = MonthRange::Preset::Custom;
    view.fixedRange = MonthRange(Month(2026, 1), Month(2026, 3));
    view.eventTypes = {1};
    view.openAtStart = true;
    QVERIFY(store.save(view).isOk());

    BillingClient client;
    MainWindow window(&client);
    window.setCurrentMonth(Month(2026, 11));
    window.setViewStore(store);
    window.connectTo(m_server->url(), m_server->options().managerToken, QStringLiteral("test"));
    QTRY_COMPARE_WITH_TIMEOUT(window.controller()->filters().accountId, std::optional<qint64>(12),
                              15000);
    QTRY_VERIFY_WITH_TIMEOUT(window.controller()->isSettled(), 15000);
    const DashboardFilters &f = window.controller()->filters();
    QCOMPARE(f.range, view.fixedRange);
    QCOMPARE(f.eventTypes, QList<int>{1});
    const MockScope *account = m_server->api().dataset().scope(12);
    QCOMPARE(
        window.totalsTiles()->shownNumbers().value(1),
        localeNumber(double(sum(*account, Filter{Month(2026, 1), Month(2026, 3), {}, {1}}, 1))));
}

void TestMainWindow::signInWithPasswordAndExpiry()
{
    MockHttpServer server(options());
    QVERIFY(server.start().isOk());
    BillingClient client;
    MainWindow window(&client);
    window.setCurrentMonth(Month(2026, 11));
    window.show();
    window.showWelcome();
    window.askForConnection();
    auto *dialog = window.findChild<ConnectDialog *>();
    QVERIFY(dialog);
    dialog->setServer(server.url());
    dialog->usePassword(true);
    QLineEdit *user = nullptr;
    QLineEdit *password = nullptr;
    for (QLineEdit *edit : dialog->findChildren<QLineEdit *>()) {
        if (edit->accessibleName() == QLatin1String("Username"))
            user = edit;
        if (edit->accessibleName() == QLatin1String("Password"))
            password = edit;
    }
    QVERIFY(user && password);
    user->setText(MockApi::managerUsername());
    password->setText(QStringLiteral("not the password"));
    QMetaObject::invokeMethod(dialog->findChild<QDialogButtonBox *>(), "accepted");
    QTRY_COMPARE(dialog->problemText(), QStringLiteral("Username and password do not match."));
    QVERIFY(dialog->isVisible()); // still open, to try again

    password->setText(server.options().password);
    QMetaObject::invokeMethod(dialog->findChild<QDialogButtonBox *>(), "accepted");
    QTRY_VERIFY(window.isShowingDashboard());
    QTRY_VERIFY_WITH_TIMEOUT(window.controller()->isSettled(), 15000);
    QTRY_COMPARE(window.signedInText(), QStringLiteral("Signed in as demo-manager (manager)"));
    QCOMPARE(window.controller()->state(Panel::Totals), State::Ready);
    // No keychain here: the token stays in memory, and the window says so once.
    QTRY_COMPARE(window.sessionOnlyNotice(), QStringLiteral("Token kept for this session only"));
    // Remembered for signing in again: the server and the username, never the token.
    QSettings settings;
    QCOMPARE(settings.value(QStringLiteral("connection/server")).toString(),
             server.url().toString());
    QCOMPARE(settings.value(QStringLiteral("connection/username")).toString(),
             MockApi::managerUsername());

    // The temporary token expires: the next request gets 401 and the dialog comes back,
    // with the username filled in.
    server.api().expireIssuedTokens();
    window.controller()->refresh();
    QTRY_VERIFY_WITH_TIMEOUT(window.findChild<ConnectDialog *>(), 10000);
    auto *again = window.findChild<ConnectDialog *>();
    QTRY_VERIFY(again->isVisible());
    QCOMPARE(again->username(), MockApi::managerUsername());

    again->reject();
    window.disconnectFromServer();
    QVERIFY(!window.isShowingDashboard());
}

void TestMainWindow::accountPickerSearchesAndTakesAnId()
{
    QTRY_COMPARE(m_window->scopeBox()->count(), 4);
    QLineEdit *search = m_window->scopeBox()->lineEdit();
    search->setText(QStringLiteral("baker"));
    QTest::keyClick(search, Qt::Key_Return);
    waitSettled();
    QCOMPARE(m_window->controller()->filters().accountId, std::optional<qint64>(13));
    search->setText(QStringLiteral("12"));
    QTest::keyClick(search, Qt::Key_Return);
    waitSettled();
    QCOMPARE(m_window->controller()->filters().accountId, std::optional<qint64>(12));
    search->setText(QStringLiteral("no such account"));
    QTest::keyClick(search, Qt::Key_Return);
    QCOMPARE(m_window->controller()->filters().accountId, std::optional<qint64>(12));
}

void TestMainWindow::rememberedFiltersComeBack()
{
    const MonthRange fifty(Month(2022, 9), Month(2026, 10));
    rememberFilters(fifty, 100);
    BillingClient client;
    MainWindow window(&client);
    window.setCurrentMonth(Month(2026, 11));
    window.connectTo(m_server->url(), m_server->options().managerToken, QStringLiteral("test"));
    QCOMPARE(window.controller()->filters().range, fifty);
    QCOMPARE(window.controller()->filters().eventTypes, QList<int>{2});
    QCOMPARE(window.controller()->pageSize(), 100);
    QTRY_VERIFY_WITH_TIMEOUT(window.controller()->isSettled(), 15000);
}

void TestMainWindow::startViewWinsOverRememberedFilters()
{
    rememberFilters(MonthRange(Month(2022, 9), Month(2026, 10)), 100);
    BillingClient client;
    MainWindow window(&client);
    window.setCurrentMonth(Month(2026, 11));
    SavedView start; // as FilterArguments makes it from --from 2025-01 --to 2025-06
    start.preset = MonthRange::Preset::Custom;
    start.fixedRange = MonthRange(Month(2025, 1), Month(2025, 6));
    window.setStartView(start);
    window.connectTo(m_server->url(), m_server->options().managerToken, QStringLiteral("test"));
    QCOMPARE(window.controller()->filters().range, start.fixedRange);
    QCOMPARE(window.controller()->filters().eventTypes, QList<int>{}); // not the remembered {2}
    QCOMPARE(window.rangePicker()->range(), start.fixedRange);
    QTRY_VERIFY_WITH_TIMEOUT(window.controller()->isSettled(), 15000);

    // Connecting again (another token, say) keeps what is on screen.
    window.connectTo(m_server->url(), m_server->options().managerToken, QStringLiteral("again"));
    QCOMPARE(window.controller()->filters().range, start.fixedRange);
    QTRY_VERIFY_WITH_TIMEOUT(window.controller()->isSettled(), 15000);
}

void TestMainWindow::demoNeitherRestoresNorRemembers()
{
    rememberFilters(MonthRange(Month(2022, 9), Month(2026, 10)), 100);
    const QByteArray before = rememberedFilters();
    {
        BillingClient client;
        MainWindow window(&client);
        window.setCurrentMonth(Month(2026, 11));
        window.show();
        window.connectTo(m_server->url(), m_server->options().managerToken, QStringLiteral("demo"),
                         MainWindow::Remember::Nothing);
        // The defaults: the last 12 full months, every type, the first page size.
        QCOMPARE(window.controller()->filters().range,
                 MonthRange(Month(2025, 11), Month(2026, 10)));
        QCOMPARE(window.controller()->filters().eventTypes, QList<int>{});
        QCOMPARE(window.controller()->pageSize(), DashboardController::kDefaultPageSize);
        QTRY_VERIFY_WITH_TIMEOUT(window.controller()->isSettled(), 15000);
        window.rangePicker()->setRange(MonthRange(Month(2026, 1), Month(2026, 2)));
        QTRY_VERIFY_WITH_TIMEOUT(window.controller()->isSettled(), 15000);
        window.close();
    }
    QCOMPARE(rememberedFilters(), before);
    QCOMPARE(QSettings().value(QStringLiteral("dashboard/pageSize")).toInt(), 100);

    // A window that remembers does write what it showed, so the check above could fail.
    {
        BillingClient client;
        MainWindow window(&client);
        window.setCurrentMonth(Month(2026, 11));
        window.show();
        window.connectTo(m_server->url(), m_server->options().managerToken, QStringLiteral("test"));
        QTRY_VERIFY_WITH_TIMEOUT(window.controller()->isSettled(), 15000);
        window.rangePicker()->setRange(MonthRange(Month(2026, 1), Month(2026, 2)));
        QTRY_VERIFY_WITH_TIMEOUT(window.controller()->isSettled(), 15000);
        window.close();
    }
    QVERIFY(rememberedFilters() != before);
}

void TestMainWindow::accountAtStartLoadsAtOnceAndStaysNamed()
{
    for (const qint64 account : {qint64(12), qint64(99)}) {
        BillingClient client;
        MainWindow window(&client);
        window.setCurrentMonth(Month(2026, 11));
        SavedView start;
        start.accountId = account;
        window.setStartView(start);
        window.connectTo(m_server->url(), m_server->options().managerToken, QStringLiteral("test"));
        // Loaded at once, not after the accounts list, and named by its id meanwhile.
        QCOMPARE(window.controller()->filters().accountId, std::optional<qint64>(account));
        QCOMPARE(window.scopeBox()->currentText(), QStringLiteral("Account %1").arg(account));
        QTRY_VERIFY_WITH_TIMEOUT(window.controller()->isSettled(), 15000);
        QTRY_COMPARE(window.scopeBox()->count(), account == 99 ? 5 : 4);
        QCOMPARE(window.controller()->filters().accountId, std::optional<qint64>(account));
        if (account == 12) {
            QVERIFY2(window.scopeBox()->currentText().endsWith(QStringLiteral("(account 12)")),
                     qPrintable(window.scopeBox()->currentText()));
            QCOMPARE(window.controller()->state(Panel::Totals), State::Ready);
        } else {
            // Not an account this token manages: the box still says which, the panels why.
            QCOMPARE(window.scopeBox()->currentText(), QStringLiteral("Account 99"));
            QCOMPARE(window.controller()->state(Panel::Totals), State::Failed);
            QCOMPARE(window.controller()->error(Panel::Totals).httpStatus, 404);
        }
    }
}

void TestMainWindow::nonManagerShownAnAccountCanGoBack()
{
    BillingClient client;
    MainWindow window(&client);
    window.setCurrentMonth(Month(2026, 11));
    SavedView start;
    start.accountId = 12;
    window.setStartView(start);
    window.connectTo(m_server->url(), m_server->options().token, QStringLiteral("account"));
    QTRY_VERIFY_WITH_TIMEOUT(window.controller()->isSettled(), 15000);
    QTRY_COMPARE(window.scopeBox()->toolTip(),
                 QStringLiteral("This token cannot read managed accounts."));
    QCOMPARE(window.controller()->state(Panel::Totals), State::Failed); // 403: not a manager
    // The box names the account and stays usable: the way back to one's own usage.
    QCOMPARE(window.scopeBox()->currentText(), QStringLiteral("Account 12"));
    QVERIFY(window.scopeBox()->isEnabled());
    window.scopeBox()->setCurrentIndex(0);
    emit window.scopeBox()->activated(0);
    QTRY_VERIFY_WITH_TIMEOUT(window.controller()->isSettled(), 15000);
    QCOMPARE(window.controller()->state(Panel::Totals), State::Ready);
    QVERIFY(!window.scopeBox()->isEnabled());
}

void TestMainWindow::realSessionKeepsItsFiltersThroughADemo()
{
    BillingClient client;
    MainWindow window(&client);
    window.setCurrentMonth(Month(2026, 11));
    window.show();
    window.connectTo(m_server->url(), m_server->options().managerToken, QStringLiteral("test"));
    QTRY_VERIFY_WITH_TIMEOUT(window.controller()->isSettled(), 15000);
    const MonthRange chosen(Month(2026, 2), Month(2026, 4));
    window.rangePicker()->setRange(chosen);
    QTRY_VERIFY_WITH_TIMEOUT(window.controller()->isSettled(), 15000);

    // File > Disconnect, then "Explore demo data", then closing the window.
    window.disconnectFromServer();
    window.connectTo(m_server->url(), m_server->options().managerToken, QStringLiteral("demo"),
                     MainWindow::Remember::Nothing);
    QTRY_VERIFY_WITH_TIMEOUT(window.controller()->isSettled(), 15000);
    window.rangePicker()->setRange(MonthRange(Month(2025, 1), Month(2025, 1)));
    QTRY_VERIFY_WITH_TIMEOUT(window.controller()->isSettled(), 15000);
    window.close();

    const auto kept = SavedView::fromJson(QJsonDocument::fromJson(rememberedFilters()).object());
    QVERIFY(kept.isOk());
    QCOMPARE(kept.value.fixedRange, chosen);
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
