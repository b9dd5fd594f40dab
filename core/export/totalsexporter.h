#pragma once

#include "core/api/billingclient.h"
#include "core/export/exportoutcome.h"
#include "core/export/exportsink.h"
#include "core/usage/periodchange.h"
#include "core/usage/totalsloader.h"

#include <QHash>

#include <QObject>

#include <memory>

namespace neuroio {

// Writes the totals per event type from the total endpoint, or, by month, one total request
// per month (a TotalsLoader), so every number is the server's own total. Rows are written as
// the answers come, in month order. Ends with exactly one finished().
//
// With a comparison, each row also has the same total for earlier months: the range's (or the
// month's) period just before, or a year earlier, asked of the server too. Its columns:
// earlier_from, earlier_to, earlier_quantity, change and change_percent (empty where the
// earlier months had no figure, or none at all: never 0 %).
class TotalsExporter final : public QObject
{
    Q_OBJECT

public:
    explicit TotalsExporter(BillingClient *client, QObject *parent = nullptr);
    ~TotalsExporter() override;

    // By month needs both ends of the range. An error when it cannot start.
    ApiError start(const BillingQuery &query, std::optional<qint64> accountId, bool byMonth,
                   const ExportOptions &options, const QString &path,
                   std::optional<PeriodChange::Against> compare = std::nullopt);
    void cancel();

signals:
    void progress(int requestsDone, int requestsTotal);
    void finished(const neuroio::ExportOutcome &outcome);

private:
    void onTotals(int index, const UsageTotals &totals);
    ApiError writeRows(const Month &month, const UsageTotals &totals);
    void finish(const ApiError &error);

    TotalsLoader m_loader;
    // The range's earlier months, asked for first, when comparing the whole range.
    TotalsLoader m_earlierLoader;
    std::optional<qint64> m_accountId;
    bool m_byMonth = false;
    std::optional<PeriodChange::Against> m_compare;
    BillingQuery m_query;
    MonthRange m_range;
    MonthRange m_earlierRange;
    std::optional<UsageTotals> m_earlierTotals;
    QHash<int, UsageTotals> m_monthTotals; // by month: the answers so far, by Month::ordinal()
    std::unique_ptr<ExportSink> m_sink;
};

} // namespace neuroio
