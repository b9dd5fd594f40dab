#pragma once

#include "core/api/billingclient.h"
#include "core/export/exportoutcome.h"
#include "core/export/exportsink.h"

#include <QObject>

#include <map>
#include <memory>

namespace neuroio {

// Writes the totals per event type from the total endpoint, or, by month, one total request
// per month (a few at a time), so every number is the server's own total.
class TotalsExporter final : public QObject
{
    Q_OBJECT

public:
    static constexpr int kMaxInFlight = 4;

    explicit TotalsExporter(BillingClient *client, QObject *parent = nullptr);
    ~TotalsExporter() override;

    // By month needs both ends of the range. False, with the reason, when it cannot start.
    bool start(const BillingQuery &query, std::optional<qint64> accountId, bool byMonth,
               const ExportOptions &options, const QString &path, QString *error);
    void cancel();

signals:
    void progress(int requestsDone, int requestsTotal);
    void finished(const neuroio::ExportOutcome &outcome);

private:
    void requestNext();
    void onTotals(int index, const Result<UsageTotals> &result);
    void finish(ExportOutcome outcome);

    BillingClient *m_client;
    BillingQuery m_query;
    std::optional<qint64> m_accountId;
    bool m_byMonth = false;
    QList<Month> m_months; // empty: one request for the whole range
    int m_nextRequest = 0;
    int m_done = 0;
    std::map<int, CallId> m_inFlight;
    std::map<int, UsageTotals> m_answers;
    std::unique_ptr<ExportSink> m_sink;
};

} // namespace neuroio
