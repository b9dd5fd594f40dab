#pragma once

#include "core/api/usagetotal.h"
#include "core/usage/usageaggregator.h"

#include <QList>
#include <QMap>

namespace neuroio {

// The monthly trend as the total endpoint gives it, one answer per month: it is in long before
// every usage row is, and its numbers are the server's own.
struct MonthlyTotalsTrend
{
    QList<int> eventTypes; // the selected types, or every known type and any other answered
    QMap<int, QList<MonthlyPoint>> series; // per type, one point per month, in month order
    bool anyUsage = false;                 // some month has a quantity other than 0
};

// answers[i] is the total endpoint's answer for months[i] alone. A type a month's answer does
// not report is a point without data (rows 0); a reported one has rows -1: the server counted
// it, not we (see MonthlyPoint).
MonthlyTotalsTrend monthlyTrendFromTotals(const QList<Month> &months,
                                          const QList<UsageTotals> &answers,
                                          const QList<int> &selectedEventTypes);

} // namespace neuroio
