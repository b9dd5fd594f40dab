#include "core/usage/totalsloader.h"
#include "tests/mockdata.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace neuroio;
using namespace neuroio::mock;
using namespace neuroio::testing;

Q_DECLARE_METATYPE(neuroio::testing::Filter)

// The loader against the local server over loopback: each answer is the server's total for
// its month (or the range), handed over once and in month order, cached or not.
class TestTotalsLoader final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void byMonthInMonthOrder_data();
    void byMonthInMonthOrder();
    void wholeRangeIsOneAnswer();
    void byMonthNeedsBothEnds();
    void closedMonthsComeFromTheCache();
    void cancelEndsTheRunOnce();

private:
    struct Run
    {
        QList<int> indexes;
        QList<UsageTotals> answers;
        QList<ApiError> finished;
    };
    Run load(const BillingQuery &query, TotalsLoader::Split split);
    // The quantity of type in answer, or -1 when the answer does not report it.
    static qint64 quantityOf(const UsageTotals &answer, int type);
    // Each answer as "type=quantity ...", to compare runs.
    static QStringList described(const QList<UsageTotals> &answers);

    std::unique_ptr<MockHttpServer> m_server;
    std::unique_ptr<BillingClient> m_client;
    std::unique_ptr<TotalsLoader> m_loader;
};

void TestTotalsLoader::init()
{
    m_server = std::make_unique<MockHttpServer>(mockOptions());
    QVERIFY(m_server->start().isOk());
    m_client = std::make_unique<BillingClient>();
    QVERIFY(m_client->setBaseUrl(m_server->url()).isOk());
    m_client->setToken(m_server->options().managerToken);
    m_loader = std::make_unique<TotalsLoader>(m_client.get());
}

void TestTotalsLoader::cleanup()
{
    m_loader.reset();
    m_client.reset();
    m_server.reset();
}

qint64 TestTotalsLoader::quantityOf(const UsageTotals &answer, int type)
{
    for (const UsageTotal &t : answer) {
        if (t.eventType == type)
            return qint64(t.quantity.value_or(-2));
    }
    return -1;
}

QStringList TestTotalsLoader::described(const QList<UsageTotals> &answers)
{
    QStringList out;
    for (const UsageTotals &answer : answers) {
        QStringList parts;
        for (const UsageTotal &t : answer)
            parts.append(
                QStringLiteral("%1=%2").arg(t.eventType.value_or(-1)).arg(t.quantity.value_or(-1)));
        out.append(parts.join(QLatin1Char(' ')));
    }
    return out;
}

TestTotalsLoader::Run TestTotalsLoader::load(const BillingQuery &query, TotalsLoader::Split split)
{
    Run run;
    QObject guard;
    connect(m_loader.get(), &TotalsLoader::answered, &guard,
            [&run](int index, const UsageTotals &totals) {
                run.indexes.append(index);
                run.answers.append(totals);
            });
    connect(m_loader.get(), &TotalsLoader::finished, &guard,
            [&run](const ApiError &error) { run.finished.append(error); });
    if (!m_loader->start(query, std::nullopt, split).isOk())
        return run;
    [&] { QTRY_COMPARE_WITH_TIMEOUT(run.finished.size(), 1, 15000); }();
    QTest::qWait(20); // a second finished() would come now
    return run;
}

void TestTotalsLoader::byMonthInMonthOrder_data()
{
    QTest::addColumn<Filter>("filter");
    QTest::newRow("a year, every type") << lastTwelveMonths();
    QTest::newRow("one month") << Filter{Month(2026, 2), Month(2026, 2), {}, {}};
    QTest::newRow("two spaces, one type") << Filter{Month(2025, 6), Month(2026, 3), {4, 5}, {1}};
}

void TestTotalsLoader::byMonthInMonthOrder()
{
    QFETCH(Filter, filter);
    const Run run = load(queryFor(filter), TotalsLoader::Split::ByMonth);
    QCOMPARE(run.finished.size(), 1);
    QVERIFY2(run.finished.first().isOk(), qPrintable(run.finished.first().userMessage()));
    const int months = filter.from.monthsTo(filter.to) + 1;
    QCOMPARE(m_loader->answerCount(), months);
    QList<int> inOrder;
    for (int i = 0; i < months; ++i)
        inOrder.append(i);
    QCOMPARE(run.indexes, inOrder);
    const MockScope &scope = m_server->api().dataset().managerScope();
    for (int i = 0; i < months; ++i) {
        const Month month = filter.from.addMonths(i);
        QCOMPARE(m_loader->months().at(i), month);
        Filter one = filter;
        one.from = one.to = month;
        for (int type : {1, 2, 3, 4}) {
            if (!filter.types.isEmpty() && !filter.types.contains(type))
                continue;
            QCOMPARE(quantityOf(run.answers.at(i), type), sum(scope, one, type));
        }
    }
}

void TestTotalsLoader::wholeRangeIsOneAnswer()
{
    const Filter filter = lastTwelveMonths();
    const Run run = load(queryFor(filter), TotalsLoader::Split::WholeRange);
    QCOMPARE(run.finished.size(), 1);
    QVERIFY(run.finished.first().isOk());
    QCOMPARE(run.indexes, QList<int>{0});
    QVERIFY(!m_loader->months().first().isValid());
    const MockScope &scope = m_server->api().dataset().managerScope();
    QCOMPARE(quantityOf(run.answers.first(), 1), sum(scope, filter, 1));
}

void TestTotalsLoader::byMonthNeedsBothEnds()
{
    BillingQuery open;
    open.monthFrom = Month(2026, 1);
    QSignalSpy finished(m_loader.get(), &TotalsLoader::finished);
    const ApiError error = m_loader->start(open, std::nullopt, TotalsLoader::Split::ByMonth);
    QVERIFY(!error.isOk());
    QVERIFY(error.userMessage().contains(QStringLiteral("--to")));
    QTest::qWait(20);
    QCOMPARE(finished.size(), 0); // nothing started, so nothing ends
    QCOMPARE(m_server->requestCount(), 0);
}

void TestTotalsLoader::closedMonthsComeFromTheCache()
{
    m_server = std::make_unique<MockHttpServer>(endingThisMonth());
    QVERIFY(m_server->start().isOk());
    QVERIFY(m_client->setBaseUrl(m_server->url()).isOk());
    QTemporaryDir folder;
    UsageCache cache(folder.path());
    m_loader->setCache(&cache);
    const Month current = Month::current();
    const BillingQuery query = queryFor(Filter{current.addMonths(-3), current, {}, {}});

    const Run first = load(query, TotalsLoader::Split::ByMonth);
    QVERIFY(first.finished.first().isOk());
    QCOMPARE(m_loader->fetchCount(), 4);
    int closed = 0;
    for (const Month &m : m_loader->months())
        closed += UsageCache::isClosed(m, m_client->serverNow()) ? 1 : 0;
    QVERIFY(closed >= 2); // on the 1st of a month, the month before is still in its grace day

    const int requestsBefore = m_server->requestCount();
    const Run second = load(query, TotalsLoader::Split::ByMonth);
    QCOMPARE(second.finished.size(), 1);
    QVERIFY(second.finished.first().isOk());
    QCOMPARE(second.indexes, first.indexes);
    QCOMPARE(described(second.answers), described(first.answers));
    QVERIFY(!described(first.answers).first().isEmpty());
    QCOMPARE(m_loader->fetchCount(), 4 - closed);
    QCOMPARE(m_server->requestCount() - requestsBefore, 4 - closed);
}

void TestTotalsLoader::cancelEndsTheRunOnce()
{
    QSignalSpy answered(m_loader.get(), &TotalsLoader::answered);
    QSignalSpy finished(m_loader.get(), &TotalsLoader::finished);
    QVERIFY(
        m_loader->start(queryFor(lastTwelveMonths()), std::nullopt, TotalsLoader::Split::ByMonth)
            .isOk());
    m_loader->cancel();
    QVERIFY(!m_loader->isRunning());
    QTest::qWait(200);
    QCOMPARE(finished.size(), 1);
    QVERIFY(finished.first().first().value<ApiError>().isCancelled());
    QCOMPARE(answered.size(), 0);
}

QTEST_GUILESS_MAIN(TestTotalsLoader)
#include "tst_totalsloader.moc"
