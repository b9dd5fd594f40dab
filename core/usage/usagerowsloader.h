#pragma once

#include "core/api/billingclient.h"
#include "core/usage/usagecache.h"
#include "core/usage/usagepager.h"
#include "core/usage/usagerowstore.h"

#include <QObject>

#include <atomic>
#include <memory>
#include <thread>

namespace neuroio {

// Every usage row of a query, in one UsageRowStore: with a cache, the closed months it holds
// from the first month on are read from disk, and only the months after them are fetched (a
// UsagePager); once the rows are in, the closed months fetched are kept for the next time.
//
// Every start() ends with exactly one finished(), never inside start(): an ok error, a
// failure, or cancelled.
class UsageRowsLoader final : public QObject
{
    Q_OBJECT

public:
    // Rows made room for at once when the server gives its count (about 96 MB of rows). A
    // count no server of ours sends is not believed beyond what growth would reach.
    static constexpr qint64 kRowsReservedAtMost = 4'000'000;

    explicit UsageRowsLoader(BillingClient *client, QObject *parent = nullptr);
    ~UsageRowsLoader() override;

    // Not owned; null (the default) for none. It must outlive the loader or be unset first.
    void setCache(UsageCache *cache) { m_cache = cache; }
    UsageCache *cache() const { return m_cache; }

    // Forgets the rows of the last run and reads those of query (its limit and offset are
    // ignored). A run already going is cancelled first.
    void start(const BillingQuery &query, std::optional<qint64> accountId = std::nullopt);
    void cancel();
    bool isRunning() const { return m_running; }

    // The rows so far, in the server's order (a cached month's rows as they were fetched).
    const UsageRowStore &rows() const { return m_rows; }
    // How many of rows() were read from the cache: the first ones.
    qsizetype rowsFromCache() const { return m_rowsFromCache; }

signals:
    // rows() grew by [first, last): a cached month, or a page.
    void rowsAdded(qsizetype first, qsizetype last);
    void progress(const neuroio::PagerProgress &progress);
    void finished(const neuroio::ApiError &error);

private:
    struct CachedRows
    {
        UsageRowStore rows;
        Month fetchFrom; // the first closed month not read (or the month after the last)
    };

    // Queued by name (invokeMethod): the run they belong to comes along.
    Q_INVOKABLE void readCachedMonths(quint64 run);
    Q_INVOKABLE void onCachedRowsRead(quint64 run);
    void fetchRest();
    // Stops the reader of cached months, if any, and waits for it: a month at most.
    void joinReader();
    void onPagerFinished(const ApiError &error);
    void finish(const ApiError &error);
    // Only a range with both ends is split into months, cached or fetched.
    bool hasBothEnds() const;
    bool isCacheable(const Month &month) const;
    // Writes each closed month fetched to the cache, after the run was reported.
    Q_INVOKABLE void keepClosedMonths(quint64 run);

    BillingClient *m_client;
    UsagePager *m_pager;
    UsageCache *m_cache = nullptr;
    UsageCacheScope m_scope;
    BillingQuery m_query;
    std::optional<qint64> m_accountId;
    bool m_running = false;
    quint64 m_run = 0;
    UsageRowStore m_rows;
    qsizetype m_rowsFromCache = 0;
    Month m_fetchedFrom; // the first month asked of the server, when the range has ends
    std::thread m_reader;
    std::shared_ptr<std::atomic_bool> m_stopReading;
    std::shared_ptr<CachedRows> m_cachedRows; // what the reader of this run fills
};

} // namespace neuroio
