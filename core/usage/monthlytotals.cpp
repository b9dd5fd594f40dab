#include "core/usage/monthlytotals.h"

#include "core/api/eventtype.h"

namespace neuroio {

MonthlyTotalsTrend monthlyTrendFromTotals(const QList<Month> &months,
                                          const QList<UsageTotals> &answers,
                                          const QList<int> &selectedEventTypes)
{
    MonthlyTotalsTrend trend;
    trend.eventTypes = selectedEventTypes;
    if (trend.eventTypes.isEmpty()) {
        for (EventType t : knownEventTypes())
            trend.eventTypes.append(static_cast<int>(t));
        for (const UsageTotals &answer : answers) {
            for (const UsageTotal &t : answer) {
                if (t.eventType && !trend.eventTypes.contains(*t.eventType))
                    trend.eventTypes.append(*t.eventType);
            }
        }
    }
    for (int type : std::as_const(trend.eventTypes)) {
        QList<MonthlyPoint> points;
        points.reserve(months.size());
        for (qsizetype i = 0; i < months.size(); ++i) {
            MonthlyPoint point{months[i], 0, 0};
            if (i < answers.size()) {
                for (const UsageTotal &t : answers[i]) {
                    if (t.eventType != type || !t.quantity)
                        continue;
                    point.quantity += *t.quantity;
                    point.rows = MonthlyPoint::kCountedByServer;
                }
            }
            trend.anyUsage = trend.anyUsage || point.quantity != 0;
            points.append(point);
        }
        trend.series.insert(type, points);
    }
    return trend;
}

} // namespace neuroio
