#pragma once

#include "core/api/month.h"
#include "core/usage/usageaggregator.h"

#include <QCoreApplication>
#include <QList>
#include <QLocale>
#include <QString>

namespace neuroio {

// A month far from its recent past: more than 3.5 median absolute deviations from the median
// of the months with usage before it (at least 6 of them, at most 12). The spread never counts
// as less than 5 % of that median: usage wobbles by a few percent from month to month, and a
// flat series must not make that an anomaly.
struct Anomaly
{
    Q_DECLARE_TR_FUNCTIONS(neuroio::Anomaly)

public:
    static constexpr double kThreshold = 3.5;
    static constexpr int kMonthsAtLeast = 6;
    static constexpr int kMonthsAtMost = 12;

    Month month;
    double value = 0;
    double median = 0;     // of the months compared with
    double deviations = 0; // from the median, in median absolute deviations; negative below
    int monthsCompared = 0;

    // months: one event type's months in order, as the trend has them (a month without data,
    // rows 0, is neither flagged nor compared with). openMonth, by the server's clock, and
    // any after it are partial: never flagged (an invalid one: every month is closed). Each
    // anomaly in month order.
    static QList<Anomaly> find(const QList<MonthlyPoint> &months, const Month &openMonth = Month());

    // "50.0 % above the median of the 6 months with usage before it (100 calls)"
    QString reason(const QString &unit, const QLocale &locale = QLocale()) const;
};

} // namespace neuroio
