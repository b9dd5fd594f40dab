#include "core/api/session.h"
#include "core/api/signin.h"
#include "mockserver/mockhttpserver.h"

#include <QSignalSpy>
#include <QTest>

using namespace neuroio;
using namespace neuroio::mock;

namespace {

MockOptions options(int delayMs = 0)
{
    MockOptions o;
    o.lastMonth = Month(2026, 10);
    o.delayMs = delayMs;
    return o;
}

// Every request a server receives while the log lives.
class RequestLog final
{
public:
    explicit RequestLog(MockHttpServer &server)
        : m_connection(QObject::connect(&server, &MockHttpServer::requestReceived,
                                        [this](const MockRequest &r) { requests.append(r); }))
    {}
    ~RequestLog() { QObject::disconnect(m_connection); }
    RequestLog(const RequestLog &) = delete;
    RequestLog &operator=(const RequestLog &) = delete;

    QList<MockRequest> requests;

private:
    QMetaObject::Connection m_connection;
};

} // namespace

class TestSession final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void openRefusesAnUnsafeServer();
    void whoAmIAnswersOnce();
    void signInWithATokenThenAdopt();
    void failedSignInLeavesTheLiveSessionAlone();
    void signInWithAPassword_data();
    void signInWithAPassword();
    void cancelledSignInEndsOnce();

private:
    std::unique_ptr<MockHttpServer> m_live;
    std::unique_ptr<MockHttpServer> m_other;
};

void TestSession::initTestCase()
{
    m_live = std::make_unique<MockHttpServer>(options());
    QVERIFY(m_live->start().isOk());
    MockOptions other = options();
    other.managerToken = QStringLiteral("other-manager-token");
    other.token = QStringLiteral("other-account-token");
    m_other = std::make_unique<MockHttpServer>(other);
    QVERIFY(m_other->start().isOk());
}

void TestSession::openRefusesAnUnsafeServer()
{
    Session session;
    const QUrl before = session.server();
    const ApiError refused
        = session.open(QUrl(QStringLiteral("http://iam.example.com")), QStringLiteral("t"));
    QCOMPARE(refused.kind, ApiError::Kind::InvalidInput);
    QVERIFY(!session.isOpen());
    QCOMPARE(session.server(), before);
    QVERIFY(session.token().isEmpty());
}

void TestSession::whoAmIAnswersOnce()
{
    Session session;
    QVERIFY(session.open(m_live->url(), m_live->options().managerToken).isOk());
    QSignalSpy checked(&session, &Session::whoAmIChecked);
    session.checkWhoAmI();
    session.checkWhoAmI(); // the first is dropped: one answer, for the last question
    QTRY_COMPARE(checked.size(), 1);
    QTest::qWait(100);
    QCOMPARE(checked.size(), 1);
    QVERIFY(session.whoAmI());
    QCOMPARE(session.whoAmI()->username, MockApi::managerUsername());
    QCOMPARE(session.whoAmI()->isManager, std::optional<bool>(true));

    // Opened again: whoami is forgotten until asked, and a late answer never lands.
    session.checkWhoAmI();
    QVERIFY(session.open(m_live->url(), m_live->options().token).isOk());
    QVERIFY(!session.whoAmI());
    QTest::qWait(200);
    QCOMPARE(checked.size(), 1);
}

void TestSession::signInWithATokenThenAdopt()
{
    Session live;
    QVERIFY(live.open(m_live->url(), m_live->options().managerToken).isOk());
    SignIn signIn;
    QSignalSpy finished(&signIn, &SignIn::finished);
    signIn.withToken(m_other->url(), m_other->options().managerToken);
    QTRY_COMPARE(finished.size(), 1);
    QVERIFY(finished.first().first().value<ApiError>().isOk());
    QCOMPARE(live.server(), m_live->url()); // nothing changes until the window adopts it

    live.adopt(signIn.candidate());
    QCOMPARE(live.server(), m_other->url());
    QCOMPARE(live.token(), m_other->options().managerToken);
    QCOMPARE(live.whoAmI()->username, MockApi::managerUsername());
    bool answered = false;
    live.client()->usageTotal({}, {}, this, [&](const Result<UsageTotals> &r) {
        QVERIFY(r.isOk());
        answered = true;
    });
    QTRY_VERIFY(answered);
}

void TestSession::failedSignInLeavesTheLiveSessionAlone()
{
    Session live;
    QVERIFY(live.open(m_live->url(), m_live->options().managerToken).isOk());
    const RequestLog toOther(*m_other);
    const RequestLog toLive(*m_live);

    SignIn signIn;
    QSignalSpy finished(&signIn, &SignIn::finished);
    signIn.withToken(m_other->url(), QStringLiteral("wrong-token"));
    QTRY_COMPARE(finished.size(), 1);
    const ApiError error = finished.first().first().value<ApiError>();
    QVERIFY(error.isUnauthorized());

    // The live session is as it was, and still works.
    QCOMPARE(live.server(), m_live->url());
    QCOMPARE(live.token(), m_live->options().managerToken);
    bool answered = false;
    live.client()->usageTotal({}, {}, this, [&](const Result<UsageTotals> &r) {
        QVERIFY(r.isOk());
        answered = true;
    });
    QTRY_VERIFY(answered);
    // The new server saw only the candidate's token; the live one saw only its own.
    QVERIFY(!toOther.requests.isEmpty());
    for (const MockRequest &r : toOther.requests)
        QCOMPARE(r.authorization, QByteArray("Token wrong-token"));
    for (const MockRequest &r : toLive.requests)
        QCOMPARE(r.authorization, "Token " + m_live->options().managerToken.toUtf8());
}

void TestSession::signInWithAPassword_data()
{
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("problem"); // empty: signs in
    QTest::newRow("right") << QString() << QString();
    QTest::newRow("wrong") << "not the password"
                           << "Username and password do not match.";
}

void TestSession::signInWithAPassword()
{
    QFETCH(QString, password);
    QFETCH(QString, problem);
    if (password.isEmpty())
        password = m_live->options().password;
    const RequestLog log(*m_live);
    const QList<MockRequest> &requests = log.requests;
    SignIn signIn;
    QSignalSpy finished(&signIn, &SignIn::finished);
    signIn.withPassword(m_live->url(), MockApi::managerUsername(), password);
    QTRY_COMPARE(finished.size(), 1);
    const ApiError error = finished.first().first().value<ApiError>();
    QVERIFY(!requests.isEmpty());
    QVERIFY(requests.first().authorization.isEmpty()); // the login itself carries no token
    if (problem.isEmpty()) {
        QVERIFY2(error.isOk(), qPrintable(error.userMessage()));
        QCOMPARE(signIn.candidate().username(), MockApi::managerUsername());
        QVERIFY(!signIn.candidate().token().isEmpty());
        QVERIFY(signIn.candidate().tokenExpires().isValid()); // a temporary token
        QCOMPARE(signIn.candidate().whoAmI()->username, MockApi::managerUsername());
    } else {
        QCOMPARE(error.message, problem);
        QCOMPARE(requests.size(), 1); // no whoami without a token
    }
}

void TestSession::cancelledSignInEndsOnce()
{
    MockHttpServer slow(options(2000));
    QVERIFY(slow.start().isOk());
    SignIn signIn;
    QSignalSpy finished(&signIn, &SignIn::finished);
    signIn.withToken(slow.url(), slow.options().managerToken);
    QVERIFY(signIn.isRunning());
    signIn.cancel();
    QCOMPARE(finished.size(), 1);
    QVERIFY(finished.first().first().value<ApiError>().isCancelled());
    QTest::qWait(2500);
    QCOMPARE(finished.size(), 1);
}

QTEST_GUILESS_MAIN(TestSession)
#include "tst_session.moc"
