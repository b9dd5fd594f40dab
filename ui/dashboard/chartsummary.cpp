#include "ui/dashboard/chartsummary.h"

#include "core/api/numbertext.h"

#include <cmath>

namespace neuroio::ui {

QString ChartSummary::trend(const QString &eventType, Month firstMonth,
                            const QList<std::optional<double>> &values, const QLocale &locale)
{
    int first = -1;
    int last = -1;
    for (int i = 0; i < values.size(); ++i) {
        if (!values[i])
            continue;
        if (first < 0)
            first = i;
        last = i;
    }
    if (first < 0)
        return tr("%1: no usage in these months.").arg(eventType);
    const Month from = firstMonth.addMonths(first);
    const Month to = firstMonth.addMonths(last);
    const double start = *values[first];
    const double end = *values[last];
    if (first == last) {
        return tr("%1: %2 in %3, the only month with usage.", "an event type: a number in a month")
            .arg(eventType, localeNumber(start, locale), from.toString());
    }
    if (start == 0 && end != 0) {
        // No percentage grows from nothing: the two numbers say it instead.
        return tr("%1 rose from 0 in %2 to %3 in %4.")
            .arg(eventType, from.toString(), localeNumber(end, locale), to.toString());
    }
    const double percent = start == 0 ? 0 : (end - start) / std::abs(start) * 100;
    // Unchanged as far as the one decimal shown can tell.
    if (std::round(percent * 10) == 0) {
        return tr("%1 unchanged from %2 to %3, at %4.")
            .arg(eventType, from.toString(), to.toString(), localeNumber(end, locale));
    }
    const QString change = localePercent(std::abs(percent), locale);
    return (percent > 0 ? tr("%1 rose %2 from %3 to %4.", "an event type rose 12 % from a month "
                                                          "to a month")
                        : tr("%1 fell %2 from %3 to %4.", "an event type fell 12 % from a month "
                                                          "to a month"))
        .arg(eventType, change, from.toString(), to.toString());
}

QString ChartSummary::breakdown(const QString &eventType, const QStringList &names,
                                const QList<double> &percents, const QLocale &locale)
{
    qsizetype largest = -1;
    for (qsizetype i = 0; i < std::min(names.size(), percents.size()); ++i) {
        if (largest < 0 || percents[i] > percents[largest])
            largest = i;
    }
    if (largest < 0)
        return tr("%1 by space: no usage.").arg(eventType);
    return tr("%1 by space: the largest share is %2, with %3 of the total.",
              "an event type; a space; a percentage")
        .arg(eventType, names[largest], localePercent(percents[largest], locale));
}

} // namespace neuroio::ui
