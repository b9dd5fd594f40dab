#include "ui/widgets/numberformat.h"

#include <cmath>

namespace neuroio::ui {

QString formatQuantity(double value, const QLocale &locale)
{
    if (std::trunc(value) == value && std::fabs(value) < 9e15)
        return locale.toString(static_cast<qint64>(value));
    return locale.toString(value, 'f', QLocale::FloatingPointShortest);
}

QString formatPercent(double percent, const QLocale &locale)
{
    return locale.toString(percent, 'f', 1) + QStringLiteral("\u202f%");
}

QString formatCompact(double value, const QLocale &locale)
{
    const double magnitude = std::fabs(value);
    if (magnitude >= 1e9)
        return locale.toString(value / 1e9, 'f', 2) + QStringLiteral("\u202fG");
    if (magnitude >= 1e6)
        return locale.toString(value / 1e6, 'f', magnitude >= 1e8 ? 0 : 1)
               + QStringLiteral("\u202fM");
    if (magnitude >= 1e4)
        return locale.toString(value / 1e3, 'f', 0) + QStringLiteral("\u202fk");
    return formatQuantity(value, locale);
}

} // namespace neuroio::ui
