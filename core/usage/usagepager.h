#pragma once

#include "core/api/billingclient.h"
#include "core/usage/fanout.h"

#include <QObject>

#include <vector>

namespace neuroio {

struct PagerProgress
{
    int pagesDone = 0;
    int pagesTotal = -1; // -1 while unknown (no count from the server yet, or none at all)
    qint64 rowsDone = 0;
    qint64 rowsTotal = -1;
};

// Fetches every page of a usage query, several requests at once (a FanOut), and hands the pages
// over in order. The first answer tells the real page size (servers cap limit silently) and the
// row count; the next few pages are asked for beside it, and the rest once it is in. When the
// server sends no count, pages are read one after another until a short page or no "next".
//
// Every start() ends with exactly one finished(): an ok error, a failure, or cancelled.
class UsagePager final : public QObject
{
    Q_OBJECT

public:
    static constexpr int kDefaultPageSize = 1000;
    // A page that large is already one request per 10,000 rows; servers cap far lower.
    static constexpr int kMaxPageSize = 10000;
    // Requests sent before the first answer: the first page and the pages after it.
    static constexpr int kPagesAtFirst = AdaptiveParallelism::kStart;

    explicit UsagePager(BillingClient *client, QObject *parent = nullptr);
    ~UsagePager() override;

    // The most requests at once (see FanOut); the client's ConnectionLimits when not set.
    void setMaxInFlight(int requests) { m_fanOut.setMaxInFlight(requests); }
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
    CallId request(int index, QObject *context, BillingClient::Callback<UsagePage> done);
    void onPage(int index, const Result<UsagePage> &result);
    // Empty when the page fits what the first page said; otherwise the error to end with.
    ApiError checkPage(int index, const UsagePage &page);
    void finish(const ApiError &error);
    ApiError changedWhileReading(const QString &what) const;

    BillingClient *m_client;
    FanOut<UsagePage> m_fanOut;
    int m_requestedPageSize = kDefaultPageSize;

    BillingQuery m_query;
    std::optional<qint64> m_accountId;
    bool m_running = false;
    quint64 m_generation = 0;
    int m_pageSize = 0; // real rows per page, known after the first answer
    std::optional<qint64> m_total;
    bool m_sequential = false; // no count: one page after another
    PagerProgress m_progress;
    // Every row id of the run, 8 bytes a row, checked for repeats after the last page.
    std::vector<qint64> m_ids;
};

} // namespace neuroio

Q_DECLARE_METATYPE(neuroio::PagerProgress)
