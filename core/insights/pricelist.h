#pragma once

#include "core/api/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

class QJsonValue;

namespace neuroio {

// One step of a graduated price: it prices the part of a month's quantity above the tier
// before's bound and up to its own.
struct PriceTier
{
    // Whole units, inclusive, within one month; empty: no bound (the last tier only).
    std::optional<qint64> upTo;
    // The price of TypePrice::per units in 10^-9 of the currency's major unit: prices have
    // more decimals than money (0.0004 EUR a call), and a double would not hold them exactly.
    qint64 nanos = 0;

    friend bool operator==(const PriceTier &a, const PriceTier &b)
    {
        return a.upTo == b.upTo && a.nanos == b.nanos;
    }
};

// One event type's price. A flat price is one tier without a bound.
struct TypePrice
{
    int eventType = 0;
    qint64 per = 1; // the tiers' prices are of this many units
    QList<PriceTier> tiers;

    friend bool operator==(const TypePrice &a, const TypePrice &b)
    {
        return a.eventType == b.eventType && a.per == b.per && a.tiers == b.tiers;
    }
};

// The user's own prices, since NeuroIO's are not public: a JSON file kept beside the budgets
// (prices.json):
//   {"format": "neuroio-billing-prices", "version": 1, "currency": "EUR",
//    "prices": [
//      {"event_type": "api-calls", "per": 1000, "tiers": [
//         {"up_to": 1000000, "price": "0.40"}, {"price": "0.25"}]},
//      {"event_type": "persons-storage", "price": "0.002"}]}
// - currency: an ISO 4217 code, three capital letters. "minor_unit_digits" (0 to 4) says how
//   many decimals its money has; without it, ISO 4217's (0 for JPY, 3 for BHD, 2 for most).
// - event_type: a machine name or a number of a known type, each type at most once.
// - price: of "per" units (a whole number, 1 without it) in the currency's major unit, as a
//   JSON string ("0.0004") or number; exact to 9 decimals, at most kMaxPrice. A number is
//   read through its shortest text, so 0.0004 is 0.0004 and not the double nearest it.
// - Either "price" or "tiers". Tiers are graduated, like a cloud bill's: each prices the part
//   of the month's quantity that falls inside it, and every month starts from the first tier.
//   "up_to" (a whole number of units, inclusive) rises from tier to tier; the last tier has
//   none, every other one has one.
// For a level (storage, licences: isLevelEventType()) a month's quantity is its level, so the
// price is per unit and month (unit-months, like GB-months); for a flow, per unit counted.
class PriceList final
{
    Q_DECLARE_TR_FUNCTIONS(neuroio::PriceList)

public:
    static constexpr qint64 kNanosPerUnit = 1'000'000'000;
    static constexpr qint64 kMaxPrice = 1'000'000'000; // major units
    static constexpr int kMaxMinorDigits = 4;          // "minor_unit_digits" at most
    // The largest "up_to" and "per": whole numbers a JSON number holds exactly (2^53 - 1).
    static constexpr qint64 kMaxWhole = 9'007'199'254'740'991;

    QString currency; // ISO 4217: "EUR"
    int minorDigits = 2;
    QList<TypePrice> prices;

    // The price of eventType; null when the list has none.
    const TypePrice *priceOf(int eventType) const;

    // ISO 4217's decimals of currency: 0 for JPY and KRW, 3 for BHD and KWD, 2 otherwise.
    static int defaultMinorDigits(const QString &currency);
    // A price in nanos as the file writes it: "0.4", "12", "0.000000001".
    static QString priceText(qint64 nanos);

    // Every problem is a sentence named with its place ("prices[1].tiers[0].up_to: ...") and
    // nothing is taken from a file with a problem.
    static Result<PriceList> fromJson(const QByteArray &json);
    // path's prices; an unreadable file is a ReadFailed error naming the path.
    static Result<PriceList> read(const QString &path);
    // What fromJson reads back as the same list; prices as strings, exact.
    static QByteArray toJson(const PriceList &list);
    // Writes list to path whole or not at all (writeWholeFileMakingFolder): an earlier file
    // stays as it was when anything fails.
    static ApiError write(const QString &path, const PriceList &list);
    // prices.json beside budgets.json (BudgetFile::defaultPath()).
    static QString defaultPath();

    friend bool operator==(const PriceList &a, const PriceList &b)
    {
        return a.currency == b.currency && a.minorDigits == b.minorDigits && a.prices == b.prices;
    }

private:
    static Result<TypePrice> typePriceFrom(const QJsonValue &value, qsizetype at,
                                           const QList<TypePrice> &before);
    static Result<QList<PriceTier>> tiersFrom(const QJsonValue &value, const QString &place);
    static Result<qint64> nanosFrom(const QJsonValue &value, const QString &place);
};

} // namespace neuroio
