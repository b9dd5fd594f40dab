#include "core/api/signin.h"

namespace neuroio {

SignIn::SignIn(QObject *parent)
    : QObject(parent)
{}

SignIn::~SignIn() = default;

bool SignIn::begin(const QUrl &server, const QString &token)
{
    cancel();
    // A new candidate each time: a late answer for an earlier try has nowhere to land.
    m_candidate = std::make_unique<Session>();
    connect(m_candidate.get(), &Session::whoAmIChecked, this,
            [this](const Result<WhoAmI> &who) { finish(who.error); });
    m_running = true;
    if (const ApiError problem = m_candidate->open(server, token); !problem.isOk()) {
        finish(problem);
        return false;
    }
    return true;
}

void SignIn::withToken(const QUrl &server, const QString &token)
{
    if (begin(server, token))
        m_candidate->checkWhoAmI();
}

void SignIn::withPassword(const QUrl &server, const QString &username, const QString &password)
{
    if (!begin(server, QString()))
        return;
    Session *candidate = m_candidate.get();
    m_loginCall = candidate->client()->login(
        username, password, candidate,
        [this, candidate, server, username](const Result<LoginResult> &login) {
            m_loginCall = 0;
            if (!login.isOk()) {
                finish(login.error);
                return;
            }
            candidate->open(server, login.value.tokenKey, username, login.value.expires);
            candidate->checkWhoAmI();
        });
}

void SignIn::cancel()
{
    if (!m_running)
        return;
    finish(ApiError::cancelled(BillingClient::endpoint("POST", QStringLiteral("/v1/auth/token/"))));
}

void SignIn::finish(const ApiError &error)
{
    if (!m_running)
        return;
    m_running = false;
    if (!error.isOk() && m_candidate) {
        m_candidate->disconnect(this);
        m_candidate->close(); // a failed candidate keeps nothing, and sends nothing more
    }
    emit finished(error);
}

} // namespace neuroio
