#include "core/export/reportcontent.h"

#include "core/api/eventtype.h"
#include "core/api/numbertext.h"

#include <algorithm>
#include <climits>
#include <cmath>

namespace neuroio {

QString ReportContent::documentTitle() const
{
    return tr("%1: %2, %3").arg(title, scope, range.toString());
}

QString ReportContent::scopeText(const ReportSubject &subject)
{
    if (!subject.accountId)
        return tr("My usage");
    for (const Account &account : subject.accounts) {
        if (account.id == *subject.accountId)
            return tr("%1 (account %2)").arg(account.name).arg(account.id);
    }
    return tr("Account %1").arg(*subject.accountId);
}

QString ReportContent::filtersText(const ReportSubject &subject)
{
    QString spaces = tr("All spaces");
    if (!subject.spaceIds.isEmpty()) {
        // A managed account's spaces are not listed: no total to count against.
        spaces = subject.spacesListed > 0
                     ? tr("%1 of %2 spaces").arg(subject.spaceIds.size()).arg(subject.spacesListed)
                     : tr("Selected spaces: %1").arg(subject.spaceIds.size());
    }
    const QString types = subject.eventTypes.isEmpty() ? tr("All event types")
                                                       : tr("%1 of %2 event types")
                                                             .arg(subject.eventTypes.size())
                                                             .arg(knownEventTypes().size());
    return tr("%1 · %2").arg(spaces, types);
}

QString ReportContent::changeText(int eventType, const UsageTotals &totals,
                                  const std::optional<PeriodComparison> &comparison,
                                  PeriodChange::Against against)
{
    if (!comparison)
        return tr("not compared: the earlier totals had not come in when the report was made");
    if (!comparison->totals) {
        return tr("not compared with %1: %2", "the earlier months, why not")
            .arg(comparison->earlier.toString(), comparison->failure);
    }
    // "no data for ..." where the earlier months have no figure: never a change of 0 %.
    return PeriodChange::of(eventType, totals, *comparison->totals, comparison->earlier, against)
        .text(eventTypeTotalUnit(eventType));
}

QString ReportContent::forecastText(int eventType, const TrendForecast &forecast)
{
    if (!forecast.isValid())
        return tr("none: %1", "why there is no forecast").arg(forecast.whyNone);
    QStringList months;
    for (const ForecastPoint &point : forecast.points) {
        months << tr("%1: %2 %3 (%4 to %5)", "a forecast month: its value, unit and band")
                      .arg(point.month.toString(), localeNumber(std::round(point.value)),
                           eventTypeUnit(eventType), localeNumber(std::round(point.low)),
                           localeNumber(std::round(point.high)));
    }
    return tr("%1 — from the trend of %n closed months, not part of any total", "",
              forecast.monthsUsed)
        .arg(months.join(QStringLiteral("; ")));
}

QList<ReportContent::Finding> ReportContent::findingsFor(int eventType, const MonthRange &range,
                                                         const UsageTotals &totals,
                                                         const ReportInsights &insights)
{
    using Against = PeriodChange::Against;
    QList<Finding> findings;
    if (range.isValid()) {
        // A range of 12 months has the same months before it as a year earlier: one line.
        if (PeriodChange::earlierRange(range, Against::PreviousPeriod)
            == PeriodChange::earlierRange(range, Against::YearEarlier)) {
            findings.append(
                {tr("Against the year before"),
                 changeText(eventType, totals, insights.previousPeriod, Against::PreviousPeriod)});
        } else {
            findings.append(
                {tr("Against the months before"),
                 changeText(eventType, totals, insights.previousPeriod, Against::PreviousPeriod)});
            findings.append(
                {tr("Against a year earlier"),
                 changeText(eventType, totals, insights.yearEarlier, Against::YearEarlier)});
        }
    }
    const auto forecast = insights.forecasts.constFind(eventType);
    findings.append({tr("Forecast"), forecast != insights.forecasts.constEnd()
                                         ? forecastText(eventType, *forecast)
                                         : tr("none: the monthly figures had not come in")});

    // Budgets are about the month open now, whatever the range: the label names that month.
    if (!insights.budgets.isEmpty()) {
        bool any = false;
        for (const BudgetStatus &status : insights.budgetStatuses) {
            if (status.budget.eventType != eventType)
                continue;
            any = true;
            findings.append({tr("Budget in %1").arg(status.month.toString()), status.summary()});
        }
        if (!any) {
            const bool kept
                = std::any_of(insights.budgets.cbegin(), insights.budgets.cend(),
                              [eventType](const Budget &b) { return b.eventType == eventType; });
            findings.append(
                {tr("Budget"), kept ? tr("not checked when the report was made")
                                    : tr("none set for %1").arg(eventTypeDisplayName(eventType))});
        }
    }
    if (insights.costs) {
        const auto cost = insights.costs->constFind(eventType);
        findings.append(
            {tr("Estimated cost"),
             cost != insights.costs->constEnd()
                 ? tr("%1, an estimate from your price list, not a bill", "an amount of money")
                       .arg(CostEstimate::text(*cost, QLocale()))
             : insights.pricedTypes.contains(eventType)
                 ? tr("none: no monthly figures of %1 to price")
                       .arg(eventTypeDisplayName(eventType))
                 : tr("none: your price list has no price for %1")
                       .arg(eventTypeDisplayName(eventType))});
    }
    return findings;
}

ReportContent ReportContent::build(const ReportSubject &subject, const UsageTotals &totals,
                                   const UsageAggregator &aggregator, const QDateTime &madeAt,
                                   const ReportInsights &insights)
{
    ReportContent content;
    content.title = tr("NeuroIO usage report");
    content.scope = scopeText(subject);
    content.range = subject.range;
    content.filters = filtersText(subject);
    content.madeAt = madeAt;
    content.totals = totals;
    content.eventTypes = aggregator.shownEventTypes(subject.eventTypes);
    content.aggregator = &aggregator;
    for (int type : content.eventTypes)
        content.monthly.insert(type, LevelSummary::of(aggregator.monthly(type)));
    content.openMonth = insights.openMonth;
    const bool budgets = !insights.budgets.isEmpty();
    const bool costs = insights.costs.has_value();
    content.findingsTitle = budgets && costs ? tr("Changes, forecasts, budgets and costs")
                            : budgets        ? tr("Changes, forecasts and budgets")
                            : costs          ? tr("Changes, forecasts and costs")
                                             : tr("Changes and forecasts");
    for (int type : content.eventTypes)
        content.findings.insert(type, findingsFor(type, subject.range, totals, insights));

    QMap<QString, int> rowOf;
    for (int type : content.eventTypes) {
        for (const SpaceShare &share : aggregator.breakdown(type, INT_MAX).items) {
            const QString key = share.spaceId ? QString::number(*share.spaceId) : share.name;
            if (!rowOf.contains(key)) {
                rowOf.insert(key, static_cast<int>(content.spaces.size()));
                content.spaces.append(SpaceRow{share.name.isEmpty() && share.spaceId
                                                   ? tr("Space %1").arg(*share.spaceId)
                                                   : share.name,
                                               {}});
            }
            content.spaces[rowOf.value(key)].values.insert(type, share.quantity);
        }
    }
    if (!content.eventTypes.isEmpty()) {
        const int first = content.eventTypes.first();
        std::stable_sort(content.spaces.begin(), content.spaces.end(),
                         [first](const SpaceRow &a, const SpaceRow &b) {
                             return a.values.value(first) > b.values.value(first);
                         });
    }
    return content;
}

} // namespace neuroio
