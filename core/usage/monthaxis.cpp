#include "core/usage/monthaxis.h"

#include <QDate>

#include <algorithm>
#include <cmath>

namespace neuroio {

QList<int> monthAxisSteps()
{
    return {1, 2, 3, 6, 12};
}

QList<MonthTick> monthAxisTicks(Month first, int count, int maxLabels, const QLocale &locale)
{
    QList<MonthTick> ticks;
    if (!first.isValid() || count <= 0)
        return ticks;
    // A label needs this many months of axis to itself, or it runs into its neighbour.
    const double spacing = count / static_cast<double>(std::max(2, maxLabels));
    const QList<int> steps = monthAxisSteps();
    int step = steps.constLast();
    for (int candidate : steps) {
        if (candidate >= spacing) {
            step = candidate;
            break;
        }
    }
    // The ends are labelled whatever the step; a regular tick too close to one of them would
    // collide with its label, so it gives way. Every month is a regular tick at step 1.
    const int gap = std::clamp(static_cast<int>(std::ceil(spacing)), 1, step);
    QList<int> indexes{0};
    for (int i = 1; i < count - 1; ++i) {
        const Month month = first.addMonths(i);
        if ((month.month() - 1) % step != 0)
            continue;
        if (i - indexes.constLast() < gap || (count - 1) - i < gap)
            continue;
        indexes.append(i);
    }
    if (count > 1)
        indexes.append(count - 1);

    int previousYear = 0;
    for (int index : indexes) {
        const Month month = first.addMonths(index);
        const bool withYear = month.year() != previousYear;
        previousYear = month.year();
        const QDate date(month.year(), month.month(), 1);
        const QString label
            = locale.toString(date, withYear ? QStringLiteral("MMM yyyy") : QStringLiteral("MMM"));
        ticks.append({index, month, label});
    }
    return ticks;
}

} // namespace neuroio
