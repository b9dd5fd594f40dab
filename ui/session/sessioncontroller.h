#pragma once

#include "core/api/apierror.h"
#include "core/api/result.h"
#include "core/api/whoami.h"
#include "ui/session/remember.h"

#include <QObject>
#include <QPointer>
#include <QUrl>

class QWidget;

namespace neuroio {
class Session;
}

namespace neuroio::ui {

class ConnectDialog;
class TokenVault;

// The connection side of the window: the live session, signing in through the Connect
// dialog (a candidate session is checked before it replaces the live one), the token in the
// keychain, the server used last time, disconnecting, and who is signed in. It shows no
// dashboard itself: opened() and closed() say when there is one to show.
class SessionController final : public QObject
{
    Q_OBJECT

public:
    // dialogs: the window they belong to.
    SessionController(Session *session, QWidget *dialogs);

    Session *session() const { return m_session; }
    Remember remember() const { return m_remember; }

    // Opens the live session at once: a demo, a token from the environment, the saved one.
    void connectTo(const QUrl &server, const QString &token, const QString &description,
                   Remember remember = Remember::Filters);
    // At start: the server used last time and its token from the keychain, if both are
    // there; otherwise closed().
    void restoreSavedConnection(Remember remember = Remember::Filters);
    // The Connect dialog (open, not blocking); message says why it came back.
    void askForConnection(const QString &message = QString(), const QString &username = QString());
    void disconnectFromServer();
    void forgetSavedToken();
    // The token was refused (401). A token from a password sign-in is signed in again with
    // the username filled in; a token typed in is left to the banner's "enter another".
    void onTokenRefused(const ApiError &error);

    QString signedInText() const { return m_signedIn; }
    QString sessionOnlyNotice() const { return m_sessionOnly; }

signals:
    // The live session is about to change: whatever the old one showed can still be kept.
    void aboutToChange();
    // A session is open (description names it: "demo data on http://127.0.0.1:41234").
    void opened(const QString &description);
    // A server that may not carry a token (plain http elsewhere): nothing was opened.
    void openFailed(const neuroio::ApiError &error);
    void closed();
    void signedInChanged(const QString &text, const QString &toolTip);
    // whoami's word on the token; isManager is empty when it does not say.
    void whoAmIKnown(const neuroio::WhoAmI &who);
    // No keychain answered: the token lives in memory for this session only.
    void sessionOnly(const QString &text, const QString &toolTip);
    void statusMessage(const QString &text, int timeoutMs);

private:
    void open(const QString &description, Remember remember);
    void onWhoAmI(const Result<WhoAmI> &who);

    Session *m_session;
    QWidget *m_dialogs;
    TokenVault *m_vault;
    QPointer<ConnectDialog> m_connectDialog;
    Remember m_remember = Remember::Nothing;
    QString m_signedIn;
    QString m_sessionOnly;
};

} // namespace neuroio::ui
