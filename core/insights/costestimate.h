#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <limits>
#include <optional>

class QLocale;

namespace neuroio {

class PriceList;
struct MonthlyPoint;
struct TypePrice;

// An amount in a currency's minor units (cents), counted, never a double.
struct Money
{
    qint64 minor = 0;
    QString currency; // ISO 4217
    int minorDigits = 2;
    // The cost could not be counted: it is beyond what qint64 holds, or a quantity was beyond
    // CostEstimate::kMaxQuantity. minor is then the largest qint64, so it sorts last, and no
    // figure is shown for it.
    bool tooLarge = false;

    // Adds other (in the same currency) to this amount; beyond what qint64 holds, or other
    // too large, it is too large: never a wrapped figure.
    void add(const Money &other);

    friend bool operator==(const Money &a, const Money &b)
    {
        return a.minor == b.minor && a.currency == b.currency && a.minorDigits == b.minorDigits
               && a.tooLarge == b.tooLarge;
    }
};

// What usage costs at the user's own prices (PriceList), in whole minor units.
// Each month is billed on its own, as a bill is: its tiers start again from the first, and its
// cost is rounded once to a minor unit, half away from zero. A range's cost is the sum of its
// months' rounded costs, so a total always equals the sum of the months shown; it can differ
// from pricing the range's whole quantity at once (three months of 0.4 cent each cost 0).
class CostEstimate final
{
    Q_DECLARE_TR_FUNCTIONS(neuroio::CostEstimate)

public:
    // Quantities are counted in thousandths of a unit, which must fit in qint64; up to 2^53
    // a double also holds every whole number, so nothing is lost to get there.
    static constexpr double kMaxQuantity = 9007199254740992.0;
    static constexpr qint64 kTooLarge = std::numeric_limits<qint64>::max();

    // One month's cost of quantity (its sum for a flow, its level for a level) at price, in
    // minor units of a currency with minorDigits (0 to 4) decimals. The quantity is rounded to
    // a thousandth of a unit; below 0 or not a number, it is taken as 0 (usage is never
    // negative); above kMaxQuantity (or infinite), or a cost beyond qint64, is empty.
    static std::optional<qint64> monthMinor(const TypePrice &price, double quantity,
                                            int minorDigits);
    // The cost of eventType's months (as UsageAggregator::monthly() gives them; a month without
    // rows costs nothing) at list's prices; empty when the list has no price for the type.
    static std::optional<Money> ofMonths(const PriceList &list, int eventType,
                                         const QList<MonthlyPoint> &months);

    // money for a person: the locale's digits, separators and place for the currency
    // ("€1,234.56" in en_US, "1.234,56 €" in de_DE). The sign is the locale's own currency's,
    // or one only this currency uses (€, ₹); a sign that several share ($, £, ¥) would be
    // ambiguous, so the code is shown instead ("GBP 12.00"). Too large: says so, no figure.
    static QString text(const Money &money, const QLocale &locale);
    // money for a file: locale-free, every minor digit ("1234.56", "1234" for 0 digits), no
    // currency; empty when it is too large.
    static QString plainText(const Money &money);
};

} // namespace neuroio
