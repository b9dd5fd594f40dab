#include "core/usage/usagerowsloader.h"
#include "tests/mockdata.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace neuroio;
using namespace neuroio::mock;
using namespace neuroio::testing;

// The loader against the local server over loopback, with and without a cache of closed
// months: every row once, in the server's order, whichever way it came.
class TestUsageRowsLoader final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void everyRowInTheServersOrder();
    void closedMonthsComeFromTheCache();
    void aDamagedMonthIsFetchedAgain();
    void cancelEndsTheRunOnce();
    void aNewStartForgetsTheOldRows();

private:
    struct Run
    {
        ApiError error;
        int finishedCount = 0;
        qint64 rowsFetched = 0; // as the pager said: rows asked of the server
        bool rangesContiguous = true;
    };
    Run load(const BillingQuery &query);
    void useServerWithOpenMonth();
    // id, month, space, type and quantity of each row, as the server has them.
    static QStringList serverRows(const MockScope &scope, const Filter &filter);
    QStringList loadedRows() const;

    std::unique_ptr<MockHttpServer> m_server;
    std::unique_ptr<BillingClient> m_client;
    std::unique_ptr<UsageRowsLoader> m_loader;
};

// Pages of at most 25 rows: every run here reads many pages.
static MockOptions smallPages()
{
    MockOptions options = mockOptions();
    options.maxLimit = 25;
    return options;
}

void TestUsageRowsLoader::init()
{
    m_server = std::make_unique<MockHttpServer>(smallPages());
    QVERIFY(m_server->start().isOk());
    m_client = std::make_unique<BillingClient>();
    QVERIFY(m_client->setBaseUrl(m_server->url()).isOk());
    m_client->setToken(m_server->options().managerToken);
    m_loader = std::make_unique<UsageRowsLoader>(m_client.get());
}

void TestUsageRowsLoader::cleanup()
{
    m_loader.reset();
    m_client.reset();
    m_server.reset();
}

void TestUsageRowsLoader::useServerWithOpenMonth()
{
    m_server = std::make_unique<MockHttpServer>(endingThisMonth(smallPages()));
    QVERIFY(m_server->start().isOk());
    QVERIFY(m_client->setBaseUrl(m_server->url()).isOk());
}

QStringList TestUsageRowsLoader::serverRows(const MockScope &scope, const Filter &filter)
{
    QStringList out;
    for (const MockRecord &r : rows(scope, filter)) {
        out.append(QStringLiteral("%1 %2 %3 %4 %5")
                       .arg(r.id)
                       .arg(r.month.toString())
                       .arg(r.spaceId)
                       .arg(r.eventType)
                       .arg(r.quantity));
    }
    return out;
}

QStringList TestUsageRowsLoader::loadedRows() const
{
    QStringList out;
    const UsageRowStore &store = m_loader->rows();
    for (qsizetype i = 0; i < store.size(); ++i) {
        const UsageRecord r = store.record(i);
        out.append(QStringLiteral("%1 %2 %3 %4 %5")
                       .arg(r.id.value_or(-1))
                       .arg(r.month ? r.month->toString() : QStringLiteral("-"))
                       .arg(r.spaceId.value_or(-1))
                       .arg(r.eventType.value_or(-1))
                       .arg(qint64(r.quantity.value_or(-1))));
    }
    return out;
}

TestUsageRowsLoader::Run TestUsageRowsLoader::load(const BillingQuery &query)
{
    Run run;
    qsizetype expectedFirst = 0;
    QObject guard;
    connect(m_loader.get(), &UsageRowsLoader::rowsAdded, &guard,
            [&](qsizetype first, qsizetype last) {
                run.rangesContiguous = run.rangesContiguous && first == expectedFirst
                                       && last >= first && last == m_loader->rows().size();
                expectedFirst = last;
            });
    connect(m_loader.get(), &UsageRowsLoader::progress, &guard,
            [&run](const PagerProgress &p) { run.rowsFetched = p.rowsTotal; });
    connect(m_loader.get(), &UsageRowsLoader::finished, &guard, [&run](const ApiError &e) {
        run.error = e;
        ++run.finishedCount;
    });
    m_loader->start(query);
    [&] { QTRY_COMPARE_WITH_TIMEOUT(run.finishedCount, 1, 15000); }();
    QTest::qWait(20); // a second finished() would come now
    return run;
}

void TestUsageRowsLoader::everyRowInTheServersOrder()
{
    const Filter filter{Month(2026, 1), Month(2026, 6), {}, {1, 2, 4}};
    const Run run = load(queryFor(filter));
    QVERIFY2(run.error.isOk(), qPrintable(run.error.userMessage()));
    QCOMPARE(run.finishedCount, 1);
    QVERIFY(run.rangesContiguous);
    const QStringList expected = serverRows(m_server->api().dataset().managerScope(), filter);
    QVERIFY(expected.size() > 4 * 25); // many pages
    QCOMPARE(loadedRows(), expected);
    QCOMPARE(m_loader->rowsFromCache(), 0);
}

void TestUsageRowsLoader::closedMonthsComeFromTheCache()
{
    useServerWithOpenMonth();
    QTemporaryDir folder;
    UsageCache cache(folder.path());
    m_loader->setCache(&cache);
    const Month current = Month::current();
    const Filter filter{current.addMonths(-3), current, {}, {}};
    const QStringList expected = serverRows(m_server->api().dataset().managerScope(), filter);

    const Run first = load(queryFor(filter));
    QVERIFY(first.error.isOk());
    QCOMPARE(loadedRows(), expected);
    // The closed months are kept once the run was reported.
    const UsageCacheScope scope = UsageCacheScope::of(*m_client, std::nullopt, queryFor(filter));
    Month firstOpen = current;
    for (Month m = filter.from; m < current; m = m.addMonths(1)) {
        if (UsageCache::isClosed(m, m_client->serverNow()))
            QTRY_VERIFY(cache.rows(scope, m));
        else
            firstOpen = std::min(firstOpen, m);
    }
    QVERIFY(!cache.rows(scope, current));

    const Run second = load(queryFor(filter));
    QVERIFY(second.error.isOk());
    QCOMPARE(second.finishedCount, 1);
    QVERIFY(second.rangesContiguous);
    QCOMPARE(loadedRows(), expected);
    const qint64 openRows = qint64(
        rows(m_server->api().dataset().managerScope(), Filter{firstOpen, current, {}, {}}).size());
    QCOMPARE(second.rowsFetched, openRows);
    QCOMPARE(m_loader->rowsFromCache(), qsizetype(expected.size()) - openRows);
}

void TestUsageRowsLoader::aDamagedMonthIsFetchedAgain()
{
    useServerWithOpenMonth();
    QTemporaryDir folder;
    UsageCache cache(folder.path());
    m_loader->setCache(&cache);
    const Month current = Month::current();
    const Filter filter{current.addMonths(-3), current, {}, {}};
    const Month oldest = filter.from;
    QVERIFY(load(queryFor(filter)).error.isOk());
    const UsageCacheScope scope = UsageCacheScope::of(*m_client, std::nullopt, queryFor(filter));
    QTRY_VERIFY(cache.rows(scope, oldest));

    // Cut the oldest month's file short: nothing of it may be used.
    for (const QFileInfo &file : QDir(folder.path()).entryInfoList(QDir::Files)) {
        QFile f(file.absoluteFilePath());
        QVERIFY(f.open(QIODevice::ReadWrite));
        QVERIFY(f.resize(f.size() / 2));
    }
    const Run run = load(queryFor(filter));
    QVERIFY(run.error.isOk());
    QCOMPARE(m_loader->rowsFromCache(), 0);
    QCOMPARE(loadedRows(), serverRows(m_server->api().dataset().managerScope(), filter));
}

void TestUsageRowsLoader::cancelEndsTheRunOnce()
{
    useServerWithOpenMonth();
    QTemporaryDir folder;
    UsageCache cache(folder.path());
    m_loader->setCache(&cache);
    const Month current = Month::current();
    const Filter filter{current.addMonths(-3), current, {}, {}};
    QVERIFY(load(queryFor(filter)).error.isOk());

    // While the cache is read, and while pages are fetched.
    for (int waitMs : {0, 5}) {
        QSignalSpy finished(m_loader.get(), &UsageRowsLoader::finished);
        m_loader->start(queryFor(filter));
        QTest::qWait(waitMs);
        m_loader->cancel();
        QVERIFY(!m_loader->isRunning());
        QTest::qWait(100);
        QCOMPARE(finished.size(), 1);
        QVERIFY(finished.first().first().value<ApiError>().isCancelled());
    }
}

void TestUsageRowsLoader::aNewStartForgetsTheOldRows()
{
    const Filter all{Month(2026, 1), Month(2026, 6), {}, {}};
    const Filter march{Month(2026, 3), Month(2026, 3), {}, {2}};
    QSignalSpy finished(m_loader.get(), &UsageRowsLoader::finished);
    m_loader->start(queryFor(all));
    QTest::qWait(5);
    m_loader->start(queryFor(march));
    QCOMPARE(finished.size(), 1); // the first run ended, cancelled, before the second began
    QVERIFY(finished.first().first().value<ApiError>().isCancelled());
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 15000);
    QVERIFY(finished.last().first().value<ApiError>().isOk());
    QCOMPARE(loadedRows(), serverRows(m_server->api().dataset().managerScope(), march));
}

QTEST_GUILESS_MAIN(TestUsageRowsLoader)
#include "tst_usagerowsloader.moc"
