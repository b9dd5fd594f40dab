#include "core/api/numbertext.h"

#include "core/api/appendbytes.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdlib>

namespace neuroio {

namespace {

constexpr double kExactIntegerLimit = 9007199254740992.0; // 2^53

} // namespace

void appendPlainNumber(QByteArray &out, double value)
{
    if (!std::isfinite(value))
        return;
    char buffer[64];
    if (std::trunc(value) == value && std::fabs(value) < kExactIntegerLimit) {
        const auto result
            = std::to_chars(buffer, buffer + sizeof buffer, static_cast<qint64>(value));
        appendBytes(out, QByteArrayView(buffer, result.ptr - buffer));
        return;
    }

    // Shortest digits that read back exactly, then laid out as Python's repr does: plain
    // notation for exponents from -4 to 15, scientific outside.
    const auto result
        = std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::scientific);
    const std::string text(buffer, result.ptr);
    const auto e = text.find('e');
    std::string mantissa = text.substr(0, e);
    const int exponent = std::atoi(text.c_str() + e + 1);
    const bool negative = mantissa.front() == '-';
    if (negative)
        mantissa.erase(0, 1);
    std::string digits;
    for (char c : mantissa) {
        if (c != '.')
            digits += c;
    }

    std::string plain;
    if (exponent >= -4 && exponent < 16) {
        const int point = exponent + 1; // digits before the decimal point
        if (point <= 0) {
            plain = "0." + std::string(static_cast<size_t>(-point), '0') + digits;
        } else if (point >= static_cast<int>(digits.size())) {
            plain = digits + std::string(static_cast<size_t>(point) - digits.size(), '0');
        } else {
            plain = digits.substr(0, static_cast<size_t>(point)) + '.'
                    + digits.substr(static_cast<size_t>(point));
        }
    } else {
        plain = digits.substr(0, 1);
        if (digits.size() > 1)
            plain += '.' + digits.substr(1);
        char exp[16];
        std::snprintf(exp, sizeof exp, "e%c%02d", exponent < 0 ? '-' : '+', std::abs(exponent));
        plain += exp;
    }
    if (negative)
        out += '-';
    appendBytes(out, QByteArrayView(plain.data(), qsizetype(plain.size())));
}

QString plainNumber(double value)
{
    QByteArray text;
    appendPlainNumber(text, value);
    return QString::fromLatin1(text);
}

QString localeNumber(double value, const QLocale &locale)
{
    if (!std::isfinite(value))
        return {};
    if (std::trunc(value) == value && std::fabs(value) < kExactIntegerLimit)
        return locale.toString(static_cast<qint64>(value));
    return locale.toString(value, 'f', QLocale::FloatingPointShortest);
}

QString localePercent(double percent, const QLocale &locale)
{
    return locale.toString(percent, 'f', 1) + QStringLiteral("\u202f%");
}

std::optional<int> typedWholeNumber(const QString &text, int minimum, int maximum)
{
    if (text.isEmpty() || text.size() > 9
        || !std::all_of(text.begin(), text.end(), [](QChar c) { return c >= u'0' && c <= u'9'; }))
        return std::nullopt;
    bool ok = false;
    const int value = text.toInt(&ok);
    if (!ok || value < minimum || value > maximum)
        return std::nullopt;
    return value;
}

} // namespace neuroio
