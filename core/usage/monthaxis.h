#pragma once

#include "core/api/month.h"

#include <QList>
#include <QLocale>
#include <QString>

namespace neuroio {

struct MonthTick
{
    int index = 0; // months after the first month of the axis
    Month month;
    QString label; // "Jan 2026", or "Mar" where the year is plain from the label before
};

// The labelled ticks of a month axis of `count` months starting at `first`, with room for
// about `maxLabels` labels. The first and last months are always labelled; between them,
// ticks fall on whole calendar steps of 1, 2, 3, 6 or 12 months (every month, odd months,
// quarters, half-years, Januaries), the smallest step that fits. A label names exactly the
// month it marks, and carries the year on the first label and wherever the year changed since
// the label before, so no label can be read as a month of another year. Charts and the report
// share it, so they label alike.
QList<MonthTick> monthAxisTicks(Month first, int count, int maxLabels,
                                const QLocale &locale = QLocale());

// The steps monthAxisTicks() places ticks at, in months.
QList<int> monthAxisSteps();

} // namespace neuroio
