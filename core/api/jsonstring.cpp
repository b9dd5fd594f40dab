#include "core/api/jsonstring.h"

namespace neuroio {

namespace {

int hexDigit(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

// The four hex digits of a backslash-u escape that start at text[i], or -1.
int codeUnit(std::string_view text, std::size_t i)
{
    if (text.size() < i + 4)
        return -1;
    int unit = 0;
    for (std::size_t k = i; k < i + 4; ++k) {
        const int digit = hexDigit(text[k]);
        if (digit < 0)
            return -1;
        unit = unit * 16 + digit;
    }
    return unit;
}

} // namespace

bool decodeJsonString(std::string_view raw, bool escaped, QString *out)
{
    if (!escaped) {
        *out = QString::fromUtf8(raw.data(), qsizetype(raw.size()));
        return true;
    }
    QString text;
    text.reserve(qsizetype(raw.size()));
    std::size_t i = 0;
    while (i < raw.size()) {
        const std::size_t backslash = raw.find('\\', i);
        const std::size_t stop = backslash == std::string_view::npos ? raw.size() : backslash;
        text += QString::fromUtf8(raw.data() + i, qsizetype(stop - i));
        if (stop == raw.size())
            break;
        const char kind = raw[stop + 1];
        i = stop + 2;
        switch (kind) {
        case '"':
        case '\\':
        case '/':
            text += QLatin1Char(kind);
            break;
        case 'b':
            text += QLatin1Char('\b');
            break;
        case 'f':
            text += QLatin1Char('\f');
            break;
        case 'n':
            text += QLatin1Char('\n');
            break;
        case 'r':
            text += QLatin1Char('\r');
            break;
        case 't':
            text += QLatin1Char('\t');
            break;
        case 'u': {
            const int unit = codeUnit(raw, i);
            if (unit < 0 || (unit >= 0xDC00 && unit <= 0xDFFF))
                return false;
            i += 4;
            if (unit >= 0xD800 && unit <= 0xDBFF) {
                const int low = raw.substr(i, 2) == "\\u" ? codeUnit(raw, i + 2) : -1;
                if (low < 0xDC00 || low > 0xDFFF)
                    return false;
                i += 6;
                text += QChar(char16_t(unit));
                text += QChar(char16_t(low));
            } else {
                text += QChar(char16_t(unit));
            }
            break;
        }
        default:
            return false;
        }
    }
    *out = std::move(text);
    return true;
}

} // namespace neuroio
