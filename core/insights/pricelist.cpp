#include "core/insights/pricelist.h"

#include "core/api/eventtype.h"
#include "core/api/wholefile.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSet>
#include <QStandardPaths>
#include <QStringList>
#include <QVariant>

#include <algorithm>
#include <cmath>
#include <limits>

namespace neuroio {

namespace {

constexpr char kFormat[] = "neuroio-billing-prices";
constexpr int kVersion = 1;

template<typename T>
Result<T> problem(const QString &why)
{
    return Result<T>::failure(ApiError::invalidInput(why));
}

// A whole number from minimum to maximum; empty for anything else, fractions included.
std::optional<qint64> wholeNumber(const QJsonValue &value, qint64 minimum, qint64 maximum)
{
    if (!value.isDouble())
        return std::nullopt;
    const double number = value.toDouble();
    if (number != std::trunc(number) || !(number >= double(minimum))
        || !(number <= double(maximum)))
        return std::nullopt;
    // Qt keeps a JSON integer as one, so a bound one past 2^53 is not rounded into range.
    const qint64 whole = value.toInteger();
    if (whole < minimum || whole > maximum)
        return std::nullopt;
    return whole;
}

// Past what wholeNumber() takes, though a number: said apart, as "above 0" would mislead.
bool isAbove(const QJsonValue &value, qint64 maximum)
{
    return value.isDouble() && value.toDouble() > double(maximum);
}

enum class Decimal { Ok, NotDecimal, Negative, TooPrecise, TooLarge };

bool isCapitalLetter(QChar c)
{
    return c >= u'A' && c <= u'Z';
}

bool isDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

// text as an exact count of nanos: [-]digits[.digits][e[+-]digits], the forms a person writes
// and the forms a double's shortest text takes ("4e-04").
Decimal parseNanos(QStringView text, qint64 *nanos)
{
    qsizetype i = 0;
    const bool negative = text.startsWith(u'-');
    if (negative)
        ++i;
    QByteArray digits; // the integer part's and the fraction's, without the point
    const qsizetype integerStart = i;
    while (i < text.size() && isDigit(text[i]))
        digits += char(text[i++].unicode());
    if (i == integerStart)
        return Decimal::NotDecimal;
    qsizetype fractionDigits = 0;
    if (i < text.size() && text[i] == u'.') {
        const qsizetype fractionStart = ++i;
        while (i < text.size() && isDigit(text[i]))
            digits += char(text[i++].unicode());
        fractionDigits = i - fractionStart;
        if (fractionDigits == 0)
            return Decimal::NotDecimal;
    }
    qint64 exponent = 0;
    if (i < text.size() && (text[i] == u'e' || text[i] == u'E')) {
        ++i;
        const bool minus = i < text.size() && text[i] == u'-';
        if (i < text.size() && (text[i] == u'-' || text[i] == u'+'))
            ++i;
        const qsizetype exponentStart = i;
        for (; i < text.size() && isDigit(text[i]); ++i) {
            // Past a million, any digit other than 0 is out of range either way.
            if (exponent < 1'000'000)
                exponent = exponent * 10 + (text[i].unicode() - u'0');
        }
        if (i == exponentStart)
            return Decimal::NotDecimal;
        if (minus)
            exponent = -exponent;
    }
    if (i != text.size())
        return Decimal::NotDecimal;

    qsizetype leadingZeros = 0;
    while (leadingZeros < digits.size() && digits[leadingZeros] == '0')
        ++leadingZeros;
    digits.remove(0, leadingZeros);
    if (digits.isEmpty()) { // "-0" too: zero has no sign worth refusing
        *nanos = 0;
        return Decimal::Ok;
    }
    if (negative)
        return Decimal::Negative;
    // The value is digits x 10^scale nanos.
    const qint64 scale = exponent - fractionDigits + 9;
    if (scale < 0) {
        // digits starts with one that is not 0, so dropping all of them drops a value.
        if (-scale >= digits.size())
            return Decimal::TooPrecise;
        const qsizetype keep = digits.size() + scale;
        for (qsizetype k = keep; k < digits.size(); ++k) {
            if (digits[k] != '0')
                return Decimal::TooPrecise;
        }
        digits.truncate(keep);
    } else {
        if (digits.size() + scale > 19)
            return Decimal::TooLarge;
        digits.append(qsizetype(scale), '0');
    }
    if (digits.size() > 19)
        return Decimal::TooLarge;
    quint64 value = 0; // 19 digits fit
    for (const char c : std::as_const(digits))
        value = value * 10 + quint64(c - '0');
    if (value > quint64(PriceList::kMaxPrice) * quint64(PriceList::kNanosPerUnit))
        return Decimal::TooLarge;
    *nanos = qint64(value);
    return Decimal::Ok;
}

QString knownEventTypeKeys()
{
    QStringList keys;
    for (const EventType known : knownEventTypes())
        keys.append(eventTypeKey(int(known)));
    return keys.join(QStringLiteral(", "));
}

} // namespace

const TypePrice *PriceList::priceOf(int eventType) const
{
    for (const TypePrice &price : prices) {
        if (price.eventType == eventType)
            return &price;
    }
    return nullptr;
}

int PriceList::defaultMinorDigits(const QString &currency)
{
    // ISO 4217's currencies whose minor unit is not a hundredth (funds and metals left out).
    static const QSet<QString> none = {
        QStringLiteral("BIF"), QStringLiteral("CLP"), QStringLiteral("DJF"), QStringLiteral("GNF"),
        QStringLiteral("ISK"), QStringLiteral("JPY"), QStringLiteral("KMF"), QStringLiteral("KRW"),
        QStringLiteral("PYG"), QStringLiteral("RWF"), QStringLiteral("UGX"), QStringLiteral("UYI"),
        QStringLiteral("VND"), QStringLiteral("VUV"), QStringLiteral("XAF"), QStringLiteral("XOF"),
        QStringLiteral("XPF")};
    static const QSet<QString> three = {
        QStringLiteral("BHD"), QStringLiteral("IQD"), QStringLiteral("JOD"), QStringLiteral("KWD"),
        QStringLiteral("LYD"), QStringLiteral("OMR"), QStringLiteral("TND")};
    static const QSet<QString> four = {QStringLiteral("CLF"), QStringLiteral("UYW")};
    if (none.contains(currency))
        return 0;
    if (three.contains(currency))
        return 3;
    if (four.contains(currency))
        return 4;
    return 2;
}

QString PriceList::priceText(qint64 nanos)
{
    const bool negative = nanos < 0;
    const quint64 magnitude = negative ? quint64(0) - quint64(nanos) : quint64(nanos);
    QString text = QString::number(magnitude / quint64(kNanosPerUnit));
    QString fraction
        = QStringLiteral("%1").arg(magnitude % quint64(kNanosPerUnit), 9, 10, QLatin1Char('0'));
    while (fraction.endsWith(u'0'))
        fraction.chop(1);
    if (!fraction.isEmpty())
        text += u'.' + fraction;
    return negative ? u'-' + text : text;
}

Result<qint64> PriceList::nanosFrom(const QJsonValue &value, const QString &place)
{
    QString text;
    if (value.isString()) {
        text = value.toString();
    } else if (value.isDouble()) {
        // A JSON integer is kept as one; a fraction's shortest text is the decimal it was
        // written as, where the double itself is only near it.
        text = value.toVariant().typeId() == QMetaType::LongLong
                   ? QString::number(value.toInteger())
                   : QString::fromLatin1(
                       QByteArray::number(value.toDouble(), 'g', QLocale::FloatingPointShortest));
    } else {
        return problem<qint64>(tr("%1: must be a decimal number, such as \"0.25\"").arg(place));
    }
    qint64 nanos = 0;
    switch (parseNanos(text, &nanos)) {
    case Decimal::Ok:
        return Result<qint64>::success(nanos);
    case Decimal::NotDecimal:
        return problem<qint64>(
            tr("%1: \"%2\" is not a decimal number; write it like \"0.25\"").arg(place, text));
    case Decimal::Negative:
        return problem<qint64>(tr("%1: \"%2\" is below 0").arg(place, text));
    case Decimal::TooPrecise:
        return problem<qint64>(tr("%1: \"%2\" has more than 9 decimal places").arg(place, text));
    case Decimal::TooLarge:
        break;
    }
    return problem<qint64>(tr("%1: \"%2\" is above %3").arg(place, text).arg(kMaxPrice));
}

Result<QList<PriceTier>> PriceList::tiersFrom(const QJsonValue &value, const QString &place)
{
    using Tiers = QList<PriceTier>;
    if (!value.isArray() || value.toArray().isEmpty())
        return problem<Tiers>(tr("%1: must be a list of at least one tier").arg(place));
    const QJsonArray list = value.toArray();
    Tiers tiers;
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QString at = QStringLiteral("%1[%2]").arg(place).arg(i);
        if (!list.at(i).isObject())
            return problem<Tiers>(tr("%1: must be an object").arg(at));
        const QJsonObject json = list.at(i).toObject();
        for (auto it = json.constBegin(); it != json.constEnd(); ++it) {
            if (it.key() != QLatin1String("up_to") && it.key() != QLatin1String("price")) {
                return problem<Tiers>(
                    tr("%1.%2: not a tier's field (up_to, price)").arg(at, it.key()));
            }
        }
        PriceTier tier;
        const bool isLast = i == list.size() - 1;
        const QJsonValue upTo = json.value(QStringLiteral("up_to"));
        if (isLast && !upTo.isUndefined()) {
            return problem<Tiers>(
                tr("%1.up_to: the last tier has no upper bound; leave up_to out").arg(at));
        }
        if (!isLast && upTo.isUndefined()) {
            return problem<Tiers>(
                tr("%1.up_to: missing; only the last tier has no upper bound").arg(at));
        }
        if (!isLast) {
            tier.upTo = wholeNumber(upTo, 1, kMaxWhole);
            if (!tier.upTo && isAbove(upTo, kMaxWhole))
                return problem<Tiers>(tr("%1.up_to: must be at most %2").arg(at).arg(kMaxWhole));
            if (!tier.upTo)
                return problem<Tiers>(tr("%1.up_to: must be a whole number above 0").arg(at));
            if (!tiers.isEmpty() && *tier.upTo <= *tiers.constLast().upTo) {
                return problem<Tiers>(tr("%1.up_to: must be above the tier before's, %2")
                                          .arg(at)
                                          .arg(*tiers.constLast().upTo));
            }
        }
        const QJsonValue price = json.value(QStringLiteral("price"));
        if (price.isUndefined())
            return problem<Tiers>(tr("%1.price: missing").arg(at));
        const Result<qint64> nanos = nanosFrom(price, at + QStringLiteral(".price"));
        if (!nanos.isOk())
            return Result<Tiers>::failure(nanos.error);
        tier.nanos = nanos.value;
        tiers.append(tier);
    }
    return Result<Tiers>::success(tiers);
}

// The entry at in "prices", or what is wrong with it, named with its place.
Result<TypePrice> PriceList::typePriceFrom(const QJsonValue &value, qsizetype at,
                                           const QList<TypePrice> &before)
{
    const QString place = QStringLiteral("prices[%1]").arg(at);
    if (!value.isObject())
        return problem<TypePrice>(tr("%1: must be an object").arg(place));
    const QJsonObject json = value.toObject();
    static const QSet<QString> known = {QStringLiteral("event_type"), QStringLiteral("per"),
                                        QStringLiteral("price"), QStringLiteral("tiers")};
    for (auto it = json.constBegin(); it != json.constEnd(); ++it) {
        if (!known.contains(it.key())) {
            return problem<TypePrice>(
                tr("%1.%2: not a price's field (event_type, per, price, tiers)")
                    .arg(place, it.key()));
        }
    }
    TypePrice price;
    const QJsonValue type = json.value(QStringLiteral("event_type"));
    if (type.isUndefined())
        return problem<TypePrice>(tr("%1.event_type: missing").arg(place));
    std::optional<int> eventType;
    if (type.isString())
        eventType = eventTypeFromText(type.toString());
    else if (wholeNumber(type, 0, std::numeric_limits<int>::max()))
        eventType = type.toInt();
    if (!eventType || !isKnownEventType(*eventType)) {
        return problem<TypePrice>(
            tr("%1.event_type: \"%2\" is not an event type (%3)")
                .arg(place, type.toVariant().toString(), knownEventTypeKeys()));
    }
    for (qsizetype i = 0; i < before.size(); ++i) {
        if (before[i].eventType == *eventType) {
            return problem<TypePrice>(tr("%1.event_type: %2 has a price already, in prices[%3]")
                                          .arg(place, eventTypeKey(*eventType))
                                          .arg(i));
        }
    }
    price.eventType = *eventType;

    const QJsonValue per = json.value(QStringLiteral("per"));
    if (!per.isUndefined()) {
        const std::optional<qint64> units = wholeNumber(per, 1, kMaxWhole);
        if (!units && isAbove(per, kMaxWhole))
            return problem<TypePrice>(tr("%1.per: must be at most %2").arg(place).arg(kMaxWhole));
        if (!units)
            return problem<TypePrice>(
                tr("%1.per: must be a whole number of at least 1").arg(place));
        price.per = *units;
    }

    const QJsonValue flat = json.value(QStringLiteral("price"));
    const QJsonValue tiers = json.value(QStringLiteral("tiers"));
    if (!flat.isUndefined() && !tiers.isUndefined()) {
        return problem<TypePrice>(
            tr("%1: has both \"price\" and \"tiers\"; give one of them").arg(place));
    }
    if (flat.isUndefined() && tiers.isUndefined())
        return problem<TypePrice>(tr("%1: needs a \"price\" or \"tiers\"").arg(place));
    if (!flat.isUndefined()) {
        const Result<qint64> nanos = nanosFrom(flat, place + QStringLiteral(".price"));
        if (!nanos.isOk())
            return Result<TypePrice>::failure(nanos.error);
        price.tiers = {PriceTier{std::nullopt, nanos.value}};
    } else {
        const Result<QList<PriceTier>> read = tiersFrom(tiers, place + QStringLiteral(".tiers"));
        if (!read.isOk())
            return Result<TypePrice>::failure(read.error);
        price.tiers = read.value;
    }
    return Result<TypePrice>::success(price);
}

Result<PriceList> PriceList::fromJson(const QByteArray &bytes)
{
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return problem<PriceList>(
            tr("not JSON: %1 at byte %2").arg(parseError.errorString()).arg(parseError.offset));
    }
    if (!doc.isObject())
        return problem<PriceList>(tr("not a price list: it must be a JSON object"));
    const QJsonObject json = doc.object();
    if (json.value(QStringLiteral("format")).toString() != QLatin1String(kFormat)) {
        return problem<PriceList>(
            tr("not a price list (\"format\" is not \"%1\")").arg(QLatin1String(kFormat)));
    }
    if (json.value(QStringLiteral("version")).toInt() != kVersion) {
        return problem<PriceList>(
            tr("price list version %1 is not supported; this version "
               "reads %2")
                .arg(json.value(QStringLiteral("version")).toVariant().toString())
                .arg(kVersion));
    }
    static const QSet<QString> known
        = {QStringLiteral("format"), QStringLiteral("version"), QStringLiteral("currency"),
           QStringLiteral("minor_unit_digits"), QStringLiteral("prices")};
    for (auto it = json.constBegin(); it != json.constEnd(); ++it) {
        if (!known.contains(it.key())) {
            return problem<PriceList>(tr("%1: not a price list's field (format, version, "
                                         "currency, minor_unit_digits, prices)")
                                          .arg(it.key()));
        }
    }

    PriceList list;
    const QJsonValue currency = json.value(QStringLiteral("currency"));
    if (currency.isUndefined())
        return problem<PriceList>(tr("currency: missing"));
    const QString code = currency.toString();
    if (!currency.isString() || code.size() != 3
        || !std::all_of(code.begin(), code.end(), isCapitalLetter)) {
        return problem<PriceList>(
            tr("currency: \"%1\" is not an ISO 4217 code (three capital letters, such as "
               "\"EUR\")")
                .arg(currency.toVariant().toString()));
    }
    list.currency = code;
    list.minorDigits = defaultMinorDigits(code);
    const QJsonValue digits = json.value(QStringLiteral("minor_unit_digits"));
    if (!digits.isUndefined()) {
        const std::optional<qint64> read = wholeNumber(digits, 0, kMaxMinorDigits);
        if (!read) {
            return problem<PriceList>(
                tr("minor_unit_digits: must be a whole number from 0 to %1").arg(kMaxMinorDigits));
        }
        list.minorDigits = int(*read);
    }

    const QJsonValue entries = json.value(QStringLiteral("prices"));
    if (!entries.isArray())
        return problem<PriceList>(tr("prices: must be a list"));
    const QJsonArray array = entries.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const Result<TypePrice> price = typePriceFrom(array.at(i), i, list.prices);
        if (!price.isOk())
            return Result<PriceList>::failure(price.error);
        list.prices.append(price.value);
    }
    return Result<PriceList>::success(list);
}

Result<PriceList> PriceList::read(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Result<PriceList>::failure(ApiError::readFailed(path, file.errorString()));
    Result<PriceList> list = fromJson(file.readAll());
    if (!list.isOk()) {
        list.error.message = tr("%1: %2", "a price list file: what is wrong with it")
                                 .arg(path, list.error.message);
    }
    return list;
}

QByteArray PriceList::toJson(const PriceList &list)
{
    QJsonArray entries;
    for (const TypePrice &price : list.prices) {
        QJsonObject entry;
        entry.insert(QStringLiteral("event_type"), eventTypeKey(price.eventType));
        if (price.per != 1)
            entry.insert(QStringLiteral("per"), price.per);
        if (price.tiers.size() == 1 && !price.tiers.constFirst().upTo) {
            entry.insert(QStringLiteral("price"), priceText(price.tiers.constFirst().nanos));
        } else {
            QJsonArray tiers;
            for (const PriceTier &tier : price.tiers) {
                QJsonObject json{{QStringLiteral("price"), priceText(tier.nanos)}};
                if (tier.upTo)
                    json.insert(QStringLiteral("up_to"), *tier.upTo);
                tiers.append(json);
            }
            entry.insert(QStringLiteral("tiers"), tiers);
        }
        entries.append(entry);
    }
    QJsonObject json{{QStringLiteral("format"), QLatin1String(kFormat)},
                     {QStringLiteral("version"), kVersion},
                     {QStringLiteral("currency"), list.currency},
                     {QStringLiteral("prices"), entries}};
    if (list.minorDigits != defaultMinorDigits(list.currency))
        json.insert(QStringLiteral("minor_unit_digits"), list.minorDigits);
    return QJsonDocument(json).toJson(QJsonDocument::Indented);
}

ApiError PriceList::write(const QString &path, const PriceList &list)
{
    return writeWholeFileMakingFolder(path, toJson(list));
}

QString PriceList::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
           + QStringLiteral("/prices.json");
}

} // namespace neuroio
