#include "core/api/eventtype.h"
#include "core/api/numbertext.h"
#include "core/usage/usagecache.h"
#include "tests/mockdata.h"
#include "tests/testhttpserver.h"
#include "ui/dashboard/dashboardcontroller.h"
#include "ui/dashboard/monthlytrendmodel.h"
#include "ui/dashboard/spacebreakdownmodel.h"
#include "ui/dashboard/totalsmodel.h"
#include "ui/dashboard/usagetablemodel.h"
#include "ui/widgets/modelroles.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

#include <cmath>

using namespace neuroio;
using namespace neuroio::mock;
using namespace neuroio::testing;
using namespace neuroio::ui;
using State = DashboardController::State;
using Panel = DashboardController::Panel;

class TestDashboardController final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void defaultLoadMatchesServerData();
    void filtersDriveEveryModel();
    void levelsBreakDownByTheirLastMonth();
    void pagingKeepsFilters();
    void serverCapOnPageSizeIsFollowed();
    void managedAccountSpacesComeFromItsUsage();
    void emptyResultIsAState();
    void refusedTokenFailsEveryPanel();
    void quickChangesNeverShowStaleRows();
    void accountTokenListsNoAccounts();
    void reportContentNamesWhatIsShown();
    void sortingCoversEveryRowOnceAllAreIn();
    void sortingNeverShowsStaleRows();
    void trendComesFromMonthTotalsBeforeTheRows();
    void trendWaitsForTheRowsWhenTotalsFail();
    void cachedAndUncachedAgreeOverAMonthBoundary();
    void totalsAreComparedWithTheServersEarlierTotals();
    void theTrendsForecastIsTheServersClosedMonthsCarriedOn();
    void aRangeWithTheOpenMonthIsNotCompared();
    void budgetsShowOnlyWhereTheyApply();
    void costsAreTheServersMonthsAtYourPrices();
    void theTrendsComparisonIsTheServersEarlierMonths();
    void theReportSaysWhatTheDashboardShows();

private:
    void start(const DashboardFilters &filters);
    void waitSettled();
    QStringList tableColumn(int column) const;
    static DashboardFilters filtersFor(const Filter &f, std::optional<qint64> account = {});

    std::unique_ptr<MockHttpServer> m_server;
    std::unique_ptr<BillingClient> m_client;
    std::unique_ptr<DashboardController> m_controller;
};

void TestDashboardController::initTestCase()
{
    m_server = std::make_unique<MockHttpServer>(mockOptions());
    QVERIFY(m_server->start().isOk());
}

void TestDashboardController::init()
{
    m_client = std::make_unique<BillingClient>();
    QVERIFY(m_client->setBaseUrl(m_server->url()).isOk());
    m_client->setToken(m_server->options().managerToken);
    m_controller = std::make_unique<DashboardController>(m_client.get());
}

void TestDashboardController::cleanup()
{
    m_controller.reset();
    m_client.reset();
}

DashboardFilters TestDashboardController::filtersFor(const Filter &f, std::optional<qint64> account)
{
    DashboardFilters filters;
    filters.range = MonthRange(f.from, f.to);
    filters.spaceIds = f.spaces;
    filters.eventTypes = f.types;
    filters.accountId = account;
    return filters;
}

void TestDashboardController::start(const DashboardFilters &filters)
{
    m_controller->start(filters);
    waitSettled();
}

void TestDashboardController::waitSettled()
{
    QTRY_VERIFY_WITH_TIMEOUT(m_controller->isSettled(), 15000);
}

QStringList TestDashboardController::tableColumn(int column) const
{
    QStringList values;
    const QAbstractItemModel *model = m_controller->tableModel();
    for (int row = 0; row < model->rowCount(); ++row)
        values.append(model->index(row, column).data().toString());
    return values;
}

void TestDashboardController::defaultLoadMatchesServerData()
{
    const MockScope &scope = m_server->api().dataset().managerScope();
    const Filter f = lastTwelveMonths();
    start(filtersFor(f));

    // Totals: each the server's own total.
    const UsageTotals &totals = m_controller->totalsModel()->totals();
    QCOMPARE(totals.size(), 4);
    for (const UsageTotal &t : totals)
        QCOMPARE(*t.quantity, double(sum(scope, f, *t.eventType)));

    // The table: the first page of the server's rows, in its order.
    const QList<MockRecord> expected = rows(scope, f);
    QCOMPARE(m_controller->totalRows(), qint64(expected.size()));
    QCOMPARE(m_controller->tableModel()->rowCount(), DashboardController::kDefaultPageSize);
    const QStringList quantities = tableColumn(UsageTableModel::QuantityColumn);
    for (int i = 0; i < quantities.size(); ++i)
        QCOMPARE(quantities[i], localeNumber(double(expected[i].quantity)));

    // The trend: every month's sum, per event type.
    const MonthlyTrendModel *trend = m_controller->trendModel();
    QCOMPARE(trend->eventTypes(), (QList<int>{1, 2, 3, 4}));
    for (int type = 1; type <= 4; ++type) {
        int row = 0;
        for (Month m = f.from; m <= f.to; m = m.addMonths(1), ++row) {
            const QModelIndex cell = trend->index(row, trend->columnForEventType(type));
            QCOMPARE(cell.data(RawValueRole).toDouble(),
                     double(sum(scope, Filter{m, m, {}, {type}}, type)));
        }
    }

    // By space, API calls: every space, the largest share first.
    const SpaceBreakdown &breakdown = m_controller->breakdownModel()->breakdown();
    QCOMPARE(breakdown.eventType, 1);
    QCOMPARE(breakdown.items.size(), scope.spaces.size());
    const double calls = double(sum(scope, f, 1));
    for (const SpaceShare &share : breakdown.items) {
        const double expectedShare
            = double(sum(scope, Filter{f.from, f.to, {*share.spaceId}, {1}}, 1)) * 100 / calls;
        QVERIFY(std::fabs(share.percent - expectedShare) < 1e-9);
        QVERIFY(share.percent <= breakdown.items.first().percent);
    }

    // The accounts a manager manages, and the caller's own spaces.
    QTRY_VERIFY(m_controller->accountsAvailable());
    QCOMPARE(m_controller->accounts().size(), m_server->api().dataset().managedScopes().size());
    QVERIFY(m_controller->spacesListed());
    QCOMPARE(m_controller->spaces().size(), scope.spaces.size());
}

void TestDashboardController::filtersDriveEveryModel()
{
    start(filtersFor(lastTwelveMonths()));
    const MockScope &scope = m_server->api().dataset().managerScope();
    const Filter f{
        Month(2026, 1), Month(2026, 6), {scope.spaces[0].id, scope.spaces[3].id}, {1, 4}};
    m_controller->setFilters(filtersFor(f));
    waitSettled();

    const QList<MockRecord> expected = rows(scope, f);
    QCOMPARE(expected.size(), 6 * 2 * 2);
    QCOMPARE(m_controller->totalRows(), qint64(expected.size()));
    for (const QString &type : tableColumn(UsageTableModel::EventTypeColumn)) {
        QVERIFY2(type == QLatin1String("API calls") || type == QLatin1String("Source licenses"),
                 qPrintable(type));
    }
    QCOMPARE(m_controller->totalsModel()->totals().size(), 2);
    for (const UsageTotal &t : m_controller->totalsModel()->totals())
        QCOMPARE(*t.quantity, double(sum(scope, f, *t.eventType)));
    QCOMPARE(m_controller->trendModel()->eventTypes(), (QList<int>{1, 4}));
    QCOMPARE(m_controller->breakdownModel()->breakdown().items.size(), 2);
}

void TestDashboardController::levelsBreakDownByTheirLastMonth()
{
    const MockScope &scope = m_server->api().dataset().managerScope();
    const Filter f{Month(2026, 1), Month(2026, 6), {scope.spaces[0].id, scope.spaces[3].id}, {4}};
    start(filtersFor(f));
    m_controller->setBreakdownEventType(4);
    const SpaceBreakdown &breakdown = m_controller->breakdownModel()->breakdown();
    QVERIFY(breakdown.isLevel);
    QCOMPARE(breakdown.asOf, Month(2026, 6));
    // Licences are a level: June's, not a sum over six months.
    const qint64 june0 = sum(scope, Filter{Month(2026, 6), Month(2026, 6), {f.spaces[0]}, {4}}, 4);
    const qint64 june3 = sum(scope, Filter{Month(2026, 6), Month(2026, 6), {f.spaces[1]}, {4}}, 4);
    QCOMPARE(breakdown.total, double(june0 + june3));
}

void TestDashboardController::pagingKeepsFilters()
{
    const MockScope &scope = m_server->api().dataset().managerScope();
    Filter f = lastTwelveMonths();
    f.types = {2};
    start(filtersFor(f));
    m_controller->setPageSize(20);
    waitSettled();
    const QList<MockRecord> expected = rows(scope, f);
    QCOMPARE(m_controller->pageCount(), int((expected.size() + 19) / 20));
    m_controller->setPageIndex(1);
    waitSettled();
    QCOMPARE(tableColumn(UsageTableModel::QuantityColumn).first(),
             localeNumber(double(expected[20].quantity)));
    QVERIFY(!tableColumn(UsageTableModel::EventTypeColumn).contains(QStringLiteral("API calls")));
    m_controller->setPageIndex(m_controller->pageCount() - 1);
    waitSettled();
    QCOMPARE(tableColumn(UsageTableModel::QuantityColumn).last(),
             localeNumber(double(expected.last().quantity)));
    // A change of filters starts again at the first page.
    f.types = {3};
    m_controller->setFilters(filtersFor(f));
    QCOMPARE(m_controller->pageIndex(), 0);
    waitSettled();
}

void TestDashboardController::serverCapOnPageSizeIsFollowed()
{
    MockOptions capped = mockOptions();
    capped.maxLimit = 10;
    MockHttpServer server(capped);
    QVERIFY(server.start().isOk());
    QVERIFY(m_client->setBaseUrl(server.url()).isOk());
    QSignalSpy cappedAt(m_controller.get(), &DashboardController::pageSizeCapped);
    start(filtersFor(lastTwelveMonths()));
    QCOMPARE(cappedAt.size(), 1);
    QCOMPARE(cappedAt.first().first().toInt(), 10);
    QCOMPARE(m_controller->pageSize(), 10);
    QCOMPARE(m_controller->tableModel()->rowCount(), 10);
}

void TestDashboardController::managedAccountSpacesComeFromItsUsage()
{
    const MockScope *account = m_server->api().dataset().managedScopes().at(1);
    start(filtersFor(lastTwelveMonths(), account->accountId));
    for (const UsageTotal &t : m_controller->totalsModel()->totals())
        QCOMPARE(*t.quantity, double(sum(*account, lastTwelveMonths(), *t.eventType)));
    // The API lists no spaces for a managed account: they are those in its usage.
    QVERIFY(!m_controller->spacesListed());
    QCOMPARE(m_controller->spaces().size(), account->spaces.size());
}

void TestDashboardController::emptyResultIsAState()
{
    start(filtersFor(Filter{Month(2026, 11), Month(2026, 11), {}, {}})); // no data yet
    QCOMPARE(m_controller->state(Panel::Table), State::Empty);
    QCOMPARE(m_controller->state(Panel::Charts), State::Empty);
    QCOMPARE(m_controller->state(Panel::Trend), State::Empty);
    QCOMPARE(m_controller->tableModel()->rowCount(), 0); // never a fake row
}

void TestDashboardController::refusedTokenFailsEveryPanel()
{
    m_client->setToken(QStringLiteral("expired-token"));
    QSignalSpy refused(m_controller.get(), &DashboardController::authenticationFailed);
    start(filtersFor(lastTwelveMonths()));
    for (Panel panel : {Panel::Table, Panel::Totals, Panel::Trend, Panel::Charts}) {
        QCOMPARE(m_controller->state(panel), State::Failed);
        QVERIFY(m_controller->error(panel).isUnauthorized());
    }
    QVERIFY(!refused.isEmpty());
    QCOMPARE(refused.first().first().value<ApiError>().message, QStringLiteral("Invalid token."));
}

void TestDashboardController::quickChangesNeverShowStaleRows()
{
    MockHttpServer slow(mockOptions(40));
    QVERIFY(slow.start().isOk());
    QVERIFY(m_client->setBaseUrl(slow.url()).isOk());
    start(filtersFor(lastTwelveMonths()));
    QList<QSet<QString>> shown;
    connect(m_controller->tableModel(), &QAbstractItemModel::modelReset, this, [&] {
        const QStringList types = tableColumn(UsageTableModel::EventTypeColumn);
        if (!types.isEmpty())
            shown.append(QSet<QString>(types.cbegin(), types.cend()));
    });
    for (int type : {1, 2, 3}) {
        Filter f = lastTwelveMonths();
        f.types = {type};
        m_controller->setFilters(filtersFor(f));
        QTest::qWait(10);
    }
    waitSettled();
    QCOMPARE(shown.size(), 1);
    QCOMPARE(shown.first(), QSet<QString>{QStringLiteral("Entry storage")});
    QCOMPARE(m_controller->trendModel()->eventTypes(), QList<int>{3});
}

void TestDashboardController::accountTokenListsNoAccounts()
{
    m_client->setToken(m_server->options().token);
    start(filtersFor(lastTwelveMonths()));
    QTRY_VERIFY(m_controller->accountsError().isForbidden());
    QVERIFY(!m_controller->accountsAvailable());
    QCOMPARE(m_controller->state(Panel::Totals), State::Ready); // its own usage still loads
}

void TestDashboardController::reportContentNamesWhatIsShown()
{
    const MockScope *account = m_server->api().dataset().managedScopes().at(1);
    Filter f = lastTwelveMonths();
    f.types = {1};
    start(filtersFor(f, account->accountId));
    QTRY_VERIFY(m_controller->accountsAvailable());
    const ReportContent content = m_controller->reportContent(QDateTime::currentDateTime());
    QCOMPARE(content.scope,
             QStringLiteral("%1 (account %2)").arg(account->accountName).arg(account->accountId));
    QCOMPARE(content.filters, QStringLiteral("All spaces · 1 of 4 event types"));
    QCOMPARE(content.spaces.size(), account->spaces.size());
    QCOMPARE(content.totals.size(), 1);
    QCOMPARE(*content.totals.first().quantity, double(sum(*account, f, 1)));
}

void TestDashboardController::sortingCoversEveryRowOnceAllAreIn()
{
    const MockScope &scope = m_server->api().dataset().managerScope();
    const Filter f = lastTwelveMonths();
    QSignalSpy available(m_controller.get(), &DashboardController::sortingAvailableChanged);
    m_controller->start(filtersFor(f));
    QVERIFY(!m_controller->canSort());
    QVERIFY(!m_controller->setSort(UsageTableModel::QuantityColumn, Qt::DescendingOrder));
    waitSettled();
    QVERIFY(m_controller->canSort());
    QCOMPARE(available.size(), 1);

    QList<qint64> quantities;
    for (const MockRecord &r : rows(scope, f))
        quantities.append(r.quantity);
    std::sort(quantities.begin(), quantities.end(), std::greater<>());
    QVERIFY(m_controller->setSort(UsageTableModel::QuantityColumn, Qt::DescendingOrder));
    QCOMPARE(m_controller->totalRows(), qint64(quantities.size()));
    QCOMPARE(m_controller->pageIndex(), 0);
    // Page after page, the largest of every row first, each row once.
    QList<qint64> shown;
    for (int page = 0; page < m_controller->pageCount(); ++page) {
        m_controller->setPageIndex(page);
        QCOMPARE(m_controller->state(Panel::Table), DashboardController::State::Ready);
        const QAbstractItemModel *model = m_controller->tableModel();
        for (int row = 0; row < model->rowCount(); ++row) {
            shown.append(
                model->index(row, UsageTableModel::QuantityColumn).data(RawValueRole).toLongLong());
        }
    }
    QCOMPARE(shown, quantities);
    // Back to the server's order.
    QVERIFY(m_controller->setSort(-1, Qt::AscendingOrder));
    waitSettled();
    QCOMPARE(m_controller->sortColumn(), -1);
    QCOMPARE(m_controller->tableModel()
                 ->index(0, UsageTableModel::QuantityColumn)
                 .data(RawValueRole)
                 .toLongLong(),
             rows(scope, f).first().quantity);
}

namespace {

// Totals answer at once, one month at a time (calls: the month's number x 10, storage 5);
// usage pages are held, as a slow server's would be. With totalsFail, totals answer 400.
TestHttpServer::Script monthTotalsFirst(bool totalsFail)
{
    return [totalsFail](const QByteArray &head) -> QByteArray {
        const QByteArray target = head.split(' ').value(1);
        if (target.contains("/usage/total")) {
            if (totalsFail)
                return TestHttpServer::response(400, R"({"detail": "No totals today."})");
            const int monthAt = target.indexOf("month_from=") + int(qstrlen("month_from="));
            const int month = target.mid(monthAt + 5, 2).toInt();
            return TestHttpServer::response(
                200, QByteArrayLiteral(R"({"results": [{"event_type": 1, "quantity": )")
                         + QByteArray::number(month * 10)
                         + R"(}, {"event_type": 2, "quantity": 5}]})");
        }
        if (target.contains("/usage/"))
            return {}; // held
        return TestHttpServer::response(200, R"({"count": 0, "results": []})");
    };
}

} // namespace

void TestDashboardController::trendComesFromMonthTotalsBeforeTheRows()
{
    TestHttpServer server(monthTotalsFirst(false));
    QVERIFY(m_client->setBaseUrl(server.url()).isOk());
    m_controller->start(filtersFor(Filter{Month(2026, 1), Month(2026, 3), {}, {}}));
    QTRY_COMPARE(m_controller->state(Panel::Trend), State::Ready);
    QCOMPARE(m_controller->state(Panel::Charts), State::Loading);

    const MonthlyTrendModel *trend = m_controller->trendModel();
    QCOMPARE(trend->eventTypes(), (QList<int>{1, 2, 3, 4}));
    for (int row = 0; row < 3; ++row) {
        const QModelIndex calls = trend->index(row, trend->columnForEventType(1));
        QCOMPARE(calls.data(RawValueRole).toDouble(), (row + 1) * 10.0);
        QVERIFY(calls.data(HasDataRole).toBool());
        const QModelIndex storage = trend->index(row, trend->columnForEventType(2));
        QCOMPARE(storage.data(RawValueRole).toDouble(), 5.0);
        QVERIFY(!trend->index(row, trend->columnForEventType(4)).data(HasDataRole).toBool());
    }
    const auto asked = [&server](const QByteArray &month) {
        return std::count_if(
            server.requests().cbegin(), server.requests().cend(), [&month](const QByteArray &r) {
                return r.contains("/usage/total") && r.contains("month_from=" + month + "&")
                       && r.contains("month_to=" + month);
            });
    };
    QCOMPARE(asked("2026-01"), 1);
    QCOMPARE(asked("2026-02"), 1);
    QCOMPARE(asked("2026-03"), 1);

    // The rows that never come leave the trend as the totals drew it.
    m_controller->cancelLoading();
    QCOMPARE(m_controller->state(Panel::Charts), State::Failed);
    QCOMPARE(m_controller->state(Panel::Trend), State::Ready);
}

void TestDashboardController::trendWaitsForTheRowsWhenTotalsFail()
{
    TestHttpServer server(monthTotalsFirst(true));
    QVERIFY(m_client->setBaseUrl(server.url()).isOk());
    m_controller->start(filtersFor(Filter{Month(2026, 1), Month(2026, 3), {}, {}}));
    QTRY_VERIFY(std::any_of(server.requests().cbegin(), server.requests().cend(),
                            [](const QByteArray &r) { return r.contains("/usage/?"); }));
    QTest::qWait(50);
    QCOMPARE(m_controller->state(Panel::Trend), State::Loading);
    m_controller->cancelLoading();
    QCOMPARE(m_controller->state(Panel::Trend), State::Failed);
    QVERIFY(m_controller->error(Panel::Trend).isCancelled());
}

namespace {

// What a person sees of a loaded dashboard: every number of the trend, the table of spaces
// and the first page of rows sorted by quantity.
QStringList everythingShown(DashboardController &controller)
{
    QStringList shown;
    for (const QAbstractItemModel *model :
         {static_cast<const QAbstractItemModel *>(controller.trendModel()),
          static_cast<const QAbstractItemModel *>(controller.spaceTableModel())}) {
        for (int row = 0; row < model->rowCount(); ++row) {
            for (int column = 0; column < model->columnCount(); ++column) {
                const QModelIndex cell = model->index(row, column);
                shown << cell.data().toString() + QLatin1Char('|')
                             + cell.data(RawValueRole).toString() + QLatin1Char('|')
                             + cell.data(HasDataRole).toString();
            }
        }
    }
    if (!controller.setSort(UsageTableModel::QuantityColumn, Qt::DescendingOrder))
        return {QStringLiteral("sorting refused")};
    const QAbstractItemModel *table = controller.tableModel();
    for (int row = 0; row < table->rowCount(); ++row) {
        for (int column = 0; column < table->columnCount(); ++column)
            shown << table->index(row, column).data().toString();
    }
    shown << QString::number(controller.totalRows());
    return shown;
}

} // namespace

// The cache must never change a number. The range ends in the month still open (by the
// server's clock, the Date of its answers): that month always comes from the server, the
// closed ones from the cache once a first load kept them.
void TestDashboardController::cachedAndUncachedAgreeOverAMonthBoundary()
{
    const Month current = Month::current();
    MockHttpServer server(endingThisMonth());
    QVERIFY(server.start().isOk());
    QVERIFY(m_client->setBaseUrl(server.url()).isOk());
    const DashboardFilters filters = filtersFor(Filter{current.addMonths(-3), current, {}, {}});

    qint64 rowsFetched = -1; // as the pager says: the rows it reads from the server
    const auto load = [&](UsageCache *cache) {
        m_controller = std::make_unique<DashboardController>(m_client.get());
        m_controller->setCache(cache);
        rowsFetched = 0;
        connect(m_controller.get(), &DashboardController::chartProgressChanged, this,
                [&rowsFetched](const PagerProgress &p) { rowsFetched = p.rowsTotal; });
        m_controller->start(filters);
        waitSettled();
        return everythingShown(*m_controller);
    };
    const QStringList uncached = load(nullptr);
    QVERIFY(!uncached.isEmpty() && uncached.first() != QStringLiteral("sorting refused"));

    QTemporaryDir folder;
    UsageCache cache(folder.path());
    QCOMPARE(load(&cache), uncached); // fills the cache
    const UsageCacheScope scope{
        server.url().toString(), m_client->tokenFingerprint(), std::nullopt, {}, {}};
    // On the first day of a month, the month before is still within its day of grace.
    Month firstOpen = current;
    for (int back = 3; back >= 1; --back) {
        const Month month = current.addMonths(-back);
        if (!UsageCache::isClosed(month, m_client->serverNow())) {
            firstOpen = std::min(firstOpen, month);
            continue;
        }
        // Kept after the charts are shown, and as the last totals come in.
        QTRY_VERIFY(cache.rows(scope, month));
        QTRY_VERIFY(cache.totals(scope, month));
    }
    QVERIFY(!cache.rows(scope, current)); // open: never kept
    QVERIFY(!cache.totals(scope, current));

    const QStringList cached = load(&cache);
    QCOMPARE(cached, uncached);
    // Only the open month's rows were read from the server.
    const MockScope &scopeRows = server.api().dataset().managerScope();
    const qint64 openRows = qint64(rows(scopeRows, Filter{firstOpen, current, {}, {}}).size());
    QVERIFY(openRows > 0);
    QCOMPARE(rowsFetched, openRows);
    QVERIFY(m_controller->totalRows() > openRows);

    // A month that ends is kept once it is a day past its end, not before.
    QVERIFY(!UsageCache::isClosed(current, m_client->serverNow()));
}

void TestDashboardController::sortingNeverShowsStaleRows()
{
    start(filtersFor(lastTwelveMonths()));
    // A server page asked for just before sorting must not land over the sorted page.
    m_controller->setPageIndex(3);
    QVERIFY(m_controller->setSort(UsageTableModel::MonthColumn, Qt::DescendingOrder));
    QTest::qWait(200);
    QCOMPARE(m_controller->pageIndex(), 0);
    QCOMPARE(m_controller->tableModel()->index(0, UsageTableModel::MonthColumn).data().toString(),
             QStringLiteral("2026-10"));
    // New filters: the old rows and their order are gone; sorting waits for the new rows.
    QSignalSpy available(m_controller.get(), &DashboardController::sortingAvailableChanged);
    const Filter march{Month(2026, 3), Month(2026, 3), {}, {}};
    m_controller->setFilters(filtersFor(march));
    QCOMPARE(available.size(), 1);
    QCOMPARE(available.first().at(0).toBool(), false);
    QVERIFY(!m_controller->canSort());
    QCOMPARE(m_controller->sortColumn(), -1);
    waitSettled();
    const QStringList months = tableColumn(UsageTableModel::MonthColumn);
    QVERIFY(!months.isEmpty());
    for (const QString &m : months)
        QCOMPARE(m, QStringLiteral("2026-03"));
    QVERIFY(m_controller->canSort());
}

void TestDashboardController::totalsAreComparedWithTheServersEarlierTotals()
{
    // Seven months of two spaces and two event types: the seven months before, and the same
    // seven a year earlier, each total the server's own for the same filters.
    const MockScope &scope = m_server->api().dataset().managerScope();
    const Filter f{
        Month(2026, 4), Month(2026, 10), {scope.spaces.at(0).id, scope.spaces.at(2).id}, {1, 3}};
    start(filtersFor(f));
    const TotalsModel *model = m_controller->totalsModel();
    using A = PeriodChange::Against;
    QTRY_VERIFY_WITH_TIMEOUT(
        model->change(0, A::PreviousPeriod) && model->change(0, A::YearEarlier), 10000);
    QCOMPARE(model->rowCount(), 2);
    const QList<std::pair<A, Filter>> earlier
        = {{A::PreviousPeriod, Filter{Month(2025, 9), Month(2026, 3), f.spaces, f.types}},
           {A::YearEarlier, Filter{Month(2025, 4), Month(2025, 10), f.spaces, f.types}}};
    for (int row = 0; row < model->rowCount(); ++row) {
        const int type = *model->totals().at(row).eventType;
        for (const auto &[against, months] : earlier) {
            const std::optional<PeriodChange> change = model->change(row, against);
            QVERIFY(change);
            QCOMPARE(change->earlier, MonthRange(months.from, months.to));
            QCOMPARE(*change->now, double(sum(scope, f, type)));
            QCOMPARE(*change->before, double(sum(scope, months, type)));
            QVERIFY(*change->before > 0);
            const int column = against == A::PreviousPeriod ? TotalsModel::PreviousPeriodColumn
                                                            : TotalsModel::YearEarlierColumn;
            QCOMPARE(model->index(row, column).data().toString(), change->shortText());
            QCOMPARE(model->index(row, column).data(Qt::ToolTipRole).toString(),
                     change->text(eventTypeTotalUnit(type)));
        }
    }
}

void TestDashboardController::theTrendsForecastIsTheServersClosedMonthsCarriedOn()
{
    // A server whose months run to the open one: the range's last 12 closed months and the
    // open month; the forecast is the closed months' trend, the open month's part left out.
    MockOptions options = endingThisMonth();
    options.months = 14;
    MockHttpServer server(options);
    QVERIFY(server.start().isOk());
    BillingClient client;
    QVERIFY(client.setBaseUrl(server.url()).isOk());
    client.setToken(server.options().managerToken);
    DashboardController controller(&client);
    const Month open = Month::current();
    const Filter f{open.addMonths(-12), open, {}, {1, 2}};
    controller.start(filtersFor(f));
    QTRY_VERIFY_WITH_TIMEOUT(controller.isSettled(), 15000);
    const MockScope &scope = server.api().dataset().managerScope();
    for (int type : {1, 2}) {
        QList<MonthlyPoint> closed;
        for (Month m = f.from; m < open; m = m.addMonths(1)) {
            MonthlyPoint p;
            p.month = m;
            p.quantity = double(sum(scope, Filter{m, m, {}, {type}}, type));
            p.rows = 1;
            closed.append(p);
        }
        const TrendForecast expected = TrendForecast::fit(closed);
        const TrendForecast shown = controller.trendModel()->forecast(type);
        QVERIFY2(shown.isValid(), qPrintable(shown.whyNone));
        QCOMPARE(shown.monthsUsed, 12);
        QCOMPARE(shown.points.size(), expected.points.size());
        for (qsizetype i = 0; i < shown.points.size(); ++i) {
            QCOMPARE(shown.points[i].month, open.addMonths(int(i)));
            QCOMPARE(shown.points[i].value, expected.points[i].value);
            QCOMPARE(shown.points[i].high, expected.points[i].high);
        }
    }
}

void TestDashboardController::aRangeWithTheOpenMonthIsNotCompared()
{
    // The month open by the server's clock (this machine's, for the local server) is partial:
    // set against whole months its change would say less usage where there is less month.
    const Month open = Month::current();
    start(filtersFor(Filter{open.addMonths(-2), open, {}, {1}}));
    const TotalsModel *model = m_controller->totalsModel();
    QTRY_VERIFY(!model->index(0, TotalsModel::PreviousPeriodColumn).data().toString().isEmpty());
    for (int column : {TotalsModel::PreviousPeriodColumn, TotalsModel::YearEarlierColumn}) {
        const QString said = model->index(0, column).data().toString();
        QVERIFY2(said.contains(open.toString() + QStringLiteral(" is not over yet")),
                 qPrintable(said));
        QVERIFY(!model->index(0, column).data(RawValueRole).isValid());
    }
}

void TestDashboardController::budgetsShowOnlyWhereTheyApply()
{
    const MockScope &scope = m_server->api().dataset().managerScope();
    const qint64 first = scope.spaces.at(0).id;
    const qint64 second = scope.spaces.at(1).id;
    const auto budget = [](int type, double limit, QList<qint64> spaces) {
        Budget b;
        b.eventType = type;
        b.limit = limit;
        b.spaceIds = std::move(spaces);
        return b;
    };
    const Budget everywhere = budget(1, 100, {});
    const Budget both = budget(1, 50, {second, first});
    const Budget justFirst = budget(2, 10, {first});
    m_controller->setBudgets({everywhere, both, justFirst});
    const Month last = Month::current().addMonths(-1);
    start(filtersFor(Filter{last.addMonths(-2), last, {}, {}}));
    const MonthlyTrendModel *trend = m_controller->trendModel();
    // On the charts: only a budget on exactly the spaces shown, whatever their order.
    QCOMPARE(trend->budgets(1), QList<Budget>{everywhere});
    QVERIFY(trend->budgets(2).isEmpty());
    m_controller->setFilters(filtersFor(Filter{last.addMonths(-2), last, {first, second}, {}}));
    waitSettled();
    QCOMPARE(trend->budgets(1), QList<Budget>{both});
    m_controller->setFilters(filtersFor(Filter{last.addMonths(-2), last, {first}, {}}));
    waitSettled();
    QVERIFY(trend->budgets(1).isEmpty());
    QCOMPARE(trend->budgets(2), QList<Budget>{justFirst});

    // On the tiles: the statuses of the account shown, and only while it is shown.
    BudgetStatus status;
    status.budget = everywhere;
    status.state = BudgetStatus::State::Over;
    const TotalsModel *totals = m_controller->totalsModel();
    const qint64 account = m_server->api().dataset().managedScopes().at(1)->accountId;
    m_controller->setBudgetStatuses({status}, account);
    QVERIFY(totals->budgetStatuses(1).isEmpty());
    m_controller->setBudgetStatuses({status}, std::nullopt);
    QCOMPARE(totals->budgetStatuses(1).size(), 1);
    m_controller->setFilters(filtersFor(Filter{last.addMonths(-2), last, {}, {}}, account));
    QVERIFY(totals->budgetStatuses(1).isEmpty());
    waitSettled();
}

void TestDashboardController::costsAreTheServersMonthsAtYourPrices()
{
    // API calls: the first million a month at 0.40 EUR a thousand, the rest at 0.25; persons
    // storage 0.002 EUR a person a month; no price for the rest.
    const Result<PriceList> prices = PriceList::fromJson(R"({"format":
        "neuroio-billing-prices", "version": 1, "currency": "EUR", "prices": [
        {"event_type": "api-calls", "per": 1000,
         "tiers": [{"up_to": 1000000, "price": "0.40"}, {"price": "0.25"}]},
        {"event_type": "persons-storage", "price": 0.002}]})");
    QVERIFY2(prices.isOk(), qPrintable(prices.error.message));
    m_controller->setPriceList(prices.value);
    const Month last = Month::current().addMonths(-1);
    const Filter f{last.addMonths(-5), last, {}, {}};
    start(filtersFor(f));
    const MockScope &scope = m_server->api().dataset().managerScope();
    // Worked out here in thousandths of a cent, each month rounded to a cent on its own.
    qint64 callsCents = 0;
    qint64 personsCents = 0;
    for (Month m = f.from; m <= f.to; m = m.addMonths(1)) {
        const qint64 calls = sum(scope, Filter{m, m, {}, {1}}, 1);
        const qint64 inFirstTier = std::min<qint64>(calls, 1000000);
        callsCents += (inFirstTier * 40 + (calls - inFirstTier) * 25 + 500) / 1000;
        personsCents += (sum(scope, Filter{m, m, {}, {2}}, 2) * 200 + 500) / 1000;
    }
    const TotalsModel *totals = m_controller->totalsModel();
    QTRY_VERIFY(totals->cost(1).has_value());
    QCOMPARE(totals->cost(1)->minor, callsCents);
    QCOMPARE(totals->cost(1)->currency, QStringLiteral("EUR"));
    QCOMPARE(totals->cost(2)->minor, personsCents);
    QVERIFY(!totals->cost(3).has_value());
    QCOMPARE(totals->index(0, TotalsModel::CostColumn).data(RawValueRole).toLongLong(), callsCents);
    QVERIFY(totals->index(0, TotalsModel::CostColumn)
                .data(Qt::ToolTipRole)
                .toString()
                .contains(QStringLiteral("an estimate from your price list")));
    // Without a list, no cost at all (not 0).
    m_controller->setPriceList(std::nullopt);
    QVERIFY(!totals->cost(1).has_value());
    QCOMPARE(totals->index(0, TotalsModel::CostColumn).data().toString(), QString());
}

void TestDashboardController::theTrendsComparisonIsTheServersEarlierMonths()
{
    const Month last = Month::current().addMonths(-1);
    const Filter f{last.addMonths(-3), last, {}, {1, 3}};
    start(filtersFor(f));
    const MonthlyTrendModel *trend = m_controller->trendModel();
    QVERIFY(!trend->comparison());
    const MockScope &scope = m_server->api().dataset().managerScope();
    for (const auto against :
         {PeriodChange::Against::YearEarlier, PeriodChange::Against::PreviousPeriod}) {
        m_controller->setTrendComparison(against);
        QTRY_VERIFY(trend->comparison() && !trend->comparison()->series.isEmpty());
        const int back = against == PeriodChange::Against::YearEarlier ? 12 : 4;
        QCOMPARE(trend->comparison()->earlier,
                 MonthRange(f.from.addMonths(-back), f.to.addMonths(-back)));
        for (const int type : {1, 3}) {
            const QList<MonthlyPoint> earlier = trend->earlierSeries(type);
            QCOMPARE(earlier.size(), 4);
            for (int i = 0; i < 4; ++i) {
                const Month month = f.from.addMonths(i - back);
                QCOMPARE(earlier.at(i).month, month);
                QCOMPARE(earlier.at(i).quantity,
                         double(sum(scope, Filter{month, month, {}, {type}}, type)));
            }
        }
        QVERIFY(trend->earlierSeries(2).isEmpty()); // not a type shown
    }
    // New filters load it again for their own months; switched off, none.
    const Filter g{last.addMonths(-1), last, {}, {1}};
    m_controller->setFilters(filtersFor(g));
    QTRY_VERIFY(trend->comparison() && !trend->comparison()->series.isEmpty());
    QCOMPARE(trend->comparison()->earlier, MonthRange(g.from.addMonths(-2), g.to.addMonths(-2)));
    waitSettled();
    m_controller->setTrendComparison(std::nullopt);
    QVERIFY(!trend->comparison());
}

void TestDashboardController::theReportSaysWhatTheDashboardShows()
{
    const Result<PriceList> prices = PriceList::fromJson(R"({"format":
        "neuroio-billing-prices", "version": 1, "currency": "EUR", "prices": [
        {"event_type": "api-calls", "per": 1000, "price": "0.40"}]})");
    QVERIFY2(prices.isOk(), qPrintable(prices.error.message));
    m_controller->setPriceList(prices.value);
    Budget calls;
    calls.eventType = 1;
    calls.limit = 1e12;
    m_controller->setBudgets({calls});
    const Month last = Month::current().addMonths(-1);
    const Filter f{last.addMonths(-5), last, {}, {1, 2}};
    start(filtersFor(f));
    BudgetStatus status;
    status.budget = calls;
    status.month = last.addMonths(1);
    status.actualMonth = status.month;
    status.actual = 5;
    m_controller->setBudgetStatuses({status}, std::nullopt);

    // Settled means the earlier totals are in too: the report has its changes at once.
    const TotalsModel *totals = m_controller->totalsModel();
    using A = PeriodChange::Against;
    QVERIFY(totals->change(0, A::PreviousPeriod));
    QVERIFY(totals->change(0, A::YearEarlier));
    const ReportContent content = m_controller->reportContent(QDateTime::currentDateTime());
    QCOMPARE(content.openMonth, Month::current());
    QCOMPARE(content.findingsTitle, QStringLiteral("Changes, forecasts, budgets and costs"));
    for (int row = 0; row < totals->rowCount(); ++row) {
        const int type = *totals->totals().at(row).eventType;
        const QList<ReportContent::Finding> findings = content.findings.value(type);
        const auto said = [&findings](const QString &label) {
            for (const ReportContent::Finding &finding : findings) {
                if (finding.label == label)
                    return finding.text;
            }
            return QString();
        };
        const QString unit = eventTypeTotalUnit(type);
        QCOMPARE(said(QStringLiteral("Against the months before")),
                 totals->change(row, A::PreviousPeriod)->text(unit));
        QCOMPARE(said(QStringLiteral("Against a year earlier")),
                 totals->change(row, A::YearEarlier)->text(unit));
        const TrendForecast forecast = m_controller->trendModel()->forecast(type);
        QVERIFY2(forecast.isValid(), qPrintable(forecast.whyNone));
        QCOMPARE(said(QStringLiteral("Forecast")), ReportContent::forecastText(type, forecast));
        if (type == 1) {
            QVERIFY(said(QStringLiteral("Estimated cost"))
                        .startsWith(CostEstimate::text(*totals->cost(1), QLocale())));
            QCOMPARE(said(QStringLiteral("Budget in %1").arg(status.month.toString())),
                     status.summary());
        } else {
            QVERIFY(said(QStringLiteral("Estimated cost")).startsWith(QStringLiteral("none: ")));
            QCOMPARE(said(QStringLiteral("Budget")),
                     QStringLiteral("none set for %1").arg(eventTypeDisplayName(type)));
        }
    }
}

QTEST_MAIN(TestDashboardController)
#include "tst_dashboardcontroller.moc"
