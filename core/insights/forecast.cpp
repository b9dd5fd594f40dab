#include "core/insights/forecast.h"

#include "core/insights/median.h"

#include <QTimeZone>

#include <algorithm>
#include <cmath>
#include <vector>

namespace neuroio {

namespace {

// A normal distribution's standard deviation from a median absolute deviation.
constexpr double kMadToSigma = 1.4826;
constexpr double kBandSigmas = 2;

} // namespace

TrendForecast TrendForecast::fit(const QList<MonthlyPoint> &closedMonths, int monthsAhead)
{
    TrendForecast forecast;
    if (closedMonths.isEmpty()) {
        forecast.whyNone = tr("no closed month to go on");
        return forecast;
    }
    const Month last = closedMonths.last().month;
    std::vector<double> x;
    std::vector<double> y;
    for (const MonthlyPoint &point : closedMonths) {
        const int age = point.month.monthsTo(last);
        if (age < 0 || age >= kMonthsAtMost || point.rows == 0)
            continue;
        x.push_back(double(-age));
        y.push_back(point.quantity);
    }
    forecast.monthsUsed = int(x.size());
    if (forecast.monthsUsed < kMonthsAtLeast) {
        // Spelled out for one month: the English has no plural file.
        forecast.whyNone
            = (forecast.monthsUsed == 1 ? tr("1 closed month with usage; a forecast needs %1")
                                        : tr("%n closed months with usage; a forecast needs %1", "",
                                             forecast.monthsUsed))
                  .arg(kMonthsAtLeast);
        return forecast;
    }
    std::vector<double> slopes;
    for (std::size_t i = 0; i < x.size(); ++i) {
        for (std::size_t j = i + 1; j < x.size(); ++j)
            slopes.push_back((y[j] - y[i]) / (x[j] - x[i]));
    }
    const double slope = medianOf(slopes);
    std::vector<double> intercepts;
    for (std::size_t i = 0; i < x.size(); ++i)
        intercepts.push_back(y[i] - slope * x[i]);
    const double intercept = medianOf(intercepts); // the trend's value at the last closed month
    std::vector<double> residuals;
    for (std::size_t i = 0; i < x.size(); ++i)
        residuals.push_back(std::fabs(y[i] - (intercept + slope * x[i])));
    const double halfBand = kBandSigmas * kMadToSigma * medianOf(residuals);
    forecast.slopePerMonth = slope;
    for (int ahead = 1; ahead <= monthsAhead; ++ahead) {
        ForecastPoint point;
        point.month = last.addMonths(ahead);
        point.value = std::max(0.0, intercept + slope * ahead);
        point.low = std::max(0.0, point.value - halfBand);
        point.high = std::max(0.0, point.value + halfBand);
        forecast.points.append(point);
    }
    return forecast;
}

TrendForecast TrendForecast::ofRange(const QList<MonthlyPoint> &months, const Month &openMonth)
{
    if (!openMonth.isValid())
        return fit(months); // no month is known to be open
    QList<MonthlyPoint> closed;
    for (const MonthlyPoint &point : months) {
        if (point.month < openMonth)
            closed.append(point);
    }
    if (!closed.isEmpty() && closed.last().month != openMonth.addMonths(-1)) {
        TrendForecast none;
        none.whyNone = tr("the range ends before the last closed month, %1")
                           .arg(openMonth.addMonths(-1).toString());
        return none;
    }
    return fit(closed);
}

OpenMonthProjection OpenMonthProjection::of(double soFar, const QDateTime &now)
{
    OpenMonthProjection projection;
    const QDateTime utc = now.toUTC();
    const QDate today = utc.date();
    projection.month = Month::fromDate(today);
    projection.soFar = soFar;
    projection.daysInMonth = today.daysInMonth();
    const QDateTime monthStart(QDate(today.year(), today.month(), 1), QTime(0, 0),
                               QTimeZone::utc());
    projection.elapsedDays = double(monthStart.secsTo(utc)) / (24 * 60 * 60);
    if (projection.elapsedDays < 1) {
        projection.whyNone = tr("less than a day of the month has passed");
        return projection;
    }
    projection.projected = soFar * projection.daysInMonth / projection.elapsedDays;
    return projection;
}

} // namespace neuroio
