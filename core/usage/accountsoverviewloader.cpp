#include "core/usage/accountsoverviewloader.h"

#include "core/api/eventtype.h"

namespace neuroio {

AccountsOverviewLoader::AccountsOverviewLoader(BillingClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_lister(new AccountLister(client, this))
    , m_totals(client, this)
{
    connect(m_lister, &AccountLister::finished, this,
            [this](const Result<QList<Account>> &accounts) {
                if (accounts.error.isCancelled() || !m_running)
                    return;
                if (accounts.isOk())
                    readTotals(accounts.value);
                else
                    finish(accounts.error);
            });
}

AccountsOverviewLoader::~AccountsOverviewLoader() = default;

void AccountsOverviewLoader::start(const BillingQuery &query,
                                   const std::optional<QList<Account>> &knownAccounts)
{
    cancel();
    m_running = true;
    m_query = query;
    m_query.limit.reset();
    m_query.offset.reset();
    m_rows.clear();
    if (knownAccounts)
        readTotals(*knownAccounts);
    else
        m_lister->start();
}

void AccountsOverviewLoader::cancel()
{
    if (!m_running)
        return;
    finish(ApiError::cancelled(BillingClient::accountsEndpoint()));
}

void AccountsOverviewLoader::readTotals(const QList<Account> &accounts)
{
    m_rows.resize(accounts.size());
    for (qsizetype i = 0; i < accounts.size(); ++i)
        m_rows[i].account = accounts[i];
    const auto total = static_cast<int>(accounts.size());
    emit progress(0, total);
    if (accounts.isEmpty()) {
        finish(ApiError{});
        return;
    }
    m_totals.start(
        total,
        [this](int index, QObject *context, BillingClient::Callback<UsageTotals> done) {
            return m_client->usageTotal(m_rows[index].account.id, m_query, context,
                                        std::move(done));
        },
        [this, total](int index, const Result<UsageTotals> &totals) {
            if (totals.error.isCancelled()) {
                finish(totals.error); // cancelled from outside (a new sign-in, say)
                return;
            }
            if (totals.isOk())
                m_rows[index].totals = totals.value;
            else
                m_rows[index].error = totals.error;
            emit progress(index + 1, total);
            if (index + 1 == total)
                finish(ApiError{});
        });
}

void AccountsOverviewLoader::finish(const ApiError &error)
{
    m_running = false;
    m_lister->cancel();
    m_totals.cancel();
    QList<int> types = m_query.eventTypes;
    if (types.isEmpty()) {
        for (EventType t : knownEventTypes())
            types.append(static_cast<int>(t));
    }
    emit finished(error.isOk() ? AccountsOverview(m_rows, types) : AccountsOverview(), error);
}

} // namespace neuroio
