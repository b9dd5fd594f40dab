#pragma once

#include "core/api/account.h"
#include "core/api/usagetotal.h"
#include "core/insights/budget.h"
#include "core/insights/budgetstatus.h"
#include "core/insights/costestimate.h"
#include "core/insights/forecast.h"
#include "core/usage/levelsummary.h"
#include "core/usage/monthrange.h"
#include "core/usage/periodchange.h"
#include "core/usage/usageaggregator.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QMap>
#include <QString>

namespace neuroio {

// Whose usage a report covers and which part of it: what the dashboard's filters say.
struct ReportSubject
{
    MonthRange range;
    std::optional<qint64> accountId; // empty: the user's own usage
    QList<Account> accounts;         // the managed accounts known, to name accountId
    QList<qint64> spaceIds;          // empty: every space
    int spacesListed = -1;           // how many spaces the scope has; -1 when not listed
    QList<int> eventTypes;           // empty: every event type
};

// What is known beyond the totals, for the report to put in words: the window hands over what
// its dashboard shows, the report command what it fetched. A part not known is left out or
// said to be missing, never shown as 0.
struct ReportInsights
{
    // The totals of the months before the range and a year earlier; empty while they were
    // still on their way.
    std::optional<PeriodComparison> previousPeriod;
    std::optional<PeriodComparison> yearEarlier;
    // Each event type's forecast (TrendForecast::ofRange()), from the same months as the
    // trend chart, with the month open by the server's clock left out.
    QMap<int, TrendForecast> forecasts;
    Month openMonth; // by the server's clock; invalid when not known
    // Every budget the user keeps (empty: none known, and the report says nothing of
    // budgets), and where those checked stand in the month open now.
    QList<Budget> budgets;
    QList<BudgetStatus> budgetStatuses;
    // With a price list: each type's estimated cost over the range; a type it has no price
    // for is missing. Empty without a price list.
    std::optional<QMap<int, Money>> costs;
    // The types the price list has a price for: a priced type without a cost had no monthly
    // figures to price, which is not the same as no price.
    QList<int> pricedTypes;
};

// What a report says, built here once for the window and the report command alike: its
// title, scope and filters in words, the totals, the columns, and the table of every space.
// The PDF writer only draws it, and the charts come from the same aggregator.
struct ReportContent
{
    Q_DECLARE_TR_FUNCTIONS(neuroio::ReportContent)

public:
    struct SpaceRow
    {
        QString name;
        QMap<int, double> values; // event type -> the quantity shown
    };
    // One thing the report says of an event type beyond its total: "Forecast" and its text.
    struct Finding
    {
        QString label;
        QString text;

        friend bool operator==(const Finding &a, const Finding &b)
        {
            return a.label == b.label && a.text == b.text;
        }
    };

    QString title; // "NeuroIO usage report"
    QString scope; // "Northwind Logistics (account 11)", "Account 12" or "My usage"
    MonthRange range;
    QString filters; // "All spaces · 1 of 4 event types"
    QDateTime madeAt;
    UsageTotals totals;
    QList<int> eventTypes; // the columns: the selected types, or every one known or seen
    // Per event type, its latest month and monthly average from the rows: for storage and
    // licences the levels a person means, beside the total endpoint's unit-months.
    QMap<int, LevelSummary> monthly;
    // API calls summed over the range; storage and licences at their last month's level;
    // largest first by the first column.
    QList<SpaceRow> spaces;
    const UsageAggregator *aggregator = nullptr; // for the charts; outlives the content
    // The month open by the server's clock when the report was made: partial, so the trend
    // chart's forecast leaves it out as the text does. Invalid: the report's own clock.
    Month openMonth;
    // "Changes, forecasts, budgets and costs": the heading of the findings, naming the parts.
    QString findingsTitle;
    // Per event type: its changes against earlier months, its forecast, its budgets and its
    // estimated cost, each in words (never by colour alone).
    QMap<int, QList<Finding>> findings;

    // "NeuroIO usage report: My usage, 2026-01 to 2026-06"
    QString documentTitle() const;

    static ReportContent build(const ReportSubject &subject, const UsageTotals &totals,
                               const UsageAggregator &aggregator, const QDateTime &madeAt,
                               const ReportInsights &insights = {});
    static QString scopeText(const ReportSubject &subject);
    static QString filtersText(const ReportSubject &subject);
    // What the report says of eventType beyond its total, in the order drawn.
    static QList<Finding> findingsFor(int eventType, const MonthRange &range,
                                      const UsageTotals &totals, const ReportInsights &insights);
    // One comparison's change of eventType's total in words, or why there is none.
    static QString changeText(int eventType, const UsageTotals &totals,
                              const std::optional<PeriodComparison> &comparison,
                              PeriodChange::Against against);
    // "2026-11: 2,013,000 calls (1,950,000 to 2,080,000); ...", or why there is none.
    static QString forecastText(int eventType, const TrendForecast &forecast);
};

} // namespace neuroio
