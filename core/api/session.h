#pragma once

#include "core/api/billingclient.h"
#include "core/api/whoami.h"

#include <QDateTime>
#include <QObject>
#include <QUrl>

#include <optional>

namespace neuroio {

// One connection to a NeuroIO server: the server, the token, who the token belongs to
// (whoami) and where the token is kept. It owns the application's BillingClient and is the
// only thing that hands it, configured, to the rest (the dashboard, exports, reports): nothing
// else sets a server or a token on it.
class Session final : public QObject
{
    Q_OBJECT

public:
    // Where the token is kept beyond this session: nowhere (a demo, a token from the
    // environment, no keychain answering) or in the system keychain.
    enum class TokenKeeping { SessionOnly, Keychain };
    Q_ENUM(TokenKeeping)

    explicit Session(QObject *parent = nullptr);
    ~Session() override;

    BillingClient *client() const { return m_client; }
    bool isOpen() const { return m_open; }
    QUrl server() const { return m_client->baseUrl(); }
    // For the keychain only; never shown or logged.
    QString token() const { return m_token; }
    // After a password sign-in: whom to sign in again as, and when the token expires.
    QString username() const { return m_username; }
    QDateTime tokenExpires() const { return m_expires; }
    const std::optional<WhoAmI> &whoAmI() const { return m_whoAmI; }
    TokenKeeping tokenKeeping() const { return m_keeping; }
    void setTokenKeeping(TokenKeeping keeping) { m_keeping = keeping; }

    // Points the session at server with token. What was running for the old connection is
    // cancelled, and whoami is forgotten until checkWhoAmI() answers. An unsafe server is
    // refused and nothing changes.
    ApiError open(const QUrl &server, const QString &token, const QString &username = {},
                  const QDateTime &expires = {});
    // Asks the server who the token is; whoAmIChecked() follows once, unless the session is
    // opened again or closed first.
    void checkWhoAmI();
    // Takes over a checked candidate's server, token, user and whoami in one step.
    void adopt(const Session &candidate);
    // Cancels everything and forgets the token.
    void close();

signals:
    void whoAmIChecked(const neuroio::Result<neuroio::WhoAmI> &who);

private:
    BillingClient *m_client;
    bool m_open = false;
    QString m_token;
    QString m_username;
    QDateTime m_expires;
    std::optional<WhoAmI> m_whoAmI;
    TokenKeeping m_keeping = TokenKeeping::SessionOnly;
    CallId m_whoAmICall = 0;
};

} // namespace neuroio

Q_DECLARE_METATYPE(neuroio::Result<neuroio::WhoAmI>)
