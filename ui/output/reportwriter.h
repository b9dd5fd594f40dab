#pragma once

#include "core/api/apierror.h"
#include "core/export/reportcontent.h"

#include <QCoreApplication>
#include <QString>

namespace neuroio::ui {

// Draws a report's content (core/export/reportcontent.h) as a PDF: title, totals per event
// type, each type's findings (changes, forecast, budgets, cost) as the content words them,
// the monthly trend and per-space charts (the dashboard's own chart widgets, rendered
// offscreen), the table of every space, page numbers. It stays readable in black and white:
// every number is printed, not only drawn.
class ReportWriter final
{
    Q_DECLARE_TR_FUNCTIONS(neuroio::ui::ReportWriter)

public:
    // The file appears only when complete; an error says why it did not.
    static ApiError write(const ReportContent &content, const QString &path,
                          int *pageCount = nullptr);
};

} // namespace neuroio::ui
