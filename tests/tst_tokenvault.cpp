#include "ui/session/tokenvault.h"

#include <QSignalSpy>
#include <QTest>

using neuroio::ui::TokenVault;

// Without arguments: no D-Bus, so the token must fall back to this session's memory.
// With "keychain" (run by CTest under dbus-run-session with an unlocked gnome-keyring): a real
// Secret Service round trip.
class TestTokenVault final : public QObject
{
    Q_OBJECT

public:
    explicit TestTokenVault(bool keychain)
        : m_keychain(keychain)
    {}

private slots:
    void roundTrip();

private:
    bool m_keychain;
};

void TestTokenVault::roundTrip()
{
    const QUrl server(QStringLiteral("https://iam.example.test"));
    const QString token = QStringLiteral("tok-%1").arg(QDateTime::currentMSecsSinceEpoch());
    {
        TokenVault vault;
        QSignalSpy stored(&vault, &TokenVault::stored);
        vault.store(server, token);
        QVERIFY(stored.wait(TokenVault::kTimeoutMs + 2000));
        QCOMPARE(stored.first().at(0).toBool(), m_keychain);
        QCOMPARE(vault.isSessionOnly(), !m_keychain);
        if (!m_keychain)
            QVERIFY(!vault.lastProblem().isEmpty()); // the window says why, once

        QSignalSpy loaded(&vault, &TokenVault::loaded);
        vault.load(server);
        QVERIFY(loaded.size() == 1 || loaded.wait(TokenVault::kTimeoutMs + 2000));
        QCOMPARE(loaded.first().first().toString(), token);
    }
    if (m_keychain) {
        // A new vault (a new run of the app) finds it in the keychain.
        TokenVault vault;
        QSignalSpy loaded(&vault, &TokenVault::loaded);
        vault.load(server);
        QVERIFY(loaded.wait(TokenVault::kTimeoutMs + 2000));
        QCOMPARE(loaded.first().first().toString(), token);
        QSignalSpy forgotten(&vault, &TokenVault::forgotten);
        vault.forget(server);
        QVERIFY(forgotten.wait(TokenVault::kTimeoutMs + 2000));
        vault.load(server);
        QVERIFY(loaded.wait(TokenVault::kTimeoutMs + 2000));
        QCOMPARE(loaded.last().first().toString(), QString());
    } else {
        TokenVault vault;
        QSignalSpy loaded(&vault, &TokenVault::loaded);
        vault.load(server);
        QVERIFY(loaded.size() == 1 || loaded.wait(TokenVault::kTimeoutMs + 2000));
        QCOMPARE(loaded.first().first().toString(), QString()); // memory only: gone
    }
}

int main(int argc, char *argv[])
{
    const bool keychain = argc > 1 && QByteArray(argv[1]) == "keychain";
    if (!keychain)
        // A bus that is not there, so no default (XDG_RUNTIME_DIR/bus) is found either.
        qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/neuroio-test-bus");
    QCoreApplication app(argc, argv);
    TestTokenVault test(keychain);
    QStringList args = app.arguments();
    if (keychain)
        args.removeAt(1);
    return QTest::qExec(&test, args);
}

#include "tst_tokenvault.moc"
