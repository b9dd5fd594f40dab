#include "core/usage/monthrange.h"

#include "core/api/billingquery.h"

namespace neuroio {

MonthRange MonthRange::forPreset(Preset preset, Month current)
{
    switch (preset) {
    case Preset::ThisMonth:
        return {current, current};
    case Preset::LastMonth:
        return {current.addMonths(-1), current.addMonths(-1)};
    case Preset::Last3Months:
        return {current.addMonths(-3), current.addMonths(-1)};
    case Preset::Last6Months:
        return {current.addMonths(-6), current.addMonths(-1)};
    case Preset::Last12Months:
        return {current.addMonths(-12), current.addMonths(-1)};
    case Preset::ThisYear:
        return {Month(current.year(), 1), current};
    case Preset::LastYear:
        return {Month(current.year() - 1, 1), Month(current.year() - 1, 12)};
    case Preset::Custom:
        break;
    }
    return {};
}

QList<MonthRange::Preset> MonthRange::presets()
{
    return {Preset::ThisMonth,    Preset::LastMonth, Preset::Last3Months, Preset::Last6Months,
            Preset::Last12Months, Preset::ThisYear,  Preset::LastYear};
}

QString MonthRange::presetName(Preset preset)
{
    switch (preset) {
    case Preset::ThisMonth:
        return tr("This month so far");
    case Preset::LastMonth:
        return tr("Last month");
    case Preset::Last3Months:
        return tr("Last 3 full months");
    case Preset::Last6Months:
        return tr("Last 6 full months");
    case Preset::Last12Months:
        return tr("Last 12 full months");
    case Preset::ThisYear:
        return tr("This year so far");
    case Preset::LastYear:
        return tr("Last year");
    case Preset::Custom:
        return tr("Custom range");
    }
    return {};
}

QString MonthRange::describe(Preset preset, Month current)
{
    if (preset == Preset::Custom)
        return presetName(preset);
    return tr("%1: %2", "a preset: its months")
        .arg(presetName(preset), forPreset(preset, current).toString());
}

ApiError MonthRange::check() const
{
    if (!m_from.isValid() || !m_to.isValid()) {
        return ApiError::invalidInput(tr("Both months must be set."));
    }
    BillingQuery months; // the one check of a range that ends before it starts
    months.monthFrom = m_from;
    months.monthTo = m_to;
    if (const ApiError reversed = months.check(); !reversed.isOk())
        return ApiError::invalidInput(reversed.message);
    return {};
}

QString MonthRange::toString() const
{
    if (m_from == m_to)
        return m_from.toString();
    return tr("%1 to %2").arg(m_from.toString(), m_to.toString());
}

} // namespace neuroio
