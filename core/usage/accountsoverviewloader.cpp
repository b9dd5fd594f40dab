#include "core/usage/accountsoverviewloader.h"

#include "core/api/eventtype.h"

namespace neuroio {

AccountsOverviewLoader::AccountsOverviewLoader(BillingClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_lister(new AccountLister(client, this))
    , m_totals(client, this)
    , m_earlierTotals(client, this)
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
    // Levels are compared by their level in the range's last month, which a total over a longer
    // range cannot give: the second half of the requests asks for that month alone.
    const bool askLatest
        = m_query.monthFrom && m_query.monthTo && *m_query.monthFrom != *m_query.monthTo;
    const int requests = askLatest ? 2 * total : total;
    m_firstPassRequests = requests;
    // The growth's pass comes after, one request per account that answered: counted in the
    // progress as if every account will.
    const bool growth = earlierRange().isValid();
    const qint64 allRequests = requests + (growth ? total : 0);
    m_totals.start(
        requests,
        [this, total](int index, QObject *context, BillingClient::Callback<UsageTotals> done) {
            BillingQuery query = m_query;
            if (index >= total)
                query.monthFrom = query.monthTo;
            return m_client->usageTotal(m_rows[index % total].account.id, query, context,
                                        std::move(done));
        },
        [this, total, askLatest, requests, allRequests](int index,
                                                        const Result<UsageTotals> &totals) {
            if (totals.error.isCancelled()) {
                finish(totals.error); // cancelled from outside (a new sign-in, say)
                return;
            }
            AccountsOverview::Row &row = m_rows[index % total];
            if (!totals.isOk())
                row.error = totals.error;
            else if (index < total)
                row.totals = totals.value;
            else
                row.latest = totals.value;
            // An account is done when all its requests are; it is unavailable if any failed.
            if ((!askLatest || index >= total) && !row.error.isOk()) {
                row.totals.reset();
                row.latest.reset();
            }
            emit progress(static_cast<int>((index + 1) * qint64(total) / allRequests), total);
            if (index + 1 == requests)
                readEarlierTotals();
        });
}

MonthRange AccountsOverviewLoader::earlierRange() const
{
    if (!m_query.monthFrom || !m_query.monthTo)
        return {};
    return PeriodChange::earlierRange(MonthRange(*m_query.monthFrom, *m_query.monthTo),
                                      PeriodChange::Against::PreviousPeriod);
}

void AccountsOverviewLoader::readEarlierTotals()
{
    const MonthRange earlier = earlierRange();
    QList<int> answered;
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].isAvailable())
            answered.append(int(i));
    }
    if (!earlier.isValid() || answered.isEmpty()) {
        finish(ApiError{});
        return;
    }
    const auto total = static_cast<int>(m_rows.size());
    // Counted as readTotals() counts: its requests, then one per account; an account not
    // asked again (it did not answer) counts as done.
    const qint64 allRequests = m_firstPassRequests + total;
    const qint64 doneBefore = m_firstPassRequests + (total - answered.size());
    m_earlierTotals.start(
        static_cast<int>(answered.size()),
        [this, answered, earlier](int index, QObject *context,
                                  BillingClient::Callback<UsageTotals> callback) {
            BillingQuery query = m_query;
            query.monthFrom = earlier.from();
            query.monthTo = earlier.to();
            return m_client->usageTotal(m_rows[answered[index]].account.id, query, context,
                                        std::move(callback));
        },
        [this, answered, total, allRequests, doneBefore](int index,
                                                         const Result<UsageTotals> &totals) {
            if (totals.error.isCancelled()) {
                finish(totals.error);
                return;
            }
            // The growth only: the account stays available without it.
            AccountsOverview::Row &row = m_rows[answered[index]];
            if (totals.isOk())
                row.earlier = totals.value;
            else
                row.earlierError = totals.error;
            emit progress(static_cast<int>((doneBefore + index + 1) * total / allRequests), total);
            if (index + 1 == answered.size())
                finish(ApiError{});
        });
}

void AccountsOverviewLoader::finish(const ApiError &error)
{
    m_running = false;
    m_lister->cancel();
    m_totals.cancel();
    m_earlierTotals.cancel();
    QList<int> types = m_query.eventTypes;
    if (types.isEmpty()) {
        for (EventType t : knownEventTypes())
            types.append(static_cast<int>(t));
    }
    const MonthRange range = m_query.monthFrom && m_query.monthTo
                                 ? MonthRange(*m_query.monthFrom, *m_query.monthTo)
                                 : MonthRange();
    emit finished(error.isOk() ? AccountsOverview(m_rows, types, range) : AccountsOverview(),
                  error);
}

} // namespace neuroio
