#include "core/usage/usagepager.h"

#include "core/usage/repeatedids.h"

#include <algorithm>
#include <limits>

namespace neuroio {

UsagePager::UsagePager(BillingClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_fanOut(client, this)
{}

UsagePager::~UsagePager() = default;

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
    m_progress = PagerProgress{};
    m_ids = {};

    if (ApiError problem = query.check(); !problem.isOk()) {
        problem.endpoint = BillingClient::usageEndpoint(accountId);
        finish(problem);
        return;
    }
    // The first answer tells the page size and the count. Waiting for it alone would cost a
    // whole round trip, so the next pages go out with it, as if the server gave the size asked
    // for; when it gives fewer rows a page, those are forgotten and asked again (onPage).
    m_fanOut.start(
        kPagesAtFirst,
        [this](int index, QObject *context, BillingClient::Callback<UsagePage> done) {
            return request(index, context, std::move(done));
        },
        [this](int index, const Result<UsagePage> &result) { onPage(index, result); });
}

void UsagePager::cancel()
{
    if (!m_running)
        return;
    finish(ApiError::cancelled(BillingClient::usageEndpoint(m_accountId)));
}

CallId UsagePager::request(int index, QObject *context, BillingClient::Callback<UsagePage> done)
{
    BillingQuery pageQuery = m_query;
    // Until the first answer, the size asked for.
    const int pageSize = m_pageSize > 0 ? m_pageSize : m_requestedPageSize;
    pageQuery.limit = index == 0 ? m_requestedPageSize : pageSize;
    pageQuery.offset = qint64(index) * pageSize;
    return m_client->usagePage(m_accountId, pageQuery, context, std::move(done));
}

ApiError UsagePager::changedWhileReading(const QString &what) const
{
    return ApiError::malformed(BillingClient::usageEndpoint(m_accountId), QStringLiteral("count"),
                               tr("the usage changed while it was being read (%1); "
                                  "try again")
                                   .arg(what));
}

ApiError UsagePager::checkPage(int index, const UsagePage &page)
{
    const auto rows = static_cast<qint64>(page.results.size());
    const QString endpoint = BillingClient::usageEndpoint(m_accountId);
    // Answers that cannot be true are refused, not paged through: more rows than asked for, a
    // next page on another server, a count no pager could read. (ResponseParser refuses a
    // negative count.)
    const int asked = index == 0 ? m_requestedPageSize : m_pageSize;
    if (rows > asked) {
        return ApiError::malformed(
            endpoint, QStringLiteral("results"),
            tr("%1 rows on a page, more than the %2 asked for").arg(rows).arg(asked));
    }
    if (!page.next.isEmpty()) {
        // The host alone: a proxy that ends TLS often writes http:// or its inner port there.
        const QUrl next(page.next);
        if (!next.isRelative()
            && next.host().compare(m_client->baseUrl().host(), Qt::CaseInsensitive) != 0) {
            return ApiError::malformed(
                endpoint, QStringLiteral("next"),
                tr("the next page is on another server (%1)")
                    .arg(next.adjusted(QUrl::RemovePath | QUrl::RemoveQuery).toString()));
        }
    }
    if (index == 0) {
        m_total = page.count;
        m_sequential = !m_total;
        // A first page shorter than asked, with more rows to come, is the server's cap.
        m_pageSize = static_cast<int>(rows);
        if (m_total) {
            if (*m_total > rows && rows == 0) {
                return ApiError::malformed(BillingClient::usageEndpoint(m_accountId),
                                           QStringLiteral("results"),
                                           tr("no rows on the first page, though "
                                              "count is %1")
                                               .arg(*m_total));
            }
            const qint64 pages = rows == 0 ? 1 : (*m_total - 1) / rows + 1;
            if (pages > std::numeric_limits<int>::max()) {
                return ApiError::malformed(endpoint, QStringLiteral("count"),
                                           tr("count %1 in pages of %2 rows would be %3 pages, "
                                              "more than can be read")
                                               .arg(*m_total)
                                               .arg(rows)
                                               .arg(pages));
            }
            m_progress.rowsTotal = *m_total;
            m_progress.pagesTotal = static_cast<int>(pages);
        }
        return {};
    }
    if (!m_total)
        return {};
    const qint64 expected
        = std::min<qint64>(m_pageSize, *m_total - static_cast<qint64>(index) * m_pageSize);
    if (page.count && *page.count != *m_total) {
        return changedWhileReading(tr("count went from %1 to %2").arg(*m_total).arg(*page.count));
    }
    if (rows != expected) {
        return changedWhileReading(
            tr("page %1 had %2 rows instead of %3").arg(index + 1).arg(rows).arg(expected));
    }
    return {};
}

void UsagePager::onPage(int index, const Result<UsagePage> &result)
{
    if (!result.isOk()) {
        finish(result.error);
        return;
    }
    const UsagePage &page = result.value;
    if (const ApiError problem = checkPage(index, page); !problem.isOk()) {
        finish(problem);
        return;
    }
    const auto rows = static_cast<qint64>(page.results.size());
    for (const UsageRecord &record : page.results) {
        if (record.id)
            m_ids.push_back(*record.id);
    }
    // Without a count, a short or empty page ends the list; so does a page with no next link
    // that is shorter than asked (the server gave all it had).
    const bool last = m_sequential ? rows == 0 || rows < m_pageSize
                                         || (page.next.isEmpty() && rows < m_requestedPageSize)
                                   : index + 1 >= m_progress.pagesTotal;
    m_progress.pagesDone = index + 1;
    m_progress.rowsDone += rows;
    if (m_sequential && last) {
        m_progress.pagesTotal = m_progress.pagesDone;
        m_progress.rowsTotal = m_progress.rowsDone;
    }
    // What to ask next is settled before anything is emitted: a slot may run the event loop
    // (a modal progress dialog does), and answers to pages sent ahead at the wrong offsets
    // must be forgotten by then, not handed over.
    if (!last) {
        if (index == 0 && m_pageSize != m_requestedPageSize)
            m_fanOut.setCount(1); // the pages sent with this one asked at the wrong offsets
        // Without a count: the next page, once this one said there is one; those sent stay.
        if (m_sequential)
            m_fanOut.setCount(std::max(index + 2, m_fanOut.count()));
        else if (index == 0)
            m_fanOut.setCount(m_progress.pagesTotal);
    }
    const quint64 generation = m_generation;
    emit pageReady(page);
    if (generation != m_generation)
        return; // a slot cancelled or restarted us
    emit progress(m_progress);
    if (generation != m_generation)
        return;
    if (last && m_total && m_progress.rowsDone != *m_total) {
        finish(changedWhileReading(
            tr("%1 rows arrived, count said %2").arg(m_progress.rowsDone).arg(*m_total)));
        return;
    }
    if (last) {
        // Rows that moved between pages while they were read: one arrives twice (and another,
        // as the count still adds up, not at all).
        if (const std::optional<qint64> repeated = smallestRepeatedId(m_ids)) {
            finish(changedWhileReading(tr("row id %1 arrived twice").arg(*repeated)));
            return;
        }
        finish(ApiError{});
    }
}

void UsagePager::finish(const ApiError &error)
{
    m_ids = {};
    m_running = false;
    ++m_generation;
    m_fanOut.cancel();
    emit finished(error);
}

} // namespace neuroio
