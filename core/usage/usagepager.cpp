#include "core/usage/usagepager.h"

#include <algorithm>

namespace neuroio {

UsagePager::UsagePager(BillingClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{}

UsagePager::~UsagePager()
{
    for (const auto &entry : m_inFlight)
        m_client->cancel(entry.second);
}

void UsagePager::setMaxInFlight(int requests)
{
    m_maxInFlight = std::clamp(requests, 1, kMaxInFlight);
}

void UsagePager::setPageSize(int rows)
{
    m_requestedPageSize = std::max(1, rows);
}

void UsagePager::start(const BillingQuery &query, std::optional<qint64> accountId)
{
    if (m_running)
        cancel();
    ++m_generation;
    m_query = query;
    m_query.offset.reset();
    m_query.limit.reset();
    m_accountId = accountId;
    m_running = true;
    m_pageSize = 0;
    m_total.reset();
    m_sequential = false;
    m_lastPageSeen = false;
    m_nextToRequest = 1;
    m_nextToDeliver = 0;
    m_arrived.clear();
    m_progress = PagerProgress{};

    const QString problem = query.validationError();
    if (!problem.isEmpty()) {
        finish(ApiError::invalidRequest(BillingClient::usagePath(accountId), problem));
        return;
    }
    request(0);
}

void UsagePager::cancel()
{
    if (!m_running)
        return;
    finish(ApiError::cancelled(QStringLiteral("GET ") + BillingClient::usagePath(m_accountId)));
}

void UsagePager::request(int index)
{
    BillingQuery pageQuery = m_query;
    const int size = index == 0 ? m_requestedPageSize : m_pageSize;
    pageQuery.limit = size;
    pageQuery.offset = index * m_pageSize; // 0 for the first page, whatever the size
    const quint64 generation = m_generation;
    auto done = [this, index, generation](const Result<UsagePage> &result) {
        if (generation == m_generation)
            onPage(index, result);
    };
    const CallId id = m_accountId ? m_client->accountUsagePage(*m_accountId, pageQuery, this, done)
                                  : m_client->usagePage(pageQuery, this, done);
    m_inFlight.emplace(index, id);
}

ApiError UsagePager::changedWhileReading(const QString &what) const
{
    return ApiError::malformed(QStringLiteral("GET ") + BillingClient::usagePath(m_accountId),
                               QStringLiteral("count"),
                               QStringLiteral("the usage changed while it was being read (%1); "
                                              "try again")
                                   .arg(what));
}

void UsagePager::onPage(int index, const Result<UsagePage> &result)
{
    m_inFlight.erase(index);
    if (!m_running)
        return;
    if (!result.isOk()) {
        finish(result.error);
        return;
    }
    const UsagePage &page = result.value;
    const auto rows = static_cast<qint64>(page.results.size());

    if (index == 0) {
        m_total = page.count;
        if (m_total) {
            if (*m_total > rows && rows == 0) {
                finish(ApiError::malformed(QStringLiteral("GET ")
                                               + BillingClient::usagePath(m_accountId),
                                           QStringLiteral("results"),
                                           QStringLiteral("no rows on the first page, though "
                                                          "count is %1")
                                               .arg(*m_total)));
                return;
            }
            // A first page shorter than asked, with more rows to come, is the server's cap.
            m_pageSize = static_cast<int>(rows);
            m_progress.rowsTotal = *m_total;
            m_progress.pagesTotal = rows == 0 ? 1 : static_cast<int>((*m_total + rows - 1) / rows);
        } else {
            m_sequential = true;
            m_pageSize = static_cast<int>(rows);
        }
    } else if (m_total) {
        const qint64 expected
            = std::min<qint64>(m_pageSize, *m_total - static_cast<qint64>(index) * m_pageSize);
        if (page.count && *page.count != *m_total) {
            finish(changedWhileReading(
                QStringLiteral("count went from %1 to %2").arg(*m_total).arg(*page.count)));
            return;
        }
        if (rows != expected) {
            finish(changedWhileReading(QStringLiteral("page %1 had %2 rows instead of %3")
                                           .arg(index + 1)
                                           .arg(rows)
                                           .arg(expected)));
            return;
        }
    }

    if (m_sequential) {
        // Without a count, a short or empty page ends the list; so does a page with no next
        // link that is shorter than asked (the server gave all it had).
        m_lastPageSeen
            = rows == 0 || rows < m_pageSize || (page.next.isEmpty() && rows < m_requestedPageSize);
    }

    m_arrived.emplace(index, page);
    deliverReady();
    if (m_running)
        fillPipeline();
}

void UsagePager::fillPipeline()
{
    if (m_sequential) {
        if (m_lastPageSeen) {
            if (m_inFlight.empty() && m_arrived.empty())
                finish(ApiError{});
            return;
        }
        if (m_inFlight.empty())
            request(m_nextToRequest++);
        return;
    }
    const int pagesTotal = m_progress.pagesTotal;
    while (static_cast<int>(m_inFlight.size()) < m_maxInFlight && m_nextToRequest < pagesTotal)
        request(m_nextToRequest++);
    if (m_nextToDeliver >= pagesTotal)
        finish(ApiError{});
}

void UsagePager::deliverReady()
{
    for (auto it = m_arrived.find(m_nextToDeliver); it != m_arrived.end() && m_running;
         it = m_arrived.find(m_nextToDeliver)) {
        const UsagePage page = std::move(it->second);
        m_arrived.erase(it);
        ++m_nextToDeliver;
        m_progress.pagesDone = m_nextToDeliver;
        m_progress.rowsDone += page.results.size();
        if (m_sequential && m_lastPageSeen && m_arrived.empty() && m_inFlight.empty()) {
            m_progress.pagesTotal = m_progress.pagesDone;
            m_progress.rowsTotal = m_progress.rowsDone;
        }
        const quint64 generation = m_generation;
        emit pageReady(page);
        if (generation != m_generation)
            return; // a slot cancelled or restarted us
        emit progress(m_progress);
        if (generation != m_generation)
            return;
    }
}

void UsagePager::finish(const ApiError &error)
{
    m_running = false;
    ++m_generation;
    for (const auto &entry : m_inFlight)
        m_client->cancel(entry.second);
    m_inFlight.clear();
    m_arrived.clear();
    emit finished(error);
}

} // namespace neuroio
