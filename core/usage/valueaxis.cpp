#include "core/usage/valueaxis.h"

#include <algorithm>
#include <cmath>

namespace neuroio {

namespace {

// The smallest round step that reaches maximum within the given number of intervals.
double roundStep(double maximum, int intervals)
{
    const double raw = maximum / intervals;
    const double power = std::pow(10.0, std::floor(std::log10(raw)));
    for (double factor : {1.0, 2.0, 2.5, 5.0, 10.0}) {
        if (factor * power >= raw * (1 - 1e-12))
            return factor * power;
    }
    return 10 * power;
}

int decimalsOf(double step)
{
    for (int decimals = 0; decimals < 6; ++decimals) {
        const double scaled = step * std::pow(10.0, decimals);
        if (std::abs(scaled - std::round(scaled)) < 1e-9 * std::max(1.0, scaled))
            return decimals;
    }
    return 6;
}

} // namespace

ValueAxis ValueAxis::forMaximum(double maximum, int maxTicks, const QLocale &locale)
{
    ValueAxis axis;
    const int intervals = std::max(1, maxTicks - 1);
    if (!(maximum > 0) || !std::isfinite(maximum))
        maximum = 1;
    const double step = roundStep(maximum, intervals);
    const double top = std::ceil(maximum / step - 1e-9) * step;
    if (top >= 1e9)
        axis.m_divisor = 1e9;
    else if (top >= 1e6)
        axis.m_divisor = 1e6;
    const int decimals = decimalsOf(step / axis.m_divisor);
    QLocale grouped = locale;
    grouped.setNumberOptions(locale.numberOptions() & ~QLocale::OmitGroupSeparator);
    const int count = static_cast<int>(std::llround(top / step));
    for (int i = 0; i <= count; ++i) {
        const double value = i * step;
        axis.m_ticks.append({value, grouped.toString(value / axis.m_divisor, 'f', decimals)});
    }
    return axis;
}

QString ValueAxis::title(const QString &unit) const
{
    if (m_divisor == 1e9)
        return tr("billion %1", "an axis title: billions of the unit").arg(unit);
    if (m_divisor == 1e6)
        return tr("million %1", "an axis title: millions of the unit").arg(unit);
    return unit;
}

} // namespace neuroio
