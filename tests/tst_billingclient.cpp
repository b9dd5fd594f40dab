#include "core/api/billingclient.h"
#include "mockserver/mockhttpserver.h"
#include "tests/testhttpserver.h"

#include <QElapsedTimer>
#include <QFile>
#include <QPointer>
#include <QSignalSpy>
#include <QSslKey>
#include <QSslServer>
#include <QTest>
#include <QTimer>
#include <QUrlQuery>

#include <memory>

using namespace neuroio;
using namespace neuroio::mock;
using namespace std::chrono_literals;

namespace {

MockOptions testOptions()
{
    MockOptions o;
    o.seed = 7;
    o.accounts = 2;
    o.spaces = 5;
    o.months = 12;
    o.lastMonth = Month(2026, 10);
    o.maxLimit = 25;
    return o;
}

// Runs one call to completion and checks that its callback ran exactly once.
template<typename T, typename Start>
Result<T> run(Start start, QObject *context)
{
    int calls = 0;
    Result<T> result;
    start(context, [&](const Result<T> &r) {
        ++calls;
        result = r;
    });
    if (!QTest::qWaitFor([&] { return calls > 0; }, 10000))
        qFatal("call did not complete");
    QTest::qWait(20); // a second completion would arrive now
    if (calls != 1)
        qFatal("call completed %d times", calls);
    return result;
}

QList<MockRecord> expectedRecords(const MockScope &scope, const BillingQuery &q)
{
    QList<MockRecord> out;
    for (const MockRecord &r : scope.records) {
        if ((!q.monthFrom || r.month >= *q.monthFrom) && (!q.monthTo || r.month <= *q.monthTo)
            && (q.spaceIds.isEmpty() || q.spaceIds.contains(r.spaceId))
            && (q.eventTypes.isEmpty() || q.eventTypes.contains(r.eventType))) {
            out.append(r);
        }
    }
    return out;
}

QByteArray header(const MockRequest &request, const QByteArray &name)
{
    for (const auto &h : request.headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

} // namespace

class TestBillingClient final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void serverClockFollowsItsDateHeader();
    void tokenFingerprintNamesServerAndToken();
    void usagePageWithFilters();
    void usageTotalMatchesData();
    void accountEndpoints();
    void paginationFollowsCappedLimit();
    void listsAndWhoAmI();
    void httpStatusErrors_data();
    void httpStatusErrors();
    void loginGoodAndBad();
    void invalidQueryIsNotSent();
    void tokenThatWouldInjectHeadersIsNotSent_data();
    void tokenThatWouldInjectHeadersIsNotSent();
    void cancelCompletesOnceAsCancelled();
    void destroyedContextStopsCall();
    void destroyedClientCancelsCalls();
    void transferTimeout();
    void overallDeadline();
    void connectionRefused();
    void htmlAnswers();
    void crossOriginRedirectNeverCarriesToken();
    void sameOriginRedirectIsFollowed();
    void plainHttpOnlyForLoopback_data();
    void plainHttpOnlyForLoopback();
    void untrustedCertificateIsTlsError();
    void passingFailuresAreTriedAgain_data();
    void passingFailuresAreTriedAgain();
    void finalAnswersAreNotTriedAgain_data();
    void finalAnswersAreNotTriedAgain();
    void givesUpAfterMaxRetriesAndSaysSo();
    void retryAfterDateInThePastRetriesAtOnce();
    void retryAfterHoldsBackEveryRequest();
    void retryAfterLongerThanWeWaitFailsAtOnce();
    void cancelDuringTheWaitCompletesOnce();
    void contextOrClientGoneDuringTheWait();
    void cutBodyIsTriedAgain();
    void slowAnswerIsNotCalledSilent();

private:
    std::unique_ptr<MockHttpServer> m_server;
    std::unique_ptr<BillingClient> m_client;
    QList<MockRequest> m_received;
};

void TestBillingClient::initTestCase()
{
    m_server = std::make_unique<MockHttpServer>(testOptions());
    QVERIFY(m_server->start().isOk());
    connect(m_server.get(), &MockHttpServer::requestReceived, this,
            [this](const MockRequest &r) { m_received.append(r); });
}

void TestBillingClient::init()
{
    m_received.clear();
    m_client = std::make_unique<BillingClient>();
    QVERIFY(m_client->setBaseUrl(m_server->url()).isOk());
    m_client->setToken(m_server->options().managerToken);
    // The rules are the defaults' (tst_retrypolicy has those); only the waits are short.
    RetryPolicy quick;
    quick.baseDelay = 5ms;
    quick.maxBackoff = 20ms;
    m_client->setRetryPolicy(quick);
}

void TestBillingClient::usagePageWithFilters()
{
    const MockScope &scope = m_server->api().dataset().managerScope();
    BillingQuery q;
    q.monthFrom = Month(2026, 1);
    q.monthTo = Month(2026, 3);
    q.spaceIds = {scope.spaces[0].id, scope.spaces[2].id};
    q.eventTypes = {1, 3};
    q.limit = 10;
    q.offset = 0;
    const auto result = run<UsagePage>(
        [&](QObject *ctx, auto done) { return m_client->usagePage({}, q, ctx, done); }, this);
    QVERIFY2(result.isOk(), qPrintable(result.error.userMessage()));

    const QList<MockRecord> expected = expectedRecords(scope, q);
    QCOMPARE(expected.size(), 3 * 2 * 2);
    QCOMPARE(result.value.count, std::optional<qint64>(expected.size()));
    QCOMPARE(result.value.results.size(), 10);
    for (int i = 0; i < 10; ++i) {
        const UsageRecord &got = result.value.results[i];
        QCOMPARE(got.id, std::optional<qint64>(expected[i].id));
        QCOMPARE(got.spaceId, std::optional<qint64>(expected[i].spaceId));
        QCOMPARE(got.quantity, std::optional<double>(double(expected[i].quantity)));
        QCOMPARE(*got.spaceName, m_server->api().dataset().spaceName(expected[i].spaceId));
    }

    // What went over the wire: the SDK's encoding, our User-Agent, the token header.
    QCOMPARE(m_received.size(), 1);
    const MockRequest &sent = m_received.first();
    const QByteArray encoded = sent.url.toEncoded();
    QVERIFY2(encoded.contains("spaces_ids=" + QByteArray::number(q.spaceIds[0]) + "%2C"
                              + QByteArray::number(q.spaceIds[1])),
             encoded.constData());
    QVERIFY2(encoded.contains("event_types=1%2C3"), encoded.constData());
    QCOMPARE(sent.url.path(), QStringLiteral("/v1/billing/usage/"));
    QCOMPARE(header(sent, "User-Agent"), QByteArray("neuroio-billing-qt/" NEUROIO_VERSION));
    QCOMPARE(header(sent, "Authorization"), QByteArray("Token demo-manager-token"));
}

void TestBillingClient::usageTotalMatchesData()
{
    const MockScope &scope = m_server->api().dataset().managerScope();
    BillingQuery q;
    q.monthFrom = Month(2025, 11);
    q.monthTo = Month(2026, 4);
    q.eventTypes = {1, 2, 4};
    const auto result = run<UsageTotals>(
        [&](QObject *ctx, auto done) { return m_client->usageTotal({}, q, ctx, done); }, this);
    QVERIFY2(result.isOk(), qPrintable(result.error.userMessage()));
    QCOMPARE(result.value.size(), 3);
    for (const UsageTotal &total : result.value) {
        qint64 sum = 0;
        for (const MockRecord &r : expectedRecords(scope, q)) {
            if (r.eventType == *total.eventType)
                sum += r.quantity;
        }
        QCOMPARE(*total.quantity, double(sum));
    }
    QVERIFY(!m_received.first().url.hasQuery()
            || !QUrlQuery(m_received.first().url).hasQueryItem(QStringLiteral("limit")));
}

void TestBillingClient::accountEndpoints()
{
    const MockScope *account = m_server->api().dataset().managedScopes().at(1);
    BillingQuery q;
    q.monthFrom = q.monthTo = Month(2026, 10);
    q.limit = 100;
    const auto page = run<UsagePage>(
        [&](QObject *ctx, auto done) {
            return m_client->usagePage(account->accountId, q, ctx, done);
        },
        this);
    QVERIFY2(page.isOk(), qPrintable(page.error.userMessage()));
    QCOMPARE(page.value.count, std::optional<qint64>(account->spaces.size() * 4));
    for (const UsageRecord &r : page.value.results) {
        QVERIFY(std::any_of(account->spaces.cbegin(), account->spaces.cend(),
                            [&](const Space &s) { return s.id == *r.spaceId; }));
    }
    QCOMPARE(m_received.last().url.path(),
             QStringLiteral("/v1/accounts/%1/billing/usage/").arg(account->accountId));

    const auto total = run<UsageTotals>(
        [&](QObject *ctx, auto done) {
            return m_client->usageTotal(account->accountId, q, ctx, done);
        },
        this);
    QVERIFY(total.isOk());
    QCOMPARE(total.value.size(), 4);
    qint64 licences = 0;
    for (const MockRecord &r : expectedRecords(*account, q))
        licences += r.eventType == 4 ? r.quantity : 0;
    QCOMPARE(*total.value[3].quantity, double(licences));
    QCOMPARE(m_received.last().url.path(),
             QStringLiteral("/v1/accounts/%1/billing/usage/total/").arg(account->accountId));
}

void TestBillingClient::paginationFollowsCappedLimit()
{
    const MockScope &scope = m_server->api().dataset().managerScope();
    BillingQuery q;
    q.eventTypes = {2};
    q.limit = 1000; // the server caps at 25
    const QList<MockRecord> expected = expectedRecords(scope, q);
    QCOMPARE(expected.size(), 60);

    QList<qint64> ids;
    int pages = 0;
    int offset = 0;
    while (true) {
        q.offset = offset;
        const auto page = run<UsagePage>(
            [&](QObject *ctx, auto done) { return m_client->usagePage({}, q, ctx, done); }, this);
        QVERIFY2(page.isOk(), qPrintable(page.error.userMessage()));
        QVERIFY(page.value.results.size() <= 25);
        QCOMPARE(*page.value.count, qint64(expected.size()));
        for (const UsageRecord &r : page.value.results)
            ids.append(*r.id);
        ++pages;
        offset += page.value.results.size();
        if (page.value.next.isEmpty())
            break;
    }
    QCOMPARE(pages, 3);
    QList<qint64> expectedIds;
    for (const MockRecord &r : expected)
        expectedIds.append(r.id);
    QCOMPARE(ids, expectedIds);
}

void TestBillingClient::listsAndWhoAmI()
{
    const auto who
        = run<WhoAmI>([&](QObject *ctx, auto done) { return m_client->whoAmI(ctx, done); }, this);
    QVERIFY(who.isOk());
    QCOMPARE(who.value.username, MockApi::managerUsername());
    QCOMPARE(who.value.isManager, std::optional<bool>(true));

    const auto spaces = run<QList<Space>>(
        [&](QObject *ctx, auto done) { return m_client->spaces(ctx, done); }, this);
    QVERIFY(spaces.isOk());
    QCOMPARE(spaces.value, m_server->api().dataset().managerScope().spaces);

    const auto accounts = run<AccountPage>(
        [&](QObject *ctx, auto done) { return m_client->accounts(1, 1, ctx, done); }, this);
    QVERIFY(accounts.isOk());
    QCOMPARE(accounts.value.count, std::optional<qint64>(2));
    QCOMPARE(accounts.value.results.size(), 1);
    QCOMPARE(accounts.value.results[0].id,
             m_server->api().dataset().managedScopes().at(1)->accountId);
}

void TestBillingClient::httpStatusErrors_data()
{
    QTest::addColumn<QString>("token");
    QTest::addColumn<qint64>("accountId"); // 0: the user's own usage
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("message");

    QTest::newRow("401 unknown token") << "not-a-token" << qint64(0) << 401 << "Invalid token.";
    QTest::newRow("401 no token") << "" << qint64(0) << 401
                                  << "Authentication credentials were not provided.";
    QTest::newRow("403 not a manager")
        << "demo-account-token" << qint64(11) << 403 << "Only managers can read managed accounts.";
    QTest::newRow("404 not managed")
        << "demo-manager-token" << qint64(999) << 404 << "Account 999 not found.";
}

void TestBillingClient::httpStatusErrors()
{
    QFETCH(QString, token);
    QFETCH(qint64, accountId);
    QFETCH(int, status);
    QFETCH(QString, message);
    m_client->setToken(token);
    const auto result = run<UsageTotals>(
        [&](QObject *ctx, auto done) {
            return m_client->usageTotal(accountId ? std::optional<qint64>(accountId) : std::nullopt,
                                        {}, ctx, done);
        },
        this);
    QCOMPARE(result.error.kind, ApiError::Kind::HttpStatus);
    QCOMPARE(result.error.httpStatus, status);
    QCOMPARE(result.error.message, message);
    QCOMPARE(result.error.errorCodes, QList<int>{status});
    QVERIFY(result.error.userMessage().contains(message));
}

void TestBillingClient::loginGoodAndBad()
{
    const auto bad = run<LoginResult>(
        [&](QObject *ctx, auto done) {
            return m_client->login(QStringLiteral("demo-manager"), QStringLiteral("wrong"), ctx,
                                   done);
        },
        this);
    QCOMPARE(bad.error.kind, ApiError::Kind::HttpStatus);
    QCOMPARE(bad.error.httpStatus, 400);
    QCOMPARE(bad.error.message, QStringLiteral("Username and password do not match."));
    QCOMPARE(bad.error.errorCodes, QList<int>{602});
    QVERIFY(header(m_received.last(), "Authorization").isEmpty()); // no token on login

    const auto good = run<LoginResult>(
        [&](QObject *ctx, auto done) {
            return m_client->login(QStringLiteral("demo-user"), m_server->options().password, ctx,
                                   done);
        },
        this);
    QVERIFY2(good.isOk(), qPrintable(good.error.userMessage()));
    QCOMPARE(good.value.created.secsTo(good.value.expires), 24 * 3600);

    m_client->setToken(good.value.tokenKey);
    const auto who
        = run<WhoAmI>([&](QObject *ctx, auto done) { return m_client->whoAmI(ctx, done); }, this);
    QCOMPARE(who.value.username, MockApi::accountUsername());
    QCOMPARE(who.value.isManager, std::optional<bool>(false));
}

void TestBillingClient::invalidQueryIsNotSent()
{
    BillingQuery q;
    q.monthFrom = Month(2026, 5);
    q.monthTo = Month(2026, 2);
    const int before = m_server->requestCount();
    const auto result = run<UsagePage>(
        [&](QObject *ctx, auto done) { return m_client->usagePage({}, q, ctx, done); }, this);
    QCOMPARE(result.error.kind, ApiError::Kind::InvalidRequest);
    QVERIFY(result.error.message.contains(QStringLiteral("2026-05")));
    QCOMPARE(m_server->requestCount(), before);
}

void TestBillingClient::tokenThatWouldInjectHeadersIsNotSent_data()
{
    QTest::addColumn<QString>("token");
    QTest::addColumn<bool>("sent");
    QTest::newRow("a good token") << QStringLiteral("demo-manager-token") << true;
    QTest::newRow("CR LF and a header") << QStringLiteral("abc\r\nX-Injected: 1") << false;
    QTest::newRow("a smuggled request")
        << QStringLiteral("abc\r\n\r\nGET /smuggled HTTP/1.1\r\nHost: x") << false;
    QTest::newRow("LF alone") << QStringLiteral("abc\ndef") << false;
    QTest::newRow("a NUL") << QStringLiteral("abc") + QChar(0) + QStringLiteral("def") << false;
    QTest::newRow("a space inside") << QStringLiteral("abc def") << false;
    QTest::newRow("not ASCII") << QStringLiteral("abc\u00e9") << false;
}

void TestBillingClient::tokenThatWouldInjectHeadersIsNotSent()
{
    QFETCH(QString, token);
    QFETCH(bool, sent);
    QCOMPARE(BillingClient::checkToken(token).isOk(), sent);
    m_client->setToken(token);
    const int before = m_server->requestCount();
    const auto result = run<UsageTotals>(
        [&](QObject *ctx, auto done) { return m_client->usageTotal({}, {}, ctx, done); }, this);
    if (sent) {
        QVERIFY(result.isOk());
        return;
    }
    QCOMPARE(result.error.kind, ApiError::Kind::InvalidRequest);
    QVERIFY(result.error.message.contains(QStringLiteral("was not sent")));
    QVERIFY2(!result.error.userMessage().contains(QStringLiteral("abc")), "the token is quoted");
    QCOMPARE(m_server->requestCount(), before);
}

void TestBillingClient::cancelCompletesOnceAsCancelled()
{
    MockOptions slow = testOptions();
    slow.delayMs = 2000;
    MockHttpServer server(slow);
    QVERIFY(server.start().isOk());
    m_client->setBaseUrl(server.url());

    int calls = 0;
    ApiError error;
    const CallId id = m_client->usageTotal({}, {}, this, [&](const Result<UsageTotals> &r) {
        ++calls;
        error = r.error;
    });
    QTRY_COMPARE(server.requestCount(), 1);
    m_client->cancel(id);
    QCOMPARE(calls, 0); // never inside cancel()
    QTRY_COMPARE(calls, 1);
    QCOMPARE(error.kind, ApiError::Kind::Cancelled);
    QVERIFY(!error.isFailure());
    m_client->cancel(id); // a second cancel is harmless
    QTest::qWait(50);
    QCOMPARE(calls, 1);
    QCOMPARE(m_client->pendingCount(), 0);
}

void TestBillingClient::destroyedContextStopsCall()
{
    MockOptions slow = testOptions();
    slow.delayMs = 300;
    MockHttpServer server(slow);
    QVERIFY(server.start().isOk());
    m_client->setBaseUrl(server.url());

    auto *context = new QObject;
    int calls = 0;
    m_client->whoAmI(context, [&](const Result<WhoAmI> &) { ++calls; });
    QCOMPARE(m_client->pendingCount(), 1);
    delete context;
    QCOMPARE(m_client->pendingCount(), 0);
    QTest::qWait(500);
    QCOMPARE(calls, 0);
}

void TestBillingClient::destroyedClientCancelsCalls()
{
    TestHttpServer silent([](const QByteArray &) { return QByteArray(); });
    m_client->setBaseUrl(silent.url());
    int calls = 0;
    ApiError error;
    m_client->whoAmI(this, [&](const Result<WhoAmI> &r) {
        ++calls;
        error = r.error;
    });
    QTRY_COMPARE(silent.requests().size(), 1);
    m_client.reset();
    QTRY_COMPARE(calls, 1);
    QCOMPARE(error.kind, ApiError::Kind::Cancelled);
}

void TestBillingClient::transferTimeout()
{
    TestHttpServer silent([](const QByteArray &) { return QByteArray(); });
    m_client->setBaseUrl(silent.url());
    m_client->setRetryPolicy(RetryPolicy::never());
    m_client->setTransferTimeout(300ms);
    const auto result = run<UsagePage>(
        [&](QObject *ctx, auto done) { return m_client->usagePage({}, {}, ctx, done); }, this);
    QCOMPARE(result.error.kind, ApiError::Kind::Timeout);
    QCOMPARE(result.error.message, QStringLiteral("the server sent nothing for 300 ms"));
    QVERIFY(!result.error.userMessage().contains(QStringLiteral("canceled"), Qt::CaseInsensitive));
    QCOMPARE(silent.requests().size(), 1);
}

void TestBillingClient::overallDeadline()
{
    TestHttpServer silent([](const QByteArray &) { return QByteArray(); });
    m_client->setBaseUrl(silent.url());
    m_client->setRetryPolicy(RetryPolicy::never());
    m_client->setTransferTimeout(10s);
    m_client->setDeadline(250ms);
    const auto result
        = run<WhoAmI>([&](QObject *ctx, auto done) { return m_client->whoAmI(ctx, done); }, this);
    QCOMPARE(result.error.kind, ApiError::Kind::Timeout);
    QCOMPARE(result.error.message, QStringLiteral("the server sent nothing within 250 ms"));
}

void TestBillingClient::connectionRefused()
{
    quint16 closedPort = 0;
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        closedPort = probe.serverPort();
    }
    QUrl url(QStringLiteral("http://127.0.0.1"));
    url.setPort(closedPort);
    m_client->setBaseUrl(url);
    const auto result
        = run<WhoAmI>([&](QObject *ctx, auto done) { return m_client->whoAmI(ctx, done); }, this);
    QCOMPARE(result.error.kind, ApiError::Kind::Network);
    QVERIFY2(result.error.message.contains(QStringLiteral("refused"), Qt::CaseInsensitive),
             qPrintable(result.error.message));
}

void TestBillingClient::htmlAnswers()
{
    TestHttpServer proxy([](const QByteArray &head) {
        const QByteArray page = "<html><head><title>502 Bad Gateway</title></head></html>";
        const int status = head.contains("/whoami/") ? 502 : 200;
        return TestHttpServer::response(status, page, "text/html");
    });
    m_client->setBaseUrl(proxy.url());
    const auto gateway
        = run<WhoAmI>([&](QObject *ctx, auto done) { return m_client->whoAmI(ctx, done); }, this);
    QCOMPARE(gateway.error.kind, ApiError::Kind::HttpStatus);
    QCOMPARE(gateway.error.httpStatus, 502);
    QVERIFY2(gateway.error.message.contains(QStringLiteral("502 Bad Gateway")),
             qPrintable(gateway.error.message));

    const auto portal = run<UsagePage>(
        [&](QObject *ctx, auto done) { return m_client->usagePage({}, {}, ctx, done); }, this);
    QCOMPARE(portal.error.kind, ApiError::Kind::MalformedResponse);
    QCOMPARE(portal.error.endpoint, QStringLiteral("GET /v1/billing/usage/"));
}

void TestBillingClient::crossOriginRedirectNeverCarriesToken()
{
    TestHttpServer elsewhere([](const QByteArray &) {
        return TestHttpServer::response(200, R"({"username":"thief"})");
    });
    const QByteArray target = elsewhere.url().toEncoded() + "/v1/whoami/";
    TestHttpServer redirecting([target](const QByteArray &) {
        return TestHttpServer::response(302, "", "text/plain", {"Location: " + target});
    });
    m_client->setBaseUrl(redirecting.url());
    const auto result
        = run<WhoAmI>([&](QObject *ctx, auto done) { return m_client->whoAmI(ctx, done); }, this);
    QCOMPARE(result.error.kind, ApiError::Kind::HttpStatus);
    QCOMPARE(result.error.httpStatus, 302);
    QVERIFY2(result.error.message.contains(QStringLiteral("another origin")),
             qPrintable(result.error.message));
    // It names where the server wanted to send us, not the server itself.
    QVERIFY2(result.error.message.contains(QString::number(elsewhere.url().port())),
             qPrintable(result.error.message));
    QVERIFY2(!result.error.message.contains(QString::number(redirecting.url().port())),
             qPrintable(result.error.message));
    QCOMPARE(redirecting.requests().size(), 1);
    QVERIFY(redirecting.sawHeader("Authorization"));
    QTest::qWait(100);
    QCOMPARE(elsewhere.requests().size(), 0); // never contacted, so never saw the token
    QVERIFY(!elsewhere.sawHeader("Authorization"));
}

void TestBillingClient::sameOriginRedirectIsFollowed()
{
    TestHttpServer server([](const QByteArray &head) {
        if (head.startsWith("GET /v1/whoami/ "))
            return TestHttpServer::response(301, "", "text/plain", {"Location: /v1/whoami/me/"});
        return TestHttpServer::response(200, R"({"username":"moved"})");
    });
    m_client->setBaseUrl(server.url());
    const auto result
        = run<WhoAmI>([&](QObject *ctx, auto done) { return m_client->whoAmI(ctx, done); }, this);
    QVERIFY2(result.isOk(), qPrintable(result.error.userMessage()));
    QCOMPARE(result.value.username, QStringLiteral("moved"));
    QCOMPARE(server.requests().size(), 2);
    QVERIFY(server.requests().at(1).contains("Authorization: Token demo-manager-token"));
}

void TestBillingClient::plainHttpOnlyForLoopback_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("https public") << "https://iam.neuroio.com" << true;
    QTest::newRow("http public") << "http://iam.neuroio.com" << false;
    QTest::newRow("http private lan") << "http://192.168.1.20:8080" << false;
    QTest::newRow("http loopback v4") << "http://127.0.0.1:8080" << true;
    QTest::newRow("http loopback 127.0.0.2") << "http://127.0.0.2:8080" << true;
    QTest::newRow("http loopback v6") << "http://[::1]:8080" << true;
    QTest::newRow("http localhost") << "http://localhost:8080" << true;
    QTest::newRow("ftp") << "ftp://127.0.0.1" << false;
    QTest::newRow("no host") << "https://" << false;
}

void TestBillingClient::plainHttpOnlyForLoopback()
{
    QFETCH(QString, url);
    QFETCH(bool, accepted);
    const QUrl before = m_client->baseUrl();
    const ApiError problem = m_client->setBaseUrl(QUrl(url));
    QCOMPARE(problem.isOk(), accepted);
    QCOMPARE(m_client->baseUrl(), accepted ? QUrl(url) : before);
    if (!accepted)
        QCOMPARE(problem.kind, ApiError::Kind::InvalidInput);
    if (url == QLatin1String("http://iam.neuroio.com"))
        QVERIFY(problem.message.contains(QStringLiteral("unencrypted")));
}

void TestBillingClient::untrustedCertificateIsTlsError()
{
    // A self-signed certificate (a fixture; it protects nothing) must end the call: the
    // client never ignores TLS errors.
    QFile certFile(QStringLiteral(NEUROIO_FIXTURES "/selfsigned.crt"));
    QFile keyFile(QStringLiteral(NEUROIO_FIXTURES "/selfsigned.key"));
    QVERIFY(certFile.open(QIODevice::ReadOnly) && keyFile.open(QIODevice::ReadOnly));
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.setLocalCertificate(QSslCertificate(certFile.readAll()));
    config.setPrivateKey(QSslKey(keyFile.readAll(), QSsl::Rsa));
    QSslServer server;
    server.setSslConfiguration(config);
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    bool requestRead = false;
    connect(&server, &QSslServer::pendingConnectionAvailable, this, [&] {
        while (QTcpSocket *socket = server.nextPendingConnection()) {
            connect(socket, &QTcpSocket::readyRead, socket, [&requestRead] { requestRead = true; });
        }
    });

    QVERIFY(
        m_client->setBaseUrl(QUrl(QStringLiteral("https://127.0.0.1:%1").arg(server.serverPort())))
            .isOk());
    const auto result
        = run<WhoAmI>([&](QObject *ctx, auto done) { return m_client->whoAmI(ctx, done); }, this);
    QCOMPARE(result.error.kind, ApiError::Kind::Tls);
    QVERIFY2(
        result.error.message.contains(QStringLiteral("self signed"), Qt::CaseInsensitive)
            || result.error.message.contains(QStringLiteral("self-signed"), Qt::CaseInsensitive),
        qPrintable(result.error.message));
    QVERIFY(result.error.userMessage().startsWith(QStringLiteral("Secure connection failed")));
    QVERIFY(!requestRead); // no request, so no token, went over the untrusted connection
}

namespace {

const QByteArray kTotalsBody = R"({"results": [{"event_type": 1, "quantity": 42}]})";

// Answers the first `failures` requests with `failure`, and every later one with totals.
TestHttpServer::Script failFirst(int failures, QByteArray failure)
{
    auto seen = std::make_shared<int>(0);
    return [seen, failures, failure](const QByteArray &) {
        return (*seen)++ < failures ? failure : TestHttpServer::response(200, kTotalsBody);
    };
}

} // namespace

void TestBillingClient::passingFailuresAreTriedAgain_data()
{
    QTest::addColumn<QByteArray>("failure");
    const QByteArray problem = R"({"detail": "try later"})";
    QTest::newRow("429 with seconds")
        << TestHttpServer::response(429, problem, "application/json", {"Retry-After: 0"});
    QTest::newRow("429 without Retry-After") << TestHttpServer::response(429, problem);
    QTest::newRow("503") << TestHttpServer::response(503, problem);
    QTest::newRow("500") << TestHttpServer::response(500, problem);
    QTest::newRow("502 from a proxy")
        << TestHttpServer::response(502, "<html></html>", "text/html");
    QTest::newRow("504") << TestHttpServer::response(504, problem);
    QTest::newRow("408") << TestHttpServer::response(408, problem);
    QTest::newRow("closed with no answer") << TestHttpServer::closeWithoutAnswer();
}

void TestBillingClient::passingFailuresAreTriedAgain()
{
    QFETCH(QByteArray, failure);
    TestHttpServer flaky(failFirst(2, failure));
    m_client->setBaseUrl(flaky.url());
    QList<RetryNotice> notices;
    connect(m_client.get(), &BillingClient::retryScheduled, this,
            [&notices](const RetryNotice &n) { notices.append(n); });
    const auto result = run<UsageTotals>(
        [&](QObject *ctx, auto done) { return m_client->usageTotal({}, {}, ctx, done); }, this);
    QVERIFY2(result.isOk(), qPrintable(result.error.userMessage()));
    QCOMPARE(result.value.size(), 1);
    QCOMPARE(flaky.requests().size(), 3);
    // Qt itself sends a GET again, once, when a kept-alive connection closes before any
    // answer; then only one of the two failures reaches the client.
    const bool qtResent = failure == TestHttpServer::closeWithoutAnswer();
    QCOMPARE(notices.size(), qtResent ? 1 : 2);
    QCOMPARE(notices[0].nextTry, 2);
    QCOMPARE(notices.last().nextTry, notices.size() + 1);
    QCOMPARE(notices[0].maxTries, 5);
    QCOMPARE(notices[0].endpoint, QStringLiteral("GET /v1/billing/usage/total/"));
    QVERIFY(notices[0].failure.isFailure());
}

void TestBillingClient::finalAnswersAreNotTriedAgain_data()
{
    QTest::addColumn<QByteArray>("answer");
    QTest::addColumn<bool>("login");
    QTest::addColumn<int>("kind");
    const auto http = int(ApiError::Kind::HttpStatus);
    QTest::newRow("400") << TestHttpServer::response(400, R"({"detail": "bad"})") << false << http;
    QTest::newRow("401") << TestHttpServer::response(401, R"({"detail": "no"})") << false << http;
    QTest::newRow("404") << TestHttpServer::response(404, R"({"detail": "gone"})") << false << http;
    QTest::newRow("well-formed but wrong body")
        << TestHttpServer::response(200, R"({"results": {"a": 1}})") << false
        << int(ApiError::Kind::MalformedResponse);
    // A POST may have done its work before the answer was lost: never sent twice.
    QTest::newRow("503 on a POST") << TestHttpServer::response(
        503, R"({"detail": "busy"})", "application/json", {"Retry-After: 0"})
                                   << true << http;
}

// Closed months are told by the server's clock: a server two years behind ours keeps them open.
void TestBillingClient::serverClockFollowsItsDateHeader()
{
    QVERIFY(std::abs(m_client->serverNow().msecsTo(QDateTime::currentDateTimeUtc())) < 5000);
    TestHttpServer server([](const QByteArray &) {
        return TestHttpServer::response(200, R"({"results": []})", "application/json",
                                        {"Date: Wed, 06 Nov 2024 08:49:37 GMT"});
    });
    m_client->setBaseUrl(server.url());
    QVERIFY(
        run<UsageTotals>(
            [&](QObject *ctx, auto done) { return m_client->usageTotal({}, {}, ctx, done); }, this)
            .isOk());
    const QDateTime then(QDate(2024, 11, 6), QTime(8, 49, 37), Qt::UTC);
    QVERIFY(std::abs(m_client->serverNow().msecsTo(then)) < 5000);
}

void TestBillingClient::tokenFingerprintNamesServerAndToken()
{
    m_client->setToken(QStringLiteral("secret-one"));
    const QByteArray first = m_client->tokenFingerprint();
    QCOMPARE(first.size(), 64);
    QVERIFY(!first.contains("secret"));
    QCOMPARE(m_client->tokenFingerprint(), first);
    m_client->setToken(QStringLiteral("secret-two"));
    QVERIFY(m_client->tokenFingerprint() != first);
    m_client->setToken(QStringLiteral("secret-one"));
    QVERIFY(m_client->setBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:9"))).isOk());
    QVERIFY(m_client->tokenFingerprint() != first);
}

void TestBillingClient::finalAnswersAreNotTriedAgain()
{
    QFETCH(QByteArray, answer);
    QFETCH(bool, login);
    QFETCH(int, kind);
    TestHttpServer server([answer](const QByteArray &) { return answer; });
    m_client->setBaseUrl(server.url());
    QSignalSpy notices(m_client.get(), &BillingClient::retryScheduled);
    ApiError error;
    if (login) {
        error = run<LoginResult>(
                    [&](QObject *ctx, auto done) {
                        return m_client->login(QStringLiteral("u"), QStringLiteral("p"), ctx, done);
                    },
                    this)
                    .error;
    } else {
        error = run<UsageTotals>([&](QObject *ctx,
                                     auto done) { return m_client->usageTotal({}, {}, ctx, done); },
                                 this)
                    .error;
    }
    QCOMPARE(int(error.kind), kind);
    QCOMPARE(error.tries, 1);
    QCOMPARE(server.requests().size(), 1);
    QCOMPARE(notices.size(), 0);
    QVERIFY(!error.userMessage().contains(QStringLiteral("tries")));
}

void TestBillingClient::givesUpAfterMaxRetriesAndSaysSo()
{
    TestHttpServer broken([](const QByteArray &) {
        return TestHttpServer::response(500, R"({"detail": "database down"})");
    });
    m_client->setBaseUrl(broken.url());
    const auto result = run<UsagePage>(
        [&](QObject *ctx, auto done) { return m_client->usagePage({}, {}, ctx, done); }, this);
    QCOMPARE(result.error.kind, ApiError::Kind::HttpStatus);
    QCOMPARE(result.error.httpStatus, 500);
    QCOMPARE(result.error.tries, 5);
    QCOMPARE(broken.requests().size(), 5);
    QVERIFY2(result.error.userMessage().endsWith(QStringLiteral("Gave up after 5 tries.")),
             qPrintable(result.error.userMessage()));
    QVERIFY(result.error.plainMessage().contains(QStringLiteral("Gave up after 5 tries.")));

    RetryPolicy twice = m_client->retryPolicy();
    twice.maxRetries = 1;
    m_client->setRetryPolicy(twice);
    const auto again = run<UsagePage>(
        [&](QObject *ctx, auto done) { return m_client->usagePage({}, {}, ctx, done); }, this);
    QCOMPARE(again.error.tries, 2);
    QCOMPARE(broken.requests().size(), 7);
}

void TestBillingClient::retryAfterDateInThePastRetriesAtOnce()
{
    // The example date of RFC 9110, long past: the server's wait is over, so the next try goes
    // at once, and it counts as the server's word (not a backoff of ours).
    TestHttpServer limited(
        failFirst(1, TestHttpServer::response(429, R"({"detail": "slow down"})", "application/json",
                                              {"Retry-After: Wed, 21 Oct 2015 07:28:00 GMT"})));
    m_client->setBaseUrl(limited.url());
    QList<RetryNotice> notices;
    connect(m_client.get(), &BillingClient::retryScheduled, this,
            [&notices](const RetryNotice &n) { notices.append(n); });
    const auto result = run<UsageTotals>(
        [&](QObject *ctx, auto done) { return m_client->usageTotal({}, {}, ctx, done); }, this);
    QVERIFY2(result.isOk(), qPrintable(result.error.userMessage()));
    QCOMPARE(notices.size(), 1);
    QVERIFY(notices[0].serverAskedToWait);
    QVERIFY(notices[0].isRateLimited());
    QCOMPARE(notices[0].delay, 0ms);
    QCOMPARE(notices[0].shortMessage(0ms), QStringLiteral("Rate limited: retrying in 1 s"));
}

void TestBillingClient::retryAfterHoldsBackEveryRequest()
{
    // One answer asks for a second's rest: the request that got it, and one started during
    // the rest, both reach the server only after it.
    QElapsedTimer clock;
    clock.start();
    QList<qint64> arrivals;
    auto first = std::make_shared<bool>(true);
    TestHttpServer limited([&arrivals, &clock, first](const QByteArray &) {
        arrivals.append(clock.elapsed());
        if (std::exchange(*first, false))
            return TestHttpServer::response(429, R"({"detail": "slow down"})", "application/json",
                                            {"Retry-After: 1"});
        return TestHttpServer::response(200, kTotalsBody);
    });
    m_client->setBaseUrl(limited.url());
    int done = 0;
    CallId second = 0;
    connect(m_client.get(), &BillingClient::retryScheduled, this, [&](const RetryNotice &n) {
        QVERIFY(n.serverAskedToWait);
        QCOMPARE(n.delay, 1000ms);
        second = m_client->usageTotal({}, {}, this, [&](const Result<UsageTotals> &r) {
            QVERIFY(r.isOk());
            ++done;
        });
    });
    m_client->usageTotal({}, {}, this, [&](const Result<UsageTotals> &r) {
        QVERIFY(r.isOk());
        ++done;
    });
    QTRY_COMPARE_WITH_TIMEOUT(done, 2, 10000);
    QVERIFY(second != 0);
    QCOMPARE(arrivals.size(), 3);
    QVERIFY2(arrivals[1] - arrivals[0] >= 950, qPrintable(QString::number(arrivals[1])));
    QVERIFY2(arrivals[2] - arrivals[0] >= 950, qPrintable(QString::number(arrivals[2])));
}

void TestBillingClient::retryAfterLongerThanWeWaitFailsAtOnce()
{
    TestHttpServer limited([](const QByteArray &) {
        return TestHttpServer::response(429, R"({"detail": "come back tomorrow"})",
                                        "application/json", {"Retry-After: 86400"});
    });
    m_client->setBaseUrl(limited.url());
    QSignalSpy notices(m_client.get(), &BillingClient::retryScheduled);
    const auto result = run<UsageTotals>(
        [&](QObject *ctx, auto done) { return m_client->usageTotal({}, {}, ctx, done); }, this);
    QCOMPARE(result.error.httpStatus, 429);
    QCOMPARE(limited.requests().size(), 1);
    QCOMPARE(notices.size(), 0);
    QVERIFY2(result.error.message.contains(QStringLiteral("asked to wait 86400 s")),
             qPrintable(result.error.message));
    QVERIFY2(result.error.message.contains(QStringLiteral("longer than the 60 s")),
             qPrintable(result.error.message));
}

void TestBillingClient::cancelDuringTheWaitCompletesOnce()
{
    // The wait (1 s) is over long before the test ends: nothing may be sent after the cancel.
    TestHttpServer limited([](const QByteArray &) {
        return TestHttpServer::response(503, R"({"detail": "busy"})", "application/json",
                                        {"Retry-After: 1"});
    });
    m_client->setBaseUrl(limited.url());
    int calls = 0;
    ApiError error;
    CallId id = 0;
    connect(m_client.get(), &BillingClient::retryScheduled, this,
            [&](const RetryNotice &) { m_client->cancel(id); });
    id = m_client->usageTotal({}, {}, this, [&](const Result<UsageTotals> &r) {
        ++calls;
        error = r.error;
    });
    QTRY_COMPARE(calls, 1);
    QCOMPARE(error.kind, ApiError::Kind::Cancelled);
    QCOMPARE(m_client->pendingCount(), 0);
    QTest::qWait(1300);
    QCOMPARE(calls, 1);
    QCOMPARE(limited.requests().size(), 1);
}

void TestBillingClient::contextOrClientGoneDuringTheWait()
{
    TestHttpServer limited([](const QByteArray &) {
        return TestHttpServer::response(503, R"({"detail": "busy"})", "application/json",
                                        {"Retry-After: 1"});
    });
    m_client->setBaseUrl(limited.url());

    // The context goes: the call ends quietly, and nothing more is sent.
    auto *context = new QObject;
    int calls = 0;
    m_client->usageTotal({}, {}, context, [&](const Result<UsageTotals> &) { ++calls; });
    QSignalSpy waits(m_client.get(), &BillingClient::retryScheduled);
    QTRY_COMPARE(waits.size(), 1);
    delete context;
    QCOMPARE(m_client->pendingCount(), 0);
    QTest::qWait(1300);
    QCOMPARE(calls, 0);
    QCOMPARE(limited.requests().size(), 1);

    // The client goes: the call completes once, as cancelled.
    ApiError error;
    m_client->usageTotal({}, {}, this, [&](const Result<UsageTotals> &r) {
        ++calls;
        error = r.error;
    });
    QTRY_COMPARE(waits.size(), 2);
    m_client.reset();
    QTRY_COMPARE(calls, 1);
    QCOMPARE(error.kind, ApiError::Kind::Cancelled);
    QTest::qWait(1300);
    QCOMPARE(calls, 1);
    QCOMPARE(limited.requests().size(), 2);
}

void TestBillingClient::cutBodyIsTriedAgain()
{
    // The head promises 200 bytes, 20 arrive, the connection closes: not an answer to parse.
    QByteArray cut = TestHttpServer::response(200, kTotalsBody.left(20), "application/json",
                                              {"Connection: close"});
    cut.replace("Content-Length: 20", "Content-Length: 200");
    TestHttpServer flaky(failFirst(1, cut));
    m_client->setBaseUrl(flaky.url());
    QList<RetryNotice> notices;
    connect(m_client.get(), &BillingClient::retryScheduled, this,
            [&notices](const RetryNotice &n) { notices.append(n); });
    const auto result = run<UsageTotals>(
        [&](QObject *ctx, auto done) { return m_client->usageTotal({}, {}, ctx, done); }, this);
    QVERIFY2(result.isOk(), qPrintable(result.error.userMessage()));
    QCOMPARE(flaky.requests().size(), 2);
    // Our retry, not Qt's own resend: it was announced, saying why.
    QCOMPARE(notices.size(), 1);
    QVERIFY2(notices[0].message().contains(QStringLiteral("cut short: 20 of 200 bytes")),
             qPrintable(notices[0].message()));

    TestHttpServer alwaysCut([cut](const QByteArray &) { return cut; });
    m_client->setBaseUrl(alwaysCut.url());
    const auto failed = run<UsageTotals>(
        [&](QObject *ctx, auto done) { return m_client->usageTotal({}, {}, ctx, done); }, this);
    QCOMPARE(failed.error.kind, ApiError::Kind::Network);
    QCOMPARE(failed.error.tries, 5);
}

void TestBillingClient::slowAnswerIsNotCalledSilent()
{
    TestHttpServer trickle([](const QByteArray &) { return QByteArray(); });
    m_client->setBaseUrl(trickle.url());
    m_client->setTransferTimeout(2s);
    m_client->setDeadline(600ms);
    int calls = 0;
    ApiError error;
    m_client->usageTotal({}, {}, this, [&](const Result<UsageTotals> &r) {
        ++calls;
        error = r.error;
    });
    QTRY_COMPARE(trickle.requests().size(), 1);
    QVERIFY(trickle.sendPart(0, "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                                "Content-Length: 1000\r\n\r\n"));
    QTimer drip;
    connect(&drip, &QTimer::timeout, this, [&trickle] { trickle.sendPart(0, "{"); });
    drip.start(50);
    QTRY_COMPARE(calls, 1);
    QCOMPARE(error.kind, ApiError::Kind::Timeout);
    QVERIFY2(error.message.contains(QStringLiteral("arriving too slowly")),
             qPrintable(error.message));
    QVERIFY(!error.message.contains(QStringLiteral("sent nothing")));
    // Slow but moving is not tried again: a second try would be as slow.
    QCOMPARE(error.tries, 1);
    QCOMPARE(trickle.requests().size(), 1);
}

QTEST_GUILESS_MAIN(TestBillingClient)
#include "tst_billingclient.moc"
