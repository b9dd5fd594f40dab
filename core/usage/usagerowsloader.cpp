#include "core/usage/usagerowsloader.h"

#include <QHash>

#include <algorithm>

namespace neuroio {

UsageRowsLoader::UsageRowsLoader(BillingClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_pager(new UsagePager(client, this))
{
    connect(m_pager, &UsagePager::pageReady, this, [this](const UsagePage &page) {
        // Room for every row at once: growing by copies would hold two stores at the end.
        if (page.count && m_rows.size() == m_rowsFromCache) {
            m_rows.reserve(m_rowsFromCache
                           + std::clamp<qint64>(*page.count, 0, kRowsReservedAtMost));
        }
        const qsizetype first = m_rows.size();
        m_rows.append(page.results);
        emit rowsAdded(first, m_rows.size());
    });
    connect(m_pager, &UsagePager::progress, this, &UsageRowsLoader::progress);
    connect(m_pager, &UsagePager::finished, this, &UsageRowsLoader::onPagerFinished);
}

UsageRowsLoader::~UsageRowsLoader()
{
    m_pager->disconnect(this);
    joinReader(); // it reads into nothing of ours, but it holds the cache and this
}

bool UsageRowsLoader::hasBothEnds() const
{
    return m_query.monthFrom && m_query.monthTo && *m_query.monthFrom <= *m_query.monthTo;
}

bool UsageRowsLoader::isCacheable(const Month &month) const
{
    return m_cache && UsageCache::isClosed(month, m_client->serverNow());
}

void UsageRowsLoader::start(const BillingQuery &query, std::optional<qint64> accountId)
{
    cancel();
    m_query = query;
    m_accountId = accountId;
    m_rows.clear();
    m_rowsFromCache = 0;
    m_fetchedFrom = query.monthFrom.value_or(Month());
    m_running = true;
    const quint64 run = ++m_run;
    // Not inside start(): whoever started hears every row from the first on, and requests
    // sent just before (the table's page, the totals) go out before the disk is read.
    QMetaObject::invokeMethod(this, "readCachedMonths", Qt::QueuedConnection, Q_ARG(quint64, run));
}

void UsageRowsLoader::readCachedMonths(quint64 run)
{
    if (run != m_run || !m_running)
        return;
    QList<Month> closed;
    if (hasBothEnds() && m_cache) {
        for (Month m = *m_query.monthFrom; m <= *m_query.monthTo && isCacheable(m);
             m = m.addMonths(1)) {
            closed.append(m);
        }
    }
    if (closed.isEmpty()) {
        fetchRest();
        return;
    }
    m_scope = UsageCacheScope::of(*m_client, m_accountId, m_query);
    // Off the GUI thread: the table's page and the totals are shown while the disk is read.
    // The reader touches only what it is given; the cache's files are each written whole, so
    // a file replaced meanwhile is read old or new, never half.
    auto stop = std::make_shared<std::atomic_bool>(false);
    auto read = std::make_shared<CachedRows>();
    m_stopReading = stop;
    m_cachedRows = read;
    m_reader = std::thread([this, run, stop, read, cache = m_cache, scope = m_scope, closed] {
        qint64 rowsAtMost = 0;
        for (const Month &m : closed)
            rowsAtMost += cache->rowsAtMost(scope, m);
        // Room for them all at once: growing month by month would copy the rows and touch
        // fresh memory each time. Room not filled is only address space.
        read->rows.reserve(std::min(rowsAtMost, kRowsReservedAtMost));
        read->fetchFrom = closed.first();
        for (const Month &m : closed) {
            if (*stop || !cache->readRows(scope, m, &read->rows))
                break;
            read->fetchFrom = m.addMonths(1);
        }
        // The rows are handed over through m_cachedRows, which only this thread writes
        // until the call below is queued, and only the loader's thread reads after it runs.
        QMetaObject::invokeMethod(this, "onCachedRowsRead", Qt::QueuedConnection,
                                  Q_ARG(quint64, run));
    });
}

void UsageRowsLoader::onCachedRowsRead(quint64 run)
{
    if (run != m_run || !m_running)
        return;   // that reader was stopped and waited for; another may be reading now
    joinReader(); // it has nothing left to do but end
    CachedRows read = std::move(*m_cachedRows);
    m_cachedRows.reset();

    m_rows = std::move(read.rows);
    m_rowsFromCache = m_rows.size();
    m_fetchedFrom = read.fetchFrom;
    if (m_rowsFromCache > 0) {
        emit rowsAdded(0, m_rowsFromCache);
        if (run != m_run)
            return; // a receiver cancelled or started again
    }
    fetchRest();
}

void UsageRowsLoader::fetchRest()
{
    if (hasBothEnds() && m_fetchedFrom > *m_query.monthTo) {
        finish(ApiError());
        return;
    }
    BillingQuery rest = m_query;
    if (hasBothEnds())
        rest.monthFrom = m_fetchedFrom;
    m_pager->start(rest, m_accountId);
}

void UsageRowsLoader::joinReader()
{
    if (m_stopReading)
        *m_stopReading = true;
    if (m_reader.joinable())
        m_reader.join();
    m_stopReading.reset();
}

void UsageRowsLoader::cancel()
{
    if (!m_running) {
        ++m_run;
        return;
    }
    joinReader();
    m_pager->cancel(); // its finished() is this run's, cancelled
    if (m_running)
        finish(ApiError::cancelled(BillingClient::usageEndpoint(m_accountId)));
}

void UsageRowsLoader::onPagerFinished(const ApiError &error)
{
    if (m_running)
        finish(error);
}

void UsageRowsLoader::finish(const ApiError &error)
{
    const quint64 run = ++m_run;
    m_running = false;
    emit finished(error);
    if (error.isOk() && m_cache && run == m_run) {
        // After the rows were reported: writing the months must not hold back their charts.
        QMetaObject::invokeMethod(this, "keepClosedMonths", Qt::QueuedConnection,
                                  Q_ARG(quint64, run));
    }
}

void UsageRowsLoader::keepClosedMonths(quint64 run)
{
    if (run != m_run || !m_cache || !hasBothEnds())
        return;
    // The fetched rows by month; a row without a month, or outside the months asked for,
    // means the server answers in a way the cache cannot split: nothing is kept.
    QHash<int, QList<int>> rowsOfMonth;
    for (qsizetype i = m_rowsFromCache; i < m_rows.size(); ++i) {
        const std::optional<Month> month = m_rows.month(i);
        if (!month || *month < m_fetchedFrom || *month > *m_query.monthTo)
            return;
        rowsOfMonth[month->ordinal()].append(int(i));
    }
    for (Month m = m_fetchedFrom; m <= *m_query.monthTo && isCacheable(m); m = m.addMonths(1)) {
        QList<UsageRecord> records;
        const QList<int> rows = rowsOfMonth.value(m.ordinal());
        records.reserve(rows.size());
        for (int row : rows)
            records.append(m_rows.record(row));
        // A full disk only costs the next load its speed: the numbers came from the server.
        if (!m_cache->storeRows(m_scope, m, records).isOk())
            return;
    }
}

} // namespace neuroio
