#include "core/usage/totalsloader.h"

#include <QTimer>

namespace neuroio {

TotalsLoader::TotalsLoader(BillingClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_requests(client, this)
{}

TotalsLoader::~TotalsLoader() = default;

ApiError TotalsLoader::check(const BillingQuery &query, Split split)
{
    if (ApiError problem = query.check(); !problem.isOk())
        return problem;
    if (split == Split::ByMonth && (!query.monthFrom || !query.monthTo)) {
        return ApiError::invalidInput(
            tr("totals by month need both ends of the range (--from and --to)"));
    }
    return {};
}

ApiError TotalsLoader::start(const BillingQuery &query, std::optional<qint64> accountId,
                             Split split)
{
    cancel();
    if (ApiError problem = check(query, split); !problem.isOk())
        return problem;
    m_query = query;
    m_query.limit.reset();
    m_query.offset.reset();
    m_accountId = accountId;
    m_months.clear();
    if (split == Split::ByMonth) {
        for (Month m = *query.monthFrom; m <= *query.monthTo; m = m.addMonths(1))
            m_months.append(m);
    } else {
        m_months.append(Month());
    }
    m_answers = QList<std::optional<UsageTotals>>(m_months.size());
    m_keep = QList<bool>(m_months.size(), false);
    m_toFetch.clear();
    const bool cached = m_cache && split == Split::ByMonth;
    if (cached)
        m_scope = UsageCacheScope::of(*m_client, accountId, query);
    for (int i = 0; i < m_months.size(); ++i) {
        if (cached && UsageCache::isClosed(m_months[i], m_client->serverNow())) {
            m_answers[i] = m_cache->totals(m_scope, m_months[i]);
            m_keep[i] = !m_answers[i];
        }
        if (!m_answers[i])
            m_toFetch.append(i);
    }
    m_running = true;
    m_nextToDeliver = 0;
    const quint64 run = ++m_run;
    if (m_toFetch.isEmpty()) {
        // Never inside start(): the caller connects and starts, then hears the answers.
        QTimer::singleShot(0, this, [this, run] {
            if (run == m_run && m_running)
                deliverReady();
        });
        return {};
    }
    m_requests.start(
        int(m_toFetch.size()),
        [this](int fetchIndex, QObject *context, BillingClient::Callback<UsageTotals> done) {
            BillingQuery q = m_query;
            const Month month = m_months[m_toFetch[fetchIndex]];
            if (month.isValid())
                q.monthFrom = q.monthTo = month;
            return m_client->usageTotal(m_accountId, q, context, std::move(done));
        },
        [this](int fetchIndex, const Result<UsageTotals> &result) {
            onFetched(fetchIndex, result);
        });
    return {};
}

void TotalsLoader::onFetched(int fetchIndex, const Result<UsageTotals> &result)
{
    if (!result.isOk()) {
        finish(result.error);
        return;
    }
    const int index = m_toFetch[fetchIndex];
    m_answers[index] = result.value;
    // A full disk only costs the next load its speed: the numbers came from the server.
    if (m_keep[index])
        m_cache->storeTotals(m_scope, m_months[index], result.value);
    deliverReady();
}

void TotalsLoader::deliverReady()
{
    const quint64 run = m_run;
    while (m_nextToDeliver < m_months.size() && m_answers[m_nextToDeliver]) {
        const int index = m_nextToDeliver++;
        const UsageTotals totals = std::move(*m_answers[index]);
        m_answers[index].reset();
        emit answered(index, totals);
        if (run != m_run || !m_running)
            return; // a receiver cancelled or started again
    }
    if (m_nextToDeliver == m_months.size())
        finish(ApiError());
}

void TotalsLoader::cancel()
{
    if (!m_running) {
        ++m_run;
        return;
    }
    finish(ApiError::cancelled(BillingClient::usageTotalEndpoint(m_accountId)));
}

void TotalsLoader::finish(const ApiError &error)
{
    ++m_run;
    m_running = false;
    m_requests.cancel();
    m_answers.clear();
    emit finished(error);
}

} // namespace neuroio
