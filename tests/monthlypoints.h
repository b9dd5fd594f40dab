#pragma once

#include "core/usage/usageaggregator.h"

#include <QList>

#include <cmath>

// One event type's months as the trend and the total endpoint give them, for the forecast,
// budget and anomaly tests: one point a value, from first on; NAN is a month without usage
// (rows 0), any other value one the server counted.
namespace neuroio::testing {

inline QList<MonthlyPoint> monthlyPoints(const Month &first, const QList<double> &values)
{
    QList<MonthlyPoint> points;
    for (qsizetype i = 0; i < values.size(); ++i) {
        MonthlyPoint p;
        p.month = first.addMonths(int(i));
        p.rows = std::isnan(values[i]) ? 0 : MonthlyPoint::kCountedByServer;
        p.quantity = std::isnan(values[i]) ? 0 : values[i];
        points.append(p);
    }
    return points;
}

// The same, ending with last.
inline QList<MonthlyPoint> monthlyPointsEnding(const Month &last, const QList<double> &values)
{
    return monthlyPoints(last.addMonths(1 - int(values.size())), values);
}

} // namespace neuroio::testing
