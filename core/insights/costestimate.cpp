#include "core/insights/costestimate.h"

#include "core/insights/pricelist.h"
#include "core/usage/usageaggregator.h"

#include <QHash>
#include <QLocale>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace neuroio {

namespace {

// Wide enough for a quantity's thousandths times a price's nanos (two qint64s). A GCC and
// Clang extension; __extension__ says so to -Wpedantic.
__extension__ typedef __int128 Int128;

quint64 powerOfTen(int exponent)
{
    quint64 power = 1;
    for (int i = 0; i < exponent; ++i)
        power *= 10;
    return power;
}

// Currency signs (not codes) that name one currency in every locale Qt knows: EUR's "€",
// INR's "₹". Read from the locales, as Qt has no table of them; a sign is compared in its
// compatibility form, so JPY's "￥" and CNY's "¥" count as one and neither is used.
QHash<QString, QString> unambiguousSigns()
{
    QHash<QString, QSet<QString>> signsOf; // code -> signs
    QHash<QString, QSet<QString>> codesOf; // sign -> codes
    for (const QLocale &locale : QLocale::matchingLocales(QLocale::AnyLanguage, QLocale::AnyScript,
                                                          QLocale::AnyTerritory)) {
        const QString code = locale.currencySymbol(QLocale::CurrencyIsoCode);
        if (code.isEmpty())
            continue;
        const QString sign = locale.currencySymbol().normalized(QString::NormalizationForm_KC);
        signsOf[code].insert(sign);
        codesOf[sign].insert(code);
    }
    QHash<QString, QString> signs;
    for (auto it = signsOf.cbegin(); it != signsOf.cend(); ++it) {
        if (it->size() != 1)
            continue;
        const QString sign = *it->cbegin();
        // Letters ("kr", "zł") are words of one language; a sign reads the same in any.
        const bool isSign = !sign.isEmpty() && std::all_of(sign.begin(), sign.end(), [](QChar c) {
            return c.category() == QChar::Symbol_Currency;
        });
        if (isSign && codesOf.value(sign).size() == 1)
            signs.insert(it.key(), sign);
    }
    return signs;
}

QString currencySign(const QString &code, const QLocale &locale)
{
    if (locale.currencySymbol(QLocale::CurrencyIsoCode) == code) {
        const QString own = locale.currencySymbol();
        return own.isEmpty() ? code : own;
    }
    static const QHash<QString, QString> signs = unambiguousSigns();
    return signs.value(code, code);
}

} // namespace

std::optional<qint64> CostEstimate::monthMinor(const TypePrice &price, double quantity,
                                               int minorDigits)
{
    if (!(quantity > 0))
        return 0;
    if (!(quantity <= kMaxQuantity))
        return std::nullopt;
    const qint64 thousandths = std::llround(quantity * 1000);

    // Each tier's share of the quantity times its price, in thousandths x nanos. The shares do
    // not overlap and add up to at most the quantity, so the sum stays below
    // 2^63 x 2^63 = 2^126 whatever the tiers: no overflow, even for tiers made by hand.
    Int128 sum = 0;
    Int128 below = 0; // what the tiers before priced
    for (const PriceTier &tier : price.tiers) {
        const Int128 bound = tier.upTo ? Int128(*tier.upTo) * 1000 : Int128(thousandths);
        const Int128 top = std::min(bound, Int128(thousandths));
        if (top > below) {
            sum += (top - below) * tier.nanos;
            below = top;
        }
        if (!tier.upTo)
            break;
    }

    // thousandths x nanos / (per x 10^3 x 10^9) is in major units, x 10^digits in minor.
    const int digits = std::clamp(minorDigits, 0, PriceList::kMaxMinorDigits);
    const Int128 divisor = Int128(std::max<qint64>(price.per, 1)) * powerOfTen(12 - digits);
    Int128 minor = sum / divisor;
    const Int128 rest = sum % divisor;
    if (2 * (rest < 0 ? -rest : rest) >= divisor)
        minor += sum < 0 ? -1 : 1;
    if (minor > std::numeric_limits<qint64>::max() || minor < std::numeric_limits<qint64>::min())
        return std::nullopt;
    return qint64(minor);
}

void Money::add(const Money &other)
{
    if (tooLarge)
        return;
    qint64 total = 0;
    if (other.tooLarge || __builtin_add_overflow(minor, other.minor, &total)) {
        minor = CostEstimate::kTooLarge;
        tooLarge = true;
        return;
    }
    minor = total;
}

std::optional<Money> CostEstimate::ofMonths(const PriceList &list, int eventType,
                                            const QList<MonthlyPoint> &months)
{
    const TypePrice *price = list.priceOf(eventType);
    if (!price)
        return std::nullopt;
    Money money;
    money.currency = list.currency;
    money.minorDigits = list.minorDigits;
    for (const MonthlyPoint &point : months) {
        if (point.rows == 0)
            continue;
        const std::optional<qint64> month = monthMinor(*price, point.quantity, list.minorDigits);
        money.add(Money{month.value_or(kTooLarge), list.currency, list.minorDigits, !month});
        if (money.tooLarge)
            return money;
    }
    return money;
}

QString CostEstimate::text(const Money &money, const QLocale &locale)
{
    if (money.tooLarge)
        return tr("too large to estimate");
    const int digits = std::clamp(money.minorDigits, 0, 18);
    const bool negative = money.minor < 0;
    const quint64 magnitude = negative ? quint64(0) - quint64(money.minor) : quint64(money.minor);
    const quint64 scale = powerOfTen(digits);

    // Digits from the integer, so no amount passes through a double on its way to text.
    QString number = locale.toString(qulonglong(magnitude / scale));
    if (digits > 0) {
        QLocale ungrouped = locale;
        ungrouped.setNumberOptions(locale.numberOptions() | QLocale::OmitGroupSeparator);
        const quint64 fraction = magnitude % scale;
        const qsizetype zeros = digits - QString::number(fraction).size();
        number += locale.decimalPoint() + locale.zeroDigit().repeated(zeros)
                  + ungrouped.toString(qulonglong(fraction));
    }

    // The locale's pattern for an amount in this currency, with our digits for its 7.
    const QString sign = currencySign(money.currency, locale);
    const QString seven = locale.toString(7);
    QString pattern = locale.toCurrencyString(qlonglong(negative ? -7 : 7), sign);
    const qsizetype at = pattern.indexOf(seven);
    if (at < 0) // no locale does this; still say the amount
        return (negative ? locale.negativeSign() : QString()) + number + QChar::Nbsp + sign;
    // A code's letters would run into the digits ("GBP12.00"), where a sign's do not.
    if (!sign.isEmpty() && sign.back().isLetter() && at >= sign.size()
        && QStringView(pattern).mid(at - sign.size(), sign.size()) == sign)
        number.prepend(QChar::Nbsp);
    if (!sign.isEmpty() && sign.front().isLetter()
        && QStringView(pattern).mid(at + seven.size()).startsWith(sign))
        number.append(QChar::Nbsp);
    return pattern.replace(at, seven.size(), number);
}

QString CostEstimate::plainText(const Money &money)
{
    if (money.tooLarge)
        return {};
    const int digits = std::clamp(money.minorDigits, 0, 18);
    const bool negative = money.minor < 0;
    const quint64 magnitude = negative ? quint64(0) - quint64(money.minor) : quint64(money.minor);
    const quint64 scale = powerOfTen(digits);
    QString text = QString::number(magnitude / scale);
    if (digits > 0)
        text += u'.' + QStringLiteral("%1").arg(magnitude % scale, digits, 10, QLatin1Char('0'));
    return negative ? u'-' + text : text;
}

} // namespace neuroio
