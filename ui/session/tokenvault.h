#pragma once

#include <QObject>
#include <QString>
#include <QUrl>

namespace neuroio::ui {

// Keeps the API token of a server in the system keychain (Secret Service or KWallet, through
// QtKeychain) and nowhere else: never QSettings, a file or a log. QtKeychain's insecure
// fallback stays off. When no keychain answers (no D-Bus, no Secret Service, or no answer in
// a few seconds), the token lives in memory for this session only, and sessionOnly() says so.
class TokenVault final : public QObject
{
    Q_OBJECT

public:
    static constexpr int kTimeoutMs = 5000;

    explicit TokenVault(QObject *parent = nullptr);

    static QString serviceName();
    bool isSessionOnly() const { return m_sessionOnly; }
    QString lastProblem() const { return m_problem; }

    void store(const QUrl &server, const QString &token);
    void load(const QUrl &server);
    void forget(const QUrl &server);

signals:
    // inKeychain false: kept in memory only, problem says why.
    void stored(bool inKeychain, const QString &problem);
    // An empty token: none saved (or the keychain is not there).
    void loaded(const QString &token);
    void forgotten();

private:
    static QString keyFor(const QUrl &server);
    void fallBack(const QString &problem);

    bool m_sessionOnly = false;
    QString m_problem;
    QString m_sessionKey;
    QString m_sessionToken;
};

} // namespace neuroio::ui
