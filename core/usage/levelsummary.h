#pragma once

#include "core/api/month.h"
#include "core/usage/usageaggregator.h"

#include <QCoreApplication>
#include <QLocale>

namespace neuroio {

// What a person means by "how many" for a level (storage, licences): the level in the latest
// month with usage, and the average level over the months with usage. The total endpoint's
// figure for a level is in unit-months, which is neither.
struct LevelSummary
{
    Q_DECLARE_TR_FUNCTIONS(neuroio::LevelSummary)

public:
    Month latestMonth;
    double latest = 0;
    double average = 0;
    int monthsWithData = 0;
    int monthsInRange = 0;

    bool isValid() const { return monthsWithData > 0; }

    // From one event type's monthly series (UsageAggregator::monthly()).
    static LevelSummary of(const QList<MonthlyPoint> &points);

    // "105,379 persons in 2026-10 · average 103,210"
    QString text(int eventType, const QLocale &locale = QLocale()) const;
    // "in 2026-10 · average 103,210", for a line under the latest level shown large.
    QString detail(const QLocale &locale = QLocale()) const;
    // Says which months the average covers when some had no usage.
    QString averageBasis() const;
};

} // namespace neuroio
