#include "core/usage/levelsummary.h"

#include "core/api/eventtype.h"
#include "core/api/numbertext.h"

#include <cmath>

namespace neuroio {

LevelSummary LevelSummary::of(const QList<MonthlyPoint> &points)
{
    LevelSummary summary;
    summary.monthsInRange = static_cast<int>(points.size());
    double sum = 0;
    for (const MonthlyPoint &point : points) {
        if (point.rows == 0)
            continue;
        sum += point.quantity;
        ++summary.monthsWithData;
        if (!summary.latestMonth.isValid() || summary.latestMonth < point.month) {
            summary.latestMonth = point.month;
            summary.latest = point.quantity;
        }
    }
    if (summary.monthsWithData > 0)
        summary.average = sum / summary.monthsWithData;
    return summary;
}

QString LevelSummary::text(int eventType, const QLocale &locale) const
{
    return tr("%1 %2 %3", "105,379 persons in 2026-10 · average 103,210")
        .arg(localeNumber(latest, locale), eventTypeUnit(eventType), detail(locale));
}

QString LevelSummary::detail(const QLocale &locale) const
{
    // An average of levels is shown whole: "103,210.4 persons" claims a precision no one has.
    return tr("in %1 · average %2", "the latest month · the average level")
        .arg(latestMonth.toString(), localeNumber(std::round(average), locale));
}

QString LevelSummary::averageBasis() const
{
    // Spelled out for one month rather than "month(s)": the English has no plural file yet.
    if (monthsWithData == monthsInRange) {
        return monthsInRange == 1
                   ? tr("The average is the level of the range's one month.")
                   : tr("The average is over all %1 months of the range.").arg(monthsInRange);
    }
    const int without = monthsInRange - monthsWithData;
    return monthsWithData == 1
               ? tr("The average is the level of the one month with usage; %1 of the range "
                    "had none.")
                     .arg(without)
               : tr("The average is over the %1 months with usage; %2 of the range had none.")
                     .arg(monthsWithData)
                     .arg(without);
}

} // namespace neuroio
