#pragma once

#include "core/api/billingclient.h"
#include "core/export/exportoutcome.h"
#include "core/export/exportsink.h"
#include "core/insights/forecast.h"
#include "core/insights/pricelist.h"
#include "core/usage/periodchange.h"
#include "core/usage/totalsloader.h"

#include <QHash>
#include <QMap>

#include <QObject>

#include <memory>

namespace neuroio {

// What may be added to exported totals (TotalsExporter says what each adds).
struct TotalsExtras
{
    std::optional<PeriodChange::Against> compare;
    bool forecast = false; // by month only
    std::optional<PriceList> prices;
};

// Writes the totals per event type from the total endpoint, or, by month, one total request
// per month (a TotalsLoader), so every number is the server's own total. Rows are written as
// the answers come, in month order. Ends with exactly one finished().
//
// With a comparison, each row also has the same total for earlier months: the range's (or the
// month's) period just before, or a year earlier, asked of the server too. Its columns:
// earlier_from, earlier_to, earlier_quantity, change and change_percent (empty where the
// earlier months had no figure, or none at all: never 0 %).
//
// With a forecast (by month only), each row says its kind, "actual", and after the last month
// come three "forecast" rows per event type: the trend of the range's closed months carried on
// (TrendForecast), with forecast_low and forecast_high. They are never part of a total. Where
// there is no forecast, note() says why.
//
// With a price list, each row also has estimated_cost and currency: the cost at those prices
// (CostEstimate), each month priced on its own. By month, a row's cost is its month's; over
// the range, the sum of its months', which are asked for first, a month at a time. Empty for
// a type the list has no price for, and for forecast rows. note() says it is an estimate.
class TotalsExporter final : public QObject
{
    Q_OBJECT

public:
    explicit TotalsExporter(BillingClient *client, QObject *parent = nullptr);
    ~TotalsExporter() override;

    // By month needs both ends of the range. An error when it cannot start.
    ApiError start(const BillingQuery &query, std::optional<qint64> accountId, bool byMonth,
                   const ExportOptions &options, const QString &path,
                   const TotalsExtras &extras = TotalsExtras());
    void cancel();

signals:
    void progress(int requestsDone, int requestsTotal);
    void finished(const neuroio::ExportOutcome &outcome);
    // Something a person should know about the file, such as why it has no forecast.
    void note(const QString &text);

private:
    void onTotals(int index, const UsageTotals &totals);
    ApiError writeRows(const Month &month, const UsageTotals &totals);
    ApiError writeForecast();
    void finish(const ApiError &error);
    // After the range's months for the costs: the earlier months or the range itself.
    ApiError startAfterCosts();
    ExportValue costOf(int eventType, const std::optional<double> &quantity) const;

    BillingClient *m_client;
    TotalsLoader m_loader;
    // The range's earlier months, asked for first, when comparing the whole range.
    TotalsLoader m_earlierLoader;
    // The range's months, asked for before the whole range's totals, to price them.
    TotalsLoader m_costLoader;
    std::optional<qint64> m_accountId;
    bool m_byMonth = false;
    std::optional<PeriodChange::Against> m_compare;
    bool m_forecast = false;
    std::optional<PriceList> m_prices;
    QList<UsageTotals> m_costMonths;          // the whole range's months, for its costs
    QList<int> m_types;                       // in the order the answers name them
    QMap<int, QList<MonthlyPoint>> m_monthly; // the range's months, for the forecast
    BillingQuery m_query;
    MonthRange m_range;
    MonthRange m_earlierRange;
    std::optional<UsageTotals> m_earlierTotals;
    QHash<int, UsageTotals> m_monthTotals; // by month: the answers so far, by Month::ordinal()
    std::unique_ptr<ExportSink> m_sink;
};

} // namespace neuroio
