#pragma once

#include "core/api/billingclient.h"

#include <QObject>

#include <map>
#include <set>

namespace neuroio {

struct PagerProgress
{
    int pagesDone = 0;
    int pagesTotal = -1; // -1 while unknown (no count from the server yet, or none at all)
    qint64 rowsDone = 0;
    qint64 rowsTotal = -1;
};

// Fetches every page of a usage query, several requests at once, and hands the pages over in
// order. The first answer tells the real page size (servers cap limit silently) and the row
// count; the remaining offsets are then requested concurrently. When the server sends no
// count, pages are read one after another until a short page or no "next".
//
// Every start() ends with exactly one finished(): an ok error, a failure, or cancelled.
class UsagePager final : public QObject
{
    Q_OBJECT

public:
    static constexpr int kDefaultPageSize = 1000;
    static constexpr int kDefaultMaxInFlight = 4;
    // Qt opens at most six connections per host; more requests would only queue.
    static constexpr int kMaxInFlight = 6;

    explicit UsagePager(BillingClient *client, QObject *parent = nullptr);
    ~UsagePager() override;

    void setMaxInFlight(int requests);
    int maxInFlight() const { return m_maxInFlight; }
    // The page size asked for; the server may answer with fewer rows per page.
    void setPageSize(int rows);

    // Reads every row of query (its limit and offset are ignored) for the user's own usage,
    // or for a managed account. A run already going is cancelled first.
    void start(const BillingQuery &query, std::optional<qint64> accountId = std::nullopt);
    void cancel();
    bool isRunning() const { return m_running; }

signals:
    void pageReady(const neuroio::UsagePage &page);
    void progress(const neuroio::PagerProgress &progress);
    void finished(const neuroio::ApiError &error);

private:
    void request(int index);
    void onPage(int index, const Result<UsagePage> &result);
    void fillPipeline();
    void deliverReady();
    void finish(const ApiError &error);
    ApiError changedWhileReading(const QString &what) const;

    BillingClient *m_client;
    int m_maxInFlight = kDefaultMaxInFlight;
    int m_requestedPageSize = kDefaultPageSize;

    BillingQuery m_query;
    std::optional<qint64> m_accountId;
    bool m_running = false;
    quint64 m_generation = 0;
    int m_pageSize = 0; // real rows per page, known after the first answer
    std::optional<qint64> m_total;
    bool m_sequential = false; // no count: one page after another
    bool m_lastPageSeen = false;
    int m_nextToRequest = 0;
    int m_nextToDeliver = 0;
    std::map<int, CallId> m_inFlight;
    std::map<int, UsagePage> m_arrived;
    PagerProgress m_progress;
};

} // namespace neuroio

Q_DECLARE_METATYPE(neuroio::PagerProgress)
