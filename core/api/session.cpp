#include "core/api/session.h"

namespace neuroio {

Session::Session(QObject *parent)
    : QObject(parent)
    , m_client(new BillingClient(this))
{}

Session::~Session()
{
    m_client->cancel(m_whoAmICall);
}

ApiError Session::open(const QUrl &server, const QString &token, const QString &username,
                       const QDateTime &expires)
{
    if (ApiError problem = BillingClient::checkUrl(server); !problem.isOk())
        return problem;
    if (ApiError problem = BillingClient::checkToken(token); !problem.isOk())
        return problem;
    m_client->cancelAll();
    m_client->setBaseUrl(server);
    m_client->setToken(token);
    m_open = true;
    m_token = token;
    m_username = username;
    m_expires = expires;
    m_whoAmI.reset();
    m_whoAmICall = 0;
    return {};
}

void Session::checkWhoAmI()
{
    m_client->cancel(m_whoAmICall);
    auto call = std::make_shared<CallId>(0);
    *call = m_whoAmICall = m_client->whoAmI(this, [this, call](const Result<WhoAmI> &who) {
        if (*call != m_whoAmICall)
            return; // an answer for a connection this session no longer has
        m_whoAmICall = 0;
        if (who.isOk())
            m_whoAmI = who.value;
        emit whoAmIChecked(who);
    });
}

void Session::adopt(const Session &candidate)
{
    open(candidate.server(), candidate.token(), candidate.username(), candidate.tokenExpires());
    m_whoAmI = candidate.whoAmI();
}

void Session::close()
{
    m_client->cancelAll();
    m_client->setToken(QString());
    m_open = false;
    m_token.clear();
    m_username.clear();
    m_expires = {};
    m_whoAmI.reset();
    m_whoAmICall = 0;
}

} // namespace neuroio
