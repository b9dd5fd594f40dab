#pragma once

#include "core/api/usagetotal.h"
#include "core/usage/monthrange.h"

#include <QCoreApplication>
#include <QLocale>
#include <QString>

#include <optional>

namespace neuroio {

// One total against the same total for earlier months: the period just before, of equal
// length, or the same months a year earlier. Where the earlier months have no figure there is
// no change to tell ("no data"), never 0 %; where they had none at all, no percentage either.
struct PeriodChange
{
    Q_DECLARE_TR_FUNCTIONS(neuroio::PeriodChange)

public:
    enum class Against { PreviousPeriod, YearEarlier };

    Against against = Against::PreviousPeriod;
    MonthRange earlier;
    std::optional<double> now;
    std::optional<double> before;

    // "previous" or "year", as command lines and files name them; empty for anything else.
    static std::optional<Against> againstFromKey(QStringView key);

    // The months to compare range with: the months just before it, as many; or the same
    // months a year earlier.
    static MonthRange earlierRange(const MonthRange &range, Against against);
    // The change of eventType's total, from the totals of the range and of the earlier months.
    static PeriodChange of(int eventType, const UsageTotals &range, const UsageTotals &earlier,
                           const MonthRange &earlierMonths, Against against);

    bool hasData() const { return now.has_value() && before.has_value(); }
    // now - before, to the precision of the figures (without the subtraction's binary noise).
    std::optional<double> absolute() const;
    // Empty without data, and when the earlier months had 0: no percentage of nothing.
    std::optional<double> percent() const;
    // The percent with its sign always written, to a tenth: "+12.3 %", "+0.0 %" (unchanged to
    // a tenth), "-4.0 %"; empty where percent() is.
    QString signedPercent(const QLocale &locale = QLocale()) const;
    // "+12.3 % (+1,234 calls) against 2024-11 to 2025-10", "no data for 2024-11 to 2025-10",
    // "1,234 calls more than in ..., which had none": the direction in words and signs, never
    // by colour alone. unit: the total's (eventTypeTotalUnit()).
    QString text(const QString &unit, const QLocale &locale = QLocale()) const;
    // The same without the amount, for a line that must stay short: "+12.3 % against
    // 2024-11 to 2025-10"; "no data for ..." and "none, as in ..." as text() says them.
    QString shortText(const QLocale &locale = QLocale()) const;
};

// The totals of the earlier months a range is set against, or why there are none: what the
// dashboard's tiles and the report make their changes from.
struct PeriodComparison
{
    MonthRange earlier;
    std::optional<UsageTotals> totals; // empty: failure says why
    QString failure;                   // for a person: "2026-11 is not over yet, ..."
};

} // namespace neuroio
