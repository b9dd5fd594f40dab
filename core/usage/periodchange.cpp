#include "core/usage/periodchange.h"

#include "core/api/numbertext.h"

#include <algorithm>
#include <cmath>

namespace neuroio {

namespace {

std::optional<double> quantityOf(const UsageTotals &totals, int eventType)
{
    for (const UsageTotal &total : totals) {
        if (total.eventType == eventType)
            return total.quantity;
    }
    return std::nullopt;
}

QString signedNumber(double value, const QLocale &locale)
{
    const QString digits = localeNumber(std::fabs(value), locale);
    if (value > 0)
        return locale.positiveSign() + digits;
    if (value < 0)
        return locale.negativeSign() + digits;
    return digits;
}

} // namespace

std::optional<PeriodChange::Against> PeriodChange::againstFromKey(QStringView key)
{
    if (key == u"previous")
        return Against::PreviousPeriod;
    if (key == u"year")
        return Against::YearEarlier;
    return std::nullopt;
}

MonthRange PeriodChange::earlierRange(const MonthRange &range, Against against)
{
    if (!range.isValid())
        return {};
    const int back = against == Against::YearEarlier ? 12 : range.monthCount();
    return MonthRange(range.from().addMonths(-back), range.to().addMonths(-back));
}

PeriodChange PeriodChange::of(int eventType, const UsageTotals &range, const UsageTotals &earlier,
                              const MonthRange &earlierMonths, Against against)
{
    PeriodChange change;
    change.against = against;
    change.earlier = earlierMonths;
    change.now = quantityOf(range, eventType);
    change.before = quantityOf(earlier, eventType);
    return change;
}

std::optional<double> PeriodChange::absolute() const
{
    if (!hasData())
        return std::nullopt;
    // A subtraction leaves binary noise (1000.4 - 1000 = 0.39999999999997726) below the 15th
    // significant digit of the larger figure: the difference to the precision they have.
    const double scale = std::max(std::fabs(*now), std::fabs(*before));
    const int whole = scale >= 1 ? int(std::floor(std::log10(scale))) + 1 : 1;
    const int decimals = std::clamp(15 - whole, 0, 15);
    const double difference = QString::number(*now - *before, 'f', decimals).toDouble();
    return difference == 0 ? 0.0 : difference; // never -0
}

std::optional<double> PeriodChange::percent() const
{
    if (!hasData() || *before == 0)
        return std::nullopt;
    return (*now - *before) / std::fabs(*before) * 100;
}

QString PeriodChange::signedPercent(const QLocale &locale) const
{
    const std::optional<double> change = percent();
    if (!change)
        return {};
    return (*change >= 0 ? locale.positiveSign() : locale.negativeSign())
           + localePercent(std::fabs(*change), locale);
}

QString PeriodChange::shortText(const QLocale &locale) const
{
    const std::optional<double> change = percent();
    if (!hasData() || (*before == 0 && *now == 0))
        return text(QString(), locale); // "no data for ...", "none, as in ..."
    if (!change)
        return tr("up from none in %1").arg(earlier.toString());
    return tr("%1 against %2", "a change in percent, the earlier months")
        .arg(signedPercent(locale), earlier.toString());
}

QString PeriodChange::text(const QString &unit, const QLocale &locale) const
{
    const QString months = earlier.toString();
    if (!hasData())
        return tr("no data for %1").arg(months);
    if (*before == 0) {
        return *now == 0 ? tr("none, as in %1").arg(months)
                         : tr("%1 %2 more than in %3, which had none")
                               .arg(localeNumber(*now, locale), unit, months);
    }
    return tr("%1 (%2 %3) against %4",
              "a change in percent, its amount and unit, the earlier months")
        .arg(signedPercent(locale), signedNumber(*absolute(), locale), unit, months);
}

} // namespace neuroio
