#include "core/usage/accountsoverviewloader.h"

#include "core/api/eventtype.h"

namespace neuroio {

AccountsOverviewLoader::AccountsOverviewLoader(BillingClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{}

AccountsOverviewLoader::~AccountsOverviewLoader()
{
    m_client->cancel(m_accountsCall);
    for (const auto &call : m_inFlight)
        m_client->cancel(call.second);
}

void AccountsOverviewLoader::start(const BillingQuery &query,
                                   const std::optional<QList<Account>> &knownAccounts)
{
    cancel();
    ++m_generation;
    m_running = true;
    m_query = query;
    m_query.limit.reset();
    m_query.offset.reset();
    m_accounts.clear();
    m_rows.clear();
    m_next = 0;
    m_done = 0;
    if (knownAccounts) {
        m_accounts = *knownAccounts;
        readTotals();
    } else {
        loadAccounts(0);
    }
}

void AccountsOverviewLoader::cancel()
{
    if (!m_running)
        return;
    finish(ApiError::cancelled(QStringLiteral("GET /v1/accounts/")));
}

void AccountsOverviewLoader::loadAccounts(int offset)
{
    constexpr int kPage = 1000;
    const quint64 generation = m_generation;
    auto done = [this, generation](const Result<AccountPage> &r) {
        if (generation != m_generation || r.error.isCancelled())
            return;
        if (!r.isOk()) {
            finish(r.error);
            return;
        }
        m_accounts.append(r.value.results);
        const qint64 total = r.value.count.value_or(m_accounts.size());
        if (m_accounts.size() < total && !r.value.results.isEmpty())
            loadAccounts(static_cast<int>(m_accounts.size()));
        else
            readTotals();
    };
    m_accountsCall = m_client->accounts(kPage, offset, this, done);
}

void AccountsOverviewLoader::readTotals()
{
    m_rows.resize(m_accounts.size());
    for (qsizetype i = 0; i < m_accounts.size(); ++i)
        m_rows[i].account = m_accounts[i];
    emit progress(0, static_cast<int>(m_accounts.size()));
    if (m_accounts.isEmpty())
        finish(ApiError{});
    else
        requestNext();
}

void AccountsOverviewLoader::requestNext()
{
    const quint64 generation = m_generation;
    while (m_next < m_accounts.size() && static_cast<int>(m_inFlight.size()) < m_maxInFlight) {
        const int index = m_next++;
        m_inFlight[index] = m_client->accountUsageTotal(
            m_accounts[index].id, m_query, this,
            [this, index, generation](const Result<UsageTotals> &r) {
                if (generation != m_generation || r.error.isCancelled())
                    return;
                m_inFlight.erase(index);
                if (r.isOk())
                    m_rows[index].totals = r.value;
                else
                    m_rows[index].error = r.error;
                ++m_done;
                emit progress(m_done, static_cast<int>(m_accounts.size()));
                if (m_done == m_accounts.size())
                    finish(ApiError{});
                else
                    requestNext();
            });
    }
}

void AccountsOverviewLoader::finish(const ApiError &error)
{
    ++m_generation;
    m_running = false;
    m_client->cancel(m_accountsCall);
    for (const auto &call : m_inFlight)
        m_client->cancel(call.second);
    m_inFlight.clear();
    QList<int> types = m_query.eventTypes;
    if (types.isEmpty()) {
        for (EventType t : knownEventTypes())
            types.append(static_cast<int>(t));
    }
    emit finished(error.isOk() ? AccountsOverview(m_rows, types) : AccountsOverview(), error);
}

} // namespace neuroio
