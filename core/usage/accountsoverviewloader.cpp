#include "core/usage/accountsoverviewloader.h"

#include "core/api/eventtype.h"

#include <algorithm>

namespace neuroio {

AccountsOverviewLoader::AccountsOverviewLoader(BillingClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_lister(new AccountLister(client, this))
    , m_totals(client, this)
    , m_monthTotals(client, this)
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
    const bool bothEnds = m_query.monthFrom && m_query.monthTo;
    const bool severalMonths = bothEnds && *m_query.monthFrom != *m_query.monthTo;
    m_months.clear();
    if (m_readMonths && severalMonths) {
        for (Month m = *m_query.monthFrom; m <= *m_query.monthTo; m = m.addMonths(1))
            m_months.append(m);
    }
    // Levels are compared by their level in the range's last month, which a total over a longer
    // range cannot give: the second half of the requests asks for that month alone, unless the
    // months are read one by one anyway.
    const bool askLatest = severalMonths && m_months.isEmpty();
    const int requests = askLatest ? 2 * total : total;
    // The later passes come after, one request per account (and month) that answered: counted
    // in the progress as if every account will.
    const bool growth = earlierRange().isValid();
    m_plannedRequests = requests + qint64(total) * m_months.size() + (growth ? total : 0);
    m_doneRequests = 0;
    m_totals.start(
        requests,
        [this, total](int index, QObject *context, BillingClient::Callback<UsageTotals> done) {
            BillingQuery query = m_query;
            if (index >= total)
                query.monthFrom = query.monthTo;
            return m_client->usageTotal(m_rows[index % total].account.id, query, context,
                                        std::move(done));
        },
        [this, total, requests](int index, const Result<UsageTotals> &totals) {
            if (totals.error.isCancelled()) {
                finish(totals.error); // cancelled from outside (a new sign-in, say)
                return;
            }
            AccountsOverview::Row &row = m_rows[index % total];
            if (!totals.isOk()) {
                if (row.error.isOk())
                    row.error = totals.error;
            } else if (index < total) {
                row.totals = totals.value;
            } else {
                row.latest = totals.value;
            }
            advance(1);
            if (index + 1 == requests) {
                dropFailedRows();
                readMonthTotals();
            }
        });
}

void AccountsOverviewLoader::dropFailedRows()
{
    for (AccountsOverview::Row &row : m_rows) {
        if (!row.error.isOk()) {
            row.totals.reset();
            row.latest.reset();
            row.months.clear();
        }
    }
}

void AccountsOverviewLoader::advance(qint64 requests)
{
    if (requests == 0)
        return;
    m_doneRequests += requests;
    const qint64 total = m_rows.size();
    const qint64 done = m_doneRequests * total / std::max<qint64>(m_plannedRequests, 1);
    emit progress(static_cast<int>(done), static_cast<int>(total));
}

void AccountsOverviewLoader::readMonthTotals()
{
    // Over one month, the range's total is that month's.
    if (m_readMonths && m_query.monthFrom && m_query.monthTo
        && *m_query.monthFrom == *m_query.monthTo) {
        for (AccountsOverview::Row &row : m_rows) {
            if (row.isAvailable())
                row.months = {*row.totals};
        }
    }
    QList<int> answered;
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].isAvailable())
            answered.append(int(i));
    }
    const auto monthCount = static_cast<int>(m_months.size());
    // An account not asked (it did not answer) counts as done.
    advance(qint64(m_rows.size() - answered.size()) * monthCount);
    if (m_months.isEmpty() || answered.isEmpty()) {
        readEarlierTotals();
        return;
    }
    for (int i : std::as_const(answered))
        m_rows[i].months = QList<UsageTotals>(monthCount);
    const auto requests = static_cast<int>(answered.size()) * monthCount;
    m_monthTotals.start(
        requests,
        [this, answered, monthCount](int index, QObject *context,
                                     BillingClient::Callback<UsageTotals> done) {
            BillingQuery query = m_query;
            query.monthFrom = query.monthTo = m_months[index % monthCount];
            return m_client->usageTotal(m_rows[answered[index / monthCount]].account.id, query,
                                        context, std::move(done));
        },
        [this, answered, monthCount, requests](int index, const Result<UsageTotals> &totals) {
            if (totals.error.isCancelled()) {
                finish(totals.error);
                return;
            }
            AccountsOverview::Row &row = m_rows[answered[index / monthCount]];
            if (totals.isOk())
                row.months[index % monthCount] = totals.value;
            else if (row.error.isOk())
                row.error = totals.error;
            advance(1);
            if (index + 1 < requests)
                return;
            dropFailedRows();
            // The range's last month alone is what a level is compared by.
            for (AccountsOverview::Row &r : m_rows) {
                if (r.isAvailable())
                    r.latest = r.months.constLast();
            }
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
    // An account not asked again (it did not answer) counts as done.
    advance(m_rows.size() - answered.size());
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
        [this, answered](int index, const Result<UsageTotals> &totals) {
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
            advance(1);
            if (index + 1 == answered.size())
                finish(ApiError{});
        });
}

void AccountsOverviewLoader::finish(const ApiError &error)
{
    m_running = false;
    m_lister->cancel();
    m_totals.cancel();
    m_monthTotals.cancel();
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
