#include "ui/session/sessioncontroller.h"

#include "core/api/session.h"
#include "ui/session/connectdialog.h"
#include "ui/session/tokenvault.h"

#include <QLocale>
#include <QSettings>
#include <QWidget>

namespace neuroio::ui {

namespace {

const QString kServer = QStringLiteral("connection/server");
const QString kUsername = QStringLiteral("connection/username");

} // namespace

SessionController::SessionController(Session *session, QWidget *dialogs)
    : QObject(dialogs)
    , m_session(session)
    , m_dialogs(dialogs)
    , m_vault(new TokenVault(this))
{
    connect(m_session, &Session::whoAmIChecked, this, &SessionController::onWhoAmI);
    connect(m_vault, &TokenVault::stored, this, [this](bool inKeychain, const QString &problem) {
        m_session->setTokenKeeping(inKeychain ? Session::TokenKeeping::Keychain
                                              : Session::TokenKeeping::SessionOnly);
        if (inKeychain || !m_sessionOnly.isEmpty())
            return;
        // Said once, calmly: nothing failed, the token just will not outlive this session.
        m_sessionOnly = tr("Token kept for this session only");
        emit sessionOnly(m_sessionOnly,
                         tr("No keychain answered (%1), so the token is kept in memory and "
                            "forgotten when NeuroIO Billing closes. It is never written to a "
                            "file.")
                             .arg(problem));
    });
}

void SessionController::connectTo(const QUrl &server, const QString &token,
                                  const QString &description, Remember remember)
{
    emit aboutToChange();
    if (const ApiError problem = m_session->open(server, token); !problem.isOk()) {
        emit openFailed(problem);
        return;
    }
    open(description, remember);
}

void SessionController::open(const QString &description, Remember remember)
{
    m_remember = remember;
    if (remember == Remember::SignInToo) {
        QSettings settings;
        settings.setValue(kServer, m_session->server().toString());
        settings.setValue(kUsername, m_session->username());
        m_vault->store(m_session->server(), m_session->token());
    }
    if (m_session->whoAmI()) {
        onWhoAmI(Result<WhoAmI>::success(*m_session->whoAmI())); // checked by the sign-in
    } else {
        m_signedIn = tr("Connecting…");
        emit signedInChanged(m_signedIn, QString());
        m_session->checkWhoAmI();
    }
    emit opened(description);
}

void SessionController::onWhoAmI(const Result<WhoAmI> &who)
{
    if (!who.isOk()) {
        m_signedIn = tr("Not signed in");
        emit signedInChanged(m_signedIn, who.error.userMessage());
        return;
    }
    QString role;
    if (who.value.isManager.value_or(false))
        role = tr("manager");
    else if (who.value.space)
        role = tr("space %1").arg(who.value.space->name);
    else if (who.value.accountId)
        role = tr("account %1").arg(*who.value.accountId);
    m_signedIn = role.isEmpty() ? tr("Signed in as %1").arg(who.value.username)
                                : tr("Signed in as %1 (%2)").arg(who.value.username, role);
    const QDateTime expires = m_session->tokenExpires();
    emit signedInChanged(
        m_signedIn, expires.isValid()
                        ? tr("The token expires %1")
                              .arg(QLocale().toString(expires.toLocalTime(), QLocale::ShortFormat))
                        : QString());
    emit whoAmIKnown(who.value);
}

void SessionController::askForConnection(const QString &message, const QString &username)
{
    if (m_connectDialog) {
        m_connectDialog->raise();
        return;
    }
    auto *dialog = new ConnectDialog(m_dialogs);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QUrl last(QSettings().value(kServer).toString());
    // A session that keeps nothing (the demo's local server on a port of the moment) is no
    // address to offer: the one saved from a real sign-in is, if any.
    if (m_session->isOpen() && m_remember != Remember::Nothing)
        dialog->setServer(m_session->server());
    else if (last.isValid() && !last.isEmpty())
        dialog->setServer(last);
    dialog->setUsername(username);
    dialog->setMessage(message);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        // Checked on its own session: only now does it replace the live one.
        emit aboutToChange();
        m_session->adopt(dialog->signedIn());
        open(dialog->server().host(), Remember::SignInToo);
        const QDateTime expires = m_session->tokenExpires();
        if (expires.isValid()) {
            emit statusMessage(
                tr("Signed in as %1. This token expires %2.")
                    .arg(m_session->username(),
                         QLocale().toString(expires.toLocalTime(), QLocale::LongFormat)),
                15000);
        }
    });
    m_connectDialog = dialog;
    dialog->open();
}

void SessionController::onTokenRefused(const ApiError &error)
{
    if (m_session->username().isEmpty())
        return; // a token typed in: the banner offers to enter another
    // A password sign-in whose token expired or was revoked: sign in again.
    askForConnection(tr("The server refused the token (%1). Sign in again.").arg(error.message),
                     m_session->username());
}

void SessionController::restoreSavedConnection(Remember remember)
{
    const QUrl server(QSettings().value(kServer).toString());
    if (server.isEmpty() || !BillingClient::checkUrl(server).isOk()) {
        emit closed();
        return;
    }
    const QString username = QSettings().value(kUsername).toString();
    auto connection = std::make_shared<QMetaObject::Connection>();
    *connection = connect(m_vault, &TokenVault::loaded, this,
                          [this, server, username, remember, connection](const QString &token) {
                              disconnect(*connection);
                              if (token.isEmpty()) {
                                  emit closed();
                                  return;
                              }
                              emit aboutToChange();
                              if (m_session->open(server, token, username).isOk())
                                  open(server.host(), remember);
                          });
    m_vault->load(server);
}

void SessionController::disconnectFromServer()
{
    emit aboutToChange();
    m_session->close();
    m_remember = Remember::Nothing;
    m_signedIn.clear();
    emit signedInChanged(QString(), QString());
    emit closed();
}

void SessionController::forgetSavedToken()
{
    if (m_session->isOpen())
        m_vault->forget(m_session->server());
    QSettings().remove(kUsername);
    disconnectFromServer();
    emit statusMessage(tr("The saved token was removed from the keychain."), 8000);
}

} // namespace neuroio::ui
