#pragma once

#include "core/api/apierror.h"
#include "core/api/usagetotal.h"
#include "core/usage/monthrange.h"
#include "core/usage/usageaggregator.h"

#include <QDateTime>
#include <QString>

namespace neuroio::ui {

// What a report shows: the same numbers as the dashboard for the same filters.
struct ReportContent
{
    QString scope; // "My usage (account 1)" or "Northwind Logistics (account 11)"
    MonthRange range;
    QString filters; // "All spaces · All event types"
    QDateTime madeAt;
    UsageTotals totals;
    QList<int> eventTypes;
    const UsageAggregator *aggregator = nullptr;
};

// A PDF report: title, totals per event type, the monthly trend and per-space charts (the
// dashboard's own chart widgets, rendered offscreen), a per-space table, page numbers. It
// stays readable in black and white: every number is printed, not only drawn.
class ReportWriter final
{
public:
    // The file appears only when complete; an error says why it did not.
    static ApiError write(const ReportContent &content, const QString &path,
                          int *pageCount = nullptr);
};

} // namespace neuroio::ui
