#include "core/usage/accountlister.h"

namespace neuroio {

AccountLister::AccountLister(BillingClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{}

AccountLister::~AccountLister()
{
    m_client->cancel(m_call);
}

void AccountLister::start()
{
    cancel();
    m_accounts.clear();
    request(0);
}

void AccountLister::cancel()
{
    if (!isRunning())
        return;
    m_client->cancel(m_call); // its answer is dropped: m_call no longer names it
    finish(Result<QList<Account>>::failure(ApiError::cancelled(BillingClient::accountsEndpoint())));
}

void AccountLister::request(int offset)
{
    auto call = std::make_shared<CallId>(0);
    *call = m_call = m_client->accounts(
        kPageSize, offset, this, [this, call](const Result<AccountPage> &page) {
            if (*call != m_call)
                return; // an answer for a run that was cancelled or restarted
            if (!page.isOk()) {
                finish(Result<QList<Account>>::failure(page.error));
                return;
            }
            m_accounts.append(page.value.results);
            const qint64 total = page.value.count.value_or(m_accounts.size());
            if (m_accounts.size() < total && !page.value.results.isEmpty())
                request(static_cast<int>(m_accounts.size()));
            else
                finish(Result<QList<Account>>::success(m_accounts));
        });
}

void AccountLister::finish(const Result<QList<Account>> &accounts)
{
    m_call = 0;
    emit finished(accounts);
}

} // namespace neuroio
