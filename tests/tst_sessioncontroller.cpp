#include "core/api/session.h"
#include "tests/mockdata.h"
#include "ui/session/connectdialog.h"
#include "ui/session/sessioncontroller.h"

#include <QDialogButtonBox>
#include <QLineEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QWidget>

using namespace neuroio;
using namespace neuroio::mock;
using namespace neuroio::testing;
using namespace neuroio::ui;

class TestSessionController final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void signInWithPasswordAndExpiry();
    void wrongTokenWhileTheDemoShows();
    void unsafeServerOpensNothing();
    void disconnectCloses();

private:
    ConnectDialog *openDialog();
    static QLineEdit *field(ConnectDialog *dialog, const QString &name);
    static void accept(ConnectDialog *dialog);

    std::unique_ptr<QWidget> m_window;
    std::unique_ptr<Session> m_session;
    SessionController *m_controller = nullptr;
};

void TestSessionController::initTestCase()
{
    // Settings go to a test folder, never the user's own; and with no D-Bus the keychain is
    // absent, so tokens stay in memory.
    QStandardPaths::setTestModeEnabled(true);
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/neuroio-test-bus");
}

void TestSessionController::init()
{
    QSettings().remove(QStringLiteral("connection"));
    m_window = std::make_unique<QWidget>();
    m_session = std::make_unique<Session>();
    m_controller = new SessionController(m_session.get(), m_window.get());
    m_window->show();
}

void TestSessionController::cleanup()
{
    m_window.reset();
    m_session.reset();
}

ConnectDialog *TestSessionController::openDialog()
{
    m_controller->askForConnection();
    return m_window->findChild<ConnectDialog *>();
}

QLineEdit *TestSessionController::field(ConnectDialog *dialog, const QString &name)
{
    for (QLineEdit *edit : dialog->findChildren<QLineEdit *>()) {
        if (edit->accessibleName() == name)
            return edit;
    }
    return nullptr;
}

void TestSessionController::accept(ConnectDialog *dialog)
{
    QMetaObject::invokeMethod(dialog->findChild<QDialogButtonBox *>(), "accepted");
}

void TestSessionController::signInWithPasswordAndExpiry()
{
    MockHttpServer server(mockOptions());
    QVERIFY(server.start().isOk());
    QSignalSpy opened(m_controller, &SessionController::opened);
    QSignalSpy sessionOnly(m_controller, &SessionController::sessionOnly);
    ConnectDialog *dialog = openDialog();
    QVERIFY(dialog);
    dialog->setServer(server.url());
    dialog->usePassword(true);
    field(dialog, QStringLiteral("Username"))->setText(MockApi::managerUsername());
    field(dialog, QStringLiteral("Password"))->setText(QStringLiteral("not the password"));
    accept(dialog);
    QTRY_COMPARE(dialog->problemText(), QStringLiteral("Username and password do not match."));
    QVERIFY(dialog->isVisible()); // still open, to try again
    QVERIFY(opened.isEmpty());
    QVERIFY(!m_session->isOpen());

    field(dialog, QStringLiteral("Password"))->setText(server.options().password);
    accept(dialog);
    QTRY_COMPARE(opened.size(), 1);
    QCOMPARE(m_session->server(), server.url());
    QCOMPARE(m_session->username(), MockApi::managerUsername());
    QVERIFY(m_session->tokenExpires().isValid());
    QCOMPARE(m_controller->signedInText(), QStringLiteral("Signed in as demo-manager (manager)"));
    // No keychain here: the token stays in memory, and the controller says so once.
    QTRY_COMPARE(sessionOnly.size(), 1);
    QCOMPARE(m_controller->sessionOnlyNotice(), QStringLiteral("Token kept for this session only"));
    QCOMPARE(m_session->tokenKeeping(), Session::TokenKeeping::SessionOnly);
    // Remembered for signing in again: the server and the username, never the token.
    QSettings settings;
    QCOMPARE(settings.value(QStringLiteral("connection/server")).toString(),
             server.url().toString());
    QCOMPARE(settings.value(QStringLiteral("connection/username")).toString(),
             MockApi::managerUsername());
    for (const QString &key : settings.allKeys()) {
        QVERIFY2(!settings.value(key).toString().contains(m_session->token()), qPrintable(key));
    }

    // The temporary token expires: a 401 brings the dialog back, the username filled in.
    server.api().expireIssuedTokens();
    ApiError refused;
    refused.kind = ApiError::Kind::HttpStatus;
    refused.httpStatus = 401;
    refused.message = QStringLiteral("Invalid token.");
    m_controller->onTokenRefused(refused);
    QTRY_VERIFY(m_window->findChild<ConnectDialog *>());
    auto *again = m_window->findChild<ConnectDialog *>();
    QTRY_VERIFY(again->isVisible());
    QCOMPARE(again->username(), MockApi::managerUsername());
    again->reject();
}

void TestSessionController::wrongTokenWhileTheDemoShows()
{
    MockHttpServer demo(mockOptions());
    QVERIFY(demo.start().isOk());
    MockOptions otherOptions = mockOptions();
    otherOptions.managerToken = QStringLiteral("other-manager-token");
    otherOptions.token = QStringLiteral("other-account-token");
    MockHttpServer other(otherOptions);
    QVERIFY(other.start().isOk());
    QList<MockRequest> toOther;
    connect(&other, &MockHttpServer::requestReceived, this,
            [&toOther](const MockRequest &r) { toOther.append(r); });

    m_controller->connectTo(demo.url(), demo.options().managerToken, QStringLiteral("demo"),
                            Remember::Nothing);
    QTRY_COMPARE(m_controller->signedInText(),
                 QStringLiteral("Signed in as demo-manager (manager)"));
    QSignalSpy opened(m_controller, &SessionController::opened);
    QSignalSpy aboutToChange(m_controller, &SessionController::aboutToChange);

    ConnectDialog *dialog = openDialog();
    // The demo's address of the moment is not offered as the server to sign in to.
    QVERIFY2(dialog->server() != demo.url(), qPrintable(dialog->server().toString()));
    dialog->setServer(other.url());
    field(dialog, QStringLiteral("API token"))->setText(QStringLiteral("wrong-token"));
    accept(dialog);
    QTRY_COMPARE(dialog->problemText(), QStringLiteral("Invalid token."));
    QVERIFY(dialog->isVisible()); // open, with the reason

    // The demo session goes on, untouched.
    QVERIFY(opened.isEmpty());
    QVERIFY(aboutToChange.isEmpty());
    QCOMPARE(m_session->server(), demo.url());
    QCOMPARE(m_session->token(), demo.options().managerToken);
    bool answered = false;
    m_session->client()->usageTotal({}, {}, this, [&](const Result<UsageTotals> &r) {
        QVERIFY(r.isOk());
        answered = true;
    });
    QTRY_VERIFY(answered);
    // Nothing reached the new server with the demo's token.
    QVERIFY(!toOther.isEmpty());
    for (const MockRequest &r : toOther)
        QCOMPARE(r.authorization, QByteArray("Token wrong-token"));

    // Cancelling leaves it as it was too.
    dialog->reject();
    QCOMPARE(m_session->server(), demo.url());
    QCOMPARE(m_session->token(), demo.options().managerToken);
}

void TestSessionController::unsafeServerOpensNothing()
{
    QSignalSpy failed(m_controller, &SessionController::openFailed);
    QSignalSpy opened(m_controller, &SessionController::opened);
    m_controller->connectTo(QUrl(QStringLiteral("http://iam.example.com")), QStringLiteral("t"),
                            QStringLiteral("x"));
    QCOMPARE(failed.size(), 1);
    QVERIFY(
        failed.first().first().value<ApiError>().message.contains(QStringLiteral("unencrypted")));
    QVERIFY(opened.isEmpty());
    QVERIFY(!m_session->isOpen());
}

void TestSessionController::disconnectCloses()
{
    MockHttpServer server(mockOptions());
    QVERIFY(server.start().isOk());
    m_controller->connectTo(server.url(), server.options().managerToken, QStringLiteral("x"));
    QVERIFY(m_session->isOpen());
    QSignalSpy closed(m_controller, &SessionController::closed);
    m_controller->disconnectFromServer();
    QCOMPARE(closed.size(), 1);
    QVERIFY(!m_session->isOpen());
    QVERIFY(m_session->token().isEmpty());
    QCOMPARE(m_controller->remember(), Remember::Nothing);
}

QTEST_MAIN(TestSessionController)
#include "tst_sessioncontroller.moc"
