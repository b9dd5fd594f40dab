#pragma once

#include "core/api/month.h"

#include <QCoreApplication>
#include <QList>
#include <QLocale>
#include <QString>

#include <optional>

namespace neuroio::ui {

// A chart in words, for those who cannot see it: its accessible description, beside the
// table of its numbers. Pure, so that each wording is tested without drawing a chart.
class ChartSummary final
{
    Q_DECLARE_TR_FUNCTIONS(neuroio::ui::ChartSummary)

public:
    // A monthly trend from its first month with usage to its last: rose, fell or unchanged, by
    // how much in percent, and over which months. A month without usage (std::nullopt) is
    // skipped, as the chart leaves it out rather than drawing a 0.
    static QString trend(const QString &eventType, Month firstMonth,
                         const QList<std::optional<double>> &values,
                         const QLocale &locale = QLocale());

    // The breakdown by space: the bar with the largest share. names and percents are the bars'.
    static QString breakdown(const QString &eventType, const QStringList &names,
                             const QList<double> &percents, const QLocale &locale = QLocale());
};

} // namespace neuroio::ui
