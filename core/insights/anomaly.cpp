#include "core/insights/anomaly.h"

#include "core/insights/median.h"

#include "core/api/numbertext.h"

#include <algorithm>
#include <cmath>
#include <vector>

namespace neuroio {

namespace {

// The least spread a month is measured against, as a share of the median.
constexpr double kLeastSpread = 0.05;

} // namespace

QList<Anomaly> Anomaly::find(const QList<MonthlyPoint> &months, const Month &openMonth)
{
    QList<Anomaly> found;
    for (qsizetype i = 0; i < months.size(); ++i) {
        if (months[i].rows == 0 || (openMonth.isValid() && months[i].month >= openMonth))
            continue;
        std::vector<double> before;
        for (qsizetype j = i - 1; j >= 0 && int(before.size()) < kMonthsAtMost; --j) {
            if (months[j].rows != 0)
                before.push_back(months[j].quantity);
        }
        if (int(before.size()) < kMonthsAtLeast)
            continue;
        const double middle = medianOf(before);
        std::vector<double> distances;
        for (const double value : before)
            distances.push_back(std::fabs(value - middle));
        const double spread = std::max(medianOf(distances), kLeastSpread * std::fabs(middle));
        if (spread <= 0)
            continue; // every month before was 0: nothing to measure a change by
        const double deviations = (months[i].quantity - middle) / spread;
        if (std::fabs(deviations) > kThreshold) {
            Anomaly anomaly;
            anomaly.month = months[i].month;
            anomaly.value = months[i].quantity;
            anomaly.median = middle;
            anomaly.deviations = deviations;
            anomaly.monthsCompared = int(before.size());
            found.append(anomaly);
        }
    }
    return found;
}

QString Anomaly::reason(const QString &unit, const QLocale &locale) const
{
    // Said in percent of the median, which is exact whatever spread the month was measured by.
    const QString usual = localeNumber(std::round(median), locale);
    const QString apart
        = median != 0 ? localePercent(std::fabs(value - median) / std::fabs(median) * 100, locale)
                      : localeNumber(std::fabs(value - median), locale) + QLatin1Char(' ') + unit;
    return value > median ? tr("%1 above the median of the %2 months with usage before it (%3 %4)")
                                .arg(apart)
                                .arg(monthsCompared)
                                .arg(usual, unit)
                          : tr("%1 below the median of the %2 months with usage before it (%3 %4)")
                                .arg(apart)
                                .arg(monthsCompared)
                                .arg(usual, unit);
}

} // namespace neuroio
