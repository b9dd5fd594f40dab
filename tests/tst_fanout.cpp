#include "core/usage/fanout.h"
#include "tests/testhttpserver.h"

#include <QRegularExpression>
#include <QTest>

using namespace neuroio;

namespace {

// Request i asks for month 2026-(i+1), and its answer's quantity is i, so the test can tell
// which request a held connection is and which answer was delivered.
constexpr int kYear = 2026;

int requestIndex(const QByteArray &head)
{
    const auto match = QRegularExpression(QStringLiteral("month_from=2026-(\\d\\d)"))
                           .match(QString::fromLatin1(head));
    return match.hasMatch() ? match.captured(1).toInt() - 1 : -1;
}

QByteArray totalsAnswer(int index)
{
    return TestHttpServer::response(
        200,
        QStringLiteral("{\"results\":[{\"event_type\":1,\"quantity\":%1}]}").arg(index).toUtf8());
}

} // namespace

class TestFanOut final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void answersInOrderAtMostKAtOnce();
    void cancelDropsLateAnswers();
    void restartFromDeliverDropsTheOldRun();
    void failuresAreDeliveredInTheirPlace();
    void aPushBackHalvesTheRequestsInFlight();
    void fewerRequestsForgetTheRestUntilAskedAgain();
    void aForgottenRequestsCancellationIsNotItsSuccessors();
    void theNextRequestGoesOutBeforeAnAnswerIsHandedOver();

private:
    // The server's request number of fan-out request `index`, once it arrived.
    int serverRequest(int index) const;
    void answer(int index);
    void start(int count);

    std::unique_ptr<TestHttpServer> m_server;
    std::unique_ptr<BillingClient> m_client;
    std::unique_ptr<QObject> m_owner;
    std::unique_ptr<FanOut<UsageTotals>> m_fanOut;
    QList<int> m_delivered;
    QList<ApiError::Kind> m_kinds;
    std::function<void(int)> m_onDeliver;
};

void TestFanOut::init()
{
    m_server = std::make_unique<TestHttpServer>([](const QByteArray &) { return QByteArray(); });
    m_client = std::make_unique<BillingClient>();
    QVERIFY(m_client->setBaseUrl(m_server->url()).isOk());
    m_client->setToken(QStringLiteral("token"));
    // The order of answers is this test's subject; the client's retries are tst_billingclient's.
    m_client->setRetryPolicy(RetryPolicy::never());
    m_owner = std::make_unique<QObject>();
    m_fanOut = std::make_unique<FanOut<UsageTotals>>(m_client.get(), m_owner.get());
    m_delivered.clear();
    m_kinds.clear();
    m_onDeliver = nullptr;
}

void TestFanOut::cleanup()
{
    m_fanOut.reset();
    m_owner.reset();
    m_client.reset();
    m_server.reset();
}

void TestFanOut::start(int count)
{
    m_fanOut->start(
        count,
        [this](int index, QObject *context, BillingClient::Callback<UsageTotals> done) {
            BillingQuery query;
            query.monthFrom = query.monthTo = Month(kYear, index + 1);
            return m_client->usageTotal({}, query, context, std::move(done));
        },
        [this](int index, const Result<UsageTotals> &result) {
            m_kinds.append(result.error.kind);
            m_delivered.append(result.isOk() ? int(*result.value.first().quantity) : -index - 1);
            if (m_onDeliver)
                m_onDeliver(index);
        });
}

int TestFanOut::serverRequest(int index) const
{
    const QList<QByteArray> &requests = m_server->requests();
    for (int i = 0; i < requests.size(); ++i) {
        if (requestIndex(requests[i]) == index)
            return i;
    }
    return -1;
}

void TestFanOut::answer(int index)
{
    QTRY_VERIFY(serverRequest(index) >= 0);
    QVERIFY(m_server->answer(serverRequest(index), totalsAnswer(index)));
}

void TestFanOut::answersInOrderAtMostKAtOnce()
{
    m_fanOut->setMaxInFlight(3);
    start(8);
    QTRY_COMPARE(m_server->requests().size(), 3);
    QTest::qWait(100);
    QCOMPARE(m_server->requests().size(), 3); // never a fourth before one is answered

    answer(2);
    answer(1);
    QTest::qWait(100);
    QVERIFY(m_delivered.isEmpty()); // 1 and 2 wait for 0
    answer(0);
    QTRY_COMPARE(m_delivered, (QList<int>{0, 1, 2}));

    // The rest, answered last to first as they arrive.
    QTRY_COMPARE(m_server->requests().size(), 6);
    for (int index : {5, 4, 3})
        answer(index);
    QTRY_COMPARE(m_server->requests().size(), 8);
    for (int index : {7, 6})
        answer(index);
    QTRY_COMPARE(m_delivered, (QList<int>{0, 1, 2, 3, 4, 5, 6, 7}));
    QVERIFY(m_fanOut->isDone());
    QCOMPARE(m_server->mostHeldAtOnce(), 3);
}

void TestFanOut::cancelDropsLateAnswers()
{
    start(2);
    QTRY_COMPARE(m_server->requests().size(), 2);
    m_fanOut->cancel();
    QVERIFY(!m_fanOut->isRunning());
    // The server answers anyway; nothing of the cancelled run may arrive.
    m_server->answer(serverRequest(0), totalsAnswer(0));
    m_server->answer(serverRequest(1), totalsAnswer(1));
    QTest::qWait(200);
    QVERIFY(m_delivered.isEmpty());

    start(1);
    QTRY_COMPARE(m_server->requests().size(), 3);
    QVERIFY(m_server->answer(2, totalsAnswer(0)));
    QTRY_COMPARE(m_delivered, QList<int>{0});
    QCOMPARE(m_kinds, QList<ApiError::Kind>{ApiError::Kind::None});
}

void TestFanOut::restartFromDeliverDropsTheOldRun()
{
    start(3);
    QTRY_COMPARE(m_server->requests().size(), 3);
    m_onDeliver = [this](int) {
        m_onDeliver = nullptr;
        start(1); // as a filter change would, from inside a slot
    };
    answer(1);
    answer(0);
    QTRY_COMPARE(m_delivered, QList<int>{0}); // 1 belonged to the old run
    QTRY_COMPARE(m_server->requests().size(), 4);
    // The old run's last request was cancelled; an answer to it (if it still got through)
    // is dropped.
    m_server->answer(serverRequest(2), totalsAnswer(2));
    QVERIFY(m_server->answer(3, totalsAnswer(0)));
    QTRY_COMPARE(m_delivered, (QList<int>{0, 0}));
    QTest::qWait(100);
    QCOMPARE(m_delivered, (QList<int>{0, 0}));
}

void TestFanOut::failuresAreDeliveredInTheirPlace()
{
    start(3);
    QTRY_COMPARE(m_server->requests().size(), 3);
    QVERIFY(m_server->answer(serverRequest(1), TestHttpServer::response(503, "{}")));
    answer(2);
    answer(0);
    QTRY_COMPARE(m_delivered.size(), 3);
    QCOMPARE(m_delivered, (QList<int>{0, -2, 2}));
    QCOMPARE(m_kinds[1], ApiError::Kind::HttpStatus);
}

void TestFanOut::fewerRequestsForgetTheRestUntilAskedAgain()
{
    start(4);
    QTRY_COMPARE(m_server->requests().size(), 4);
    m_fanOut->setCount(2);
    // Answers to the forgotten requests, if they still get through, are dropped.
    m_server->answer(serverRequest(3), totalsAnswer(3));
    m_server->answer(serverRequest(2), totalsAnswer(2));
    answer(1);
    answer(0);
    QTRY_COMPARE(m_delivered, (QList<int>{0, 1}));
    QVERIFY(m_fanOut->isDone());

    m_fanOut->setCount(3); // request 2 again: a new request, whose answer counts
    QTRY_COMPARE(m_server->requests().size(), 5);
    QCOMPARE(requestIndex(m_server->requests()[4]), 2);
    QVERIFY(m_server->answer(4, totalsAnswer(2)));
    QTRY_COMPARE(m_delivered, (QList<int>{0, 1, 2}));
    QTest::qWait(100);
    QCOMPARE(m_delivered, (QList<int>{0, 1, 2}));
    QVERIFY(m_fanOut->isDone());
    QCOMPARE(m_client->pendingCount(), 0);
}

void TestFanOut::aForgottenRequestsCancellationIsNotItsSuccessors()
{
    // Forgotten and asked again at once: the client completes the forgotten calls as
    // cancelled (queued), while requests of the same index are in flight again. Those
    // cancellations must not be taken for the new requests' answers.
    start(4);
    QTRY_COMPARE(m_server->requests().size(), 4);
    m_fanOut->setCount(1);
    m_fanOut->setCount(4);
    QTRY_COMPARE(m_server->requests().size(), 7);
    QTest::qWait(50); // the queued cancellations arrive
    QVERIFY(m_delivered.isEmpty());
    for (int request = 4; request < 7; ++request)
        QVERIFY(
            m_server->answer(request, totalsAnswer(requestIndex(m_server->requests()[request]))));
    answer(0);
    QTRY_COMPARE(m_delivered, (QList<int>{0, 1, 2, 3}));
    QCOMPARE(m_kinds, QList<ApiError::Kind>(4, ApiError::Kind::None));
}

void TestFanOut::theNextRequestGoesOutBeforeAnAnswerIsHandedOver()
{
    // Handing an answer over can take a while (writing a page); the next request is already
    // on its way then, except after the first answer (it may change what is asked) and after
    // a failure (it may end the run).
    m_fanOut->setMaxInFlight(2);
    QList<int> inFlightAtHandOver;
    m_onDeliver = [&](int) { inFlightAtHandOver.append(m_client->pendingCount()); };
    start(4);
    QTRY_COMPARE(m_server->requests().size(), 2);
    answer(0);
    QTRY_COMPARE(m_delivered.size(), 1);
    QTRY_COMPARE(m_server->requests().size(), 3);
    answer(1);
    QTRY_COMPARE(m_delivered.size(), 2);
    QTRY_COMPARE(m_server->requests().size(), 4);
    QVERIFY(m_server->answer(serverRequest(2), TestHttpServer::response(500, "{}")));
    QTRY_COMPARE(m_delivered.size(), 3);
    // At 0: 1 still in flight, nothing sent early. At 1: 2 and 3 already sent. At the failed
    // 2: only 3.
    QCOMPARE(inFlightAtHandOver, (QList<int>{1, 2, 1}));
}

void TestFanOut::aPushBackHalvesTheRequestsInFlight()
{
    m_client->setRetryPolicy(RetryPolicy{});
    // Request `index`'s latest try, once it arrived.
    const auto latest = [this](int index) {
        const QList<QByteArray> &requests = m_server->requests();
        for (int i = int(requests.size()) - 1; i >= 0; --i) {
            if (requestIndex(requests[i]) == index)
                return i;
        }
        return -1;
    };
    start(8);
    QCOMPARE(m_fanOut->inFlightLimit(), 4);
    QTRY_COMPARE(m_server->requests().size(), 4);
    QVERIFY(
        m_server->answer(serverRequest(0), TestHttpServer::response(429, "{}", "application/json",
                                                                    {"Retry-After: 1"})));
    QTRY_COMPARE(m_fanOut->inFlightLimit(), 2);

    // The three sent before the limit came down finish. Then two at a time: the first
    // request's retry and request 4, once the server's second has passed.
    for (int index : {1, 2, 3})
        answer(index);
    QTRY_COMPARE_WITH_TIMEOUT(m_server->requests().size(), 6, 5000);
    QVERIFY(latest(0) >= 4 && latest(4) >= 4);
    QTest::qWait(200);
    QCOMPARE(m_server->requests().size(), 6);

    for (int index : {0, 4, 5, 6, 7}) {
        QTRY_VERIFY(latest(index) >= 0);
        QVERIFY(m_server->answer(latest(index), totalsAnswer(index)));
    }
    QTRY_COMPARE(m_delivered, (QList<int>{0, 1, 2, 3, 4, 5, 6, 7}));
    QCOMPARE(m_server->requests().size(), 9);
}

QTEST_GUILESS_MAIN(TestFanOut)
#include "tst_fanout.moc"
