#pragma once

#include "core/api/billingclient.h"
#include "core/usage/fanout.h"
#include "core/usage/usagecache.h"

#include <QObject>

namespace neuroio {

// The total endpoint's answers for a query: for its whole range in one request, or one
// request per month (a FanOut, several at a time). Answers are handed over in month order,
// each once; with a cache, closed months it holds are read from it instead of the server, and
// closed months fetched are kept there. The one place the dashboard's trend and the totals
// export ask for months.
//
// Every start() that returns no error ends with exactly one finished(): an ok error, the first
// failure (nothing is handed over after it), or cancelled.
class TotalsLoader final : public QObject
{
    Q_OBJECT

public:
    enum class Split { WholeRange, ByMonth };
    Q_ENUM(Split)

    explicit TotalsLoader(BillingClient *client, QObject *parent = nullptr);
    ~TotalsLoader() override;

    // Not owned; null (the default) for none. Only months split by month are cached.
    void setCache(UsageCache *cache) { m_cache = cache; }

    // Why start() would refuse query, or ok: by month needs both ends of the range.
    static ApiError check(const BillingQuery &query, Split split);
    // By month needs both ends of the range. An error, and no finished(), when it cannot start.
    // A run already going is cancelled first.
    ApiError start(const BillingQuery &query, std::optional<qint64> accountId, Split split);
    void cancel();
    bool isRunning() const { return m_running; }

    // What start() asks for: one answer per month, or one (an invalid month) for the range.
    const QList<Month> &months() const { return m_months; }
    int answerCount() const { return int(m_months.size()); }
    int fetchCount() const { return int(m_toFetch.size()); }

signals:
    // index: in months(); every index once, in order.
    void answered(int index, const neuroio::UsageTotals &totals);
    void finished(const neuroio::ApiError &error);

private:
    void onFetched(int fetchIndex, const Result<UsageTotals> &result);
    // Hands over the answers that are in, from the next index on, and ends after the last.
    void deliverReady();
    void finish(const ApiError &error);

    BillingClient *m_client;
    FanOut<UsageTotals> m_requests;
    UsageCache *m_cache = nullptr;
    UsageCacheScope m_scope;
    BillingQuery m_query;
    std::optional<qint64> m_accountId;
    bool m_running = false;
    quint64 m_run = 0;
    QList<Month> m_months;
    QList<std::optional<UsageTotals>> m_answers; // by index, until handed over
    QList<int> m_toFetch;                        // the indexes the server is asked for
    QList<bool> m_keep;                          // by index: a closed month to keep
    int m_nextToDeliver = 0;
};

} // namespace neuroio
