#pragma once

#include "core/api/billingclient.h"
#include "core/export/exportoutcome.h"
#include "core/export/exportsink.h"
#include "core/usage/totalsloader.h"

#include <QObject>

#include <memory>

namespace neuroio {

// Writes the totals per event type from the total endpoint, or, by month, one total request
// per month (a TotalsLoader), so every number is the server's own total. Rows are written as
// the answers come, in month order. Ends with exactly one finished().
class TotalsExporter final : public QObject
{
    Q_OBJECT

public:
    explicit TotalsExporter(BillingClient *client, QObject *parent = nullptr);
    ~TotalsExporter() override;

    // By month needs both ends of the range. An error when it cannot start.
    ApiError start(const BillingQuery &query, std::optional<qint64> accountId, bool byMonth,
                   const ExportOptions &options, const QString &path);
    void cancel();

signals:
    void progress(int requestsDone, int requestsTotal);
    void finished(const neuroio::ExportOutcome &outcome);

private:
    void onTotals(int index, const UsageTotals &totals);
    void finish(const ApiError &error);

    TotalsLoader m_loader;
    std::optional<qint64> m_accountId;
    bool m_byMonth = false;
    std::unique_ptr<ExportSink> m_sink;
};

} // namespace neuroio
