#include "core/api/plainusagepage.h"

#include "core/api/jsonstring.h"

#include <charconv>
#include <cstring>
#include <limits>
#include <string_view>
#include <unordered_map>

namespace neuroio {

namespace {

// Fewer bytes than the shortest usual row ({"id":1,"month":"2024-06",...} with every field):
// the list is reserved for at most this many rows per byte left, so it is never reserved
// short for a page in the usual form.
constexpr std::ptrdiff_t kBytesPerRowAtLeast = 64;

// UTF-8 of the strictness QJsonDocument applies: no overlong forms, no surrogates, nothing
// above U+10FFFF.
bool isValidUtf8(const unsigned char *p, const unsigned char *end)
{
    while (p < end) {
        const unsigned char c = *p;
        if (c < 0x80) {
            ++p;
            continue;
        }
        int extra = 0;
        char32_t code = 0;
        if (c >= 0xC2 && c <= 0xDF) {
            extra = 1;
            code = c & 0x1F;
        } else if (c >= 0xE0 && c <= 0xEF) {
            extra = 2;
            code = c & 0x0F;
        } else if (c >= 0xF0 && c <= 0xF4) {
            extra = 3;
            code = c & 0x07;
        } else {
            return false;
        }
        if (end - p <= extra)
            return false;
        for (int i = 1; i <= extra; ++i) {
            if ((p[i] & 0xC0) != 0x80)
                return false;
            code = (code << 6) | (p[i] & 0x3F);
        }
        if ((extra == 2 && (code < 0x800 || (code >= 0xD800 && code <= 0xDFFF)))
            || (extra == 3 && (code < 0x10000 || code > 0x10FFFF)))
            return false;
        p += extra + 1;
    }
    return true;
}

class PlainReader
{
public:
    explicit PlainReader(const QByteArray &body)
        : m_p(reinterpret_cast<const unsigned char *>(body.constData()))
        , m_end(m_p + body.size())
    {}

    std::optional<UsagePage> page()
    {
        UsagePage page;
        enum : unsigned { Count = 1, Next = 2, Previous = 4, Results = 8 };
        unsigned seen = 0;
        if (!take('{'))
            return std::nullopt;
        do {
            std::string_view key;
            if (!string(&key) || !take(':'))
                return std::nullopt;
            if (key == "count") {
                if (!once(&seen, Count) || !optionalInteger(&page.count)
                    || (page.count && *page.count < 0))
                    return std::nullopt;
            } else if (key == "next" || key == "previous") {
                std::optional<QString> link;
                if (!once(&seen, key == "next" ? Next : Previous) || !optionalText(&link))
                    return std::nullopt;
                (key == "next" ? page.next : page.previous) = link.value_or(QString());
            } else if (key == "results") {
                if (!once(&seen, Results) || !rows(&page.results))
                    return std::nullopt;
            } else {
                return std::nullopt;
            }
        } while (take(','));
        if (!take('}') || !(seen & Results))
            return std::nullopt;
        skipSpace();
        if (m_p != m_end)
            return std::nullopt;
        return page;
    }

private:
    // The contract's fields of a row, as bits.
    enum : unsigned { Id = 1, MonthField = 2, SpaceId = 4, SpaceName = 8, Type = 16, Qty = 32 };

    static bool once(unsigned *seen, unsigned field)
    {
        if (*seen & field)
            return false; // a repeated key: the general reader keeps the last, as Qt does
        *seen |= field;
        return true;
    }

    void skipSpace()
    {
        while (m_p < m_end && (*m_p == ' ' || *m_p == '\n' || *m_p == '\r' || *m_p == '\t'))
            ++m_p;
    }

    bool take(char c)
    {
        skipSpace();
        if (m_p < m_end && *m_p == static_cast<unsigned char>(c)) {
            ++m_p;
            return true;
        }
        return false;
    }

    bool null()
    {
        skipSpace();
        if (m_end - m_p >= 4 && std::memcmp(m_p, "null", 4) == 0) {
            m_p += 4;
            return true;
        }
        return false;
    }

    // A string's bytes between its quotes, as sent. Escapes are allowed only where escaped
    // is given (values, not keys or months); it tells whether there were any.
    bool string(std::string_view *out, bool *escaped = nullptr)
    {
        if (!take('"'))
            return false;
        const unsigned char *start = m_p;
        const unsigned char *q = m_p;
        bool anyEscape = false;
        bool ascii = true;
        while (q < m_end && *q != '"') {
            if (*q < 0x20)
                return false;
            if (*q >= 0x80)
                ascii = false;
            if (*q == '\\') {
                if (!escaped || m_end - q < 2)
                    return false;
                anyEscape = true;
                ++q; // the escaped character, a quote perhaps, is never the end
            }
            ++q;
        }
        // Keys, months and most names are ASCII, which is valid UTF-8 as it is.
        if (q == m_end || (!ascii && !isValidUtf8(start, q)))
            return false;
        m_p = q + 1;
        if (escaped)
            *escaped = anyEscape;
        *out = std::string_view(reinterpret_cast<const char *>(start), std::size_t(q - start));
        return true;
    }

    // An integer written as one ("12", "-3"): what the general reader takes as an integer
    // without rounding (at most 15 digits, below 2^53). "-0", "5.0" and "1e3" go to it.
    bool integer(qint64 *out)
    {
        skipSpace();
        const bool negative = m_p < m_end && *m_p == '-';
        const unsigned char *digits = negative ? m_p + 1 : m_p;
        const unsigned char *q = digits;
        while (q < m_end && *q >= '0' && *q <= '9')
            ++q;
        const auto length = q - digits;
        if (length == 0 || length > 15 || (digits[0] == '0' && (length > 1 || negative)))
            return false;
        if (q < m_end && (*q == '.' || *q == 'e' || *q == 'E'))
            return false;
        qint64 value = 0;
        for (const unsigned char *d = digits; d < q; ++d)
            value = value * 10 + (*d - '0');
        *out = negative ? -value : value;
        m_p = q;
        return true;
    }

    // Any JSON number without an exponent, read to the nearest double as Qt reads it.
    bool number(double *out)
    {
        skipSpace();
        const unsigned char *start = m_p;
        const unsigned char *q = m_p;
        if (q < m_end && *q == '-')
            ++q;
        const unsigned char *intStart = q;
        while (q < m_end && *q >= '0' && *q <= '9')
            ++q;
        const auto intLength = q - intStart;
        if (intLength == 0 || (*intStart == '0' && intLength > 1))
            return false;
        if (q < m_end && *q == '.') {
            const unsigned char *fraction = ++q;
            while (q < m_end && *q >= '0' && *q <= '9')
                ++q;
            if (q == fraction)
                return false;
        }
        if (q < m_end && (*q == 'e' || *q == 'E'))
            return false;
        if (q - intStart == intLength && intLength <= 15) {
            // A whole number below 10^15, as most quantities are: exactly that double.
            qint64 whole = 0;
            for (const unsigned char *d = intStart; d < q; ++d)
                whole = whole * 10 + (*d - '0');
            *out = double(*start == '-' ? -whole : whole); // "-0" is 0, as below
            m_p = q;
            return true;
        }
        const auto *first = reinterpret_cast<const char *>(start);
        const auto result = std::from_chars(first, reinterpret_cast<const char *>(q), *out);
        if (result.ec != std::errc() || result.ptr != reinterpret_cast<const char *>(q))
            return false;
        // Qt keeps an integral value as an integer, and so "-0" and "-0.0" as 0.
        if (*out == 0)
            *out = 0.0;
        m_p = q;
        return true;
    }

    bool optionalInteger(std::optional<qint64> *out)
    {
        if (null())
            return true;
        qint64 value = 0;
        if (!integer(&value))
            return false;
        *out = value;
        return true;
    }

    bool optionalText(std::optional<QString> *out)
    {
        if (null())
            return true;
        std::string_view bytes;
        bool escaped = false;
        QString text;
        if (!string(&bytes, &escaped) || !decodeJsonString(bytes, escaped, &text))
            return false;
        *out = std::move(text);
        return true;
    }

    // Space names repeat on every page: one QString each, shared by its rows, found by the
    // bytes as sent.
    bool interned(std::string_view bytes, bool escaped, QString *out)
    {
        // A page's rows come space by space: most names are the row before's.
        if (m_lastName && m_lastName->first == bytes) {
            *out = m_lastName->second;
            return true;
        }
        const auto it = m_names.find(bytes);
        if (it != m_names.end()) {
            m_lastName = &*it;
            *out = it->second;
            return true;
        }
        if (!decodeJsonString(bytes, escaped, out))
            return false;
        m_lastName = &*m_names.emplace(bytes, *out).first;
        return true;
    }

    // "2024-06", or a date whose first seven characters are the month, as the general reader
    // takes them; anything it would refuse is left to it, for its message.
    static std::optional<Month> month(std::string_view text)
    {
        if (!(text.size() == 7 || (text.size() == 10 && text[7] == '-')) || text[4] != '-')
            return std::nullopt;
        const auto digit = [&text](std::size_t i) {
            return text[i] >= '0' && text[i] <= '9' ? text[i] - '0' : -1;
        };
        int year = 0;
        for (std::size_t i = 0; i < 4; ++i) {
            if (digit(i) < 0)
                return std::nullopt;
            year = year * 10 + digit(i);
        }
        if (digit(5) < 0 || digit(6) < 0)
            return std::nullopt;
        const int number = digit(5) * 10 + digit(6);
        if (year < 1 || number < 1 || number > 12)
            return std::nullopt;
        return Month(year, number);
    }

    bool rows(QList<UsageRecord> *out)
    {
        if (!take('['))
            return false;
        if (take(']'))
            return true;
        // A row as servers send it takes about 110 bytes: room for the rest of the body's
        // worth of them at once, rather than growing the list (and moving every row) ten times
        // a page.
        out->reserve(out->size() + qsizetype((m_end - m_p) / kBytesPerRowAtLeast));
        do {
            UsageRecord &record = out->emplace_back();
            if (!row(&record))
                return false;
        } while (take(','));
        return take(']');
    }

    bool row(UsageRecord *record)
    {
        unsigned seen = 0;
        unsigned nulls = 0;
        if (!take('{'))
            return false;
        if (take('}'))
            return true;
        do {
            std::string_view key;
            if (!string(&key) || !take(':'))
                return false;
            unsigned field = 0;
            if (key == "id") {
                field = Id;
            } else if (key == "month") {
                field = MonthField;
            } else if (key == "space_id") {
                field = SpaceId;
            } else if (key == "space_name") {
                field = SpaceName;
            } else if (key == "event_type") {
                field = Type;
            } else if (key == "quantity") {
                field = Qty;
            } else {
                return false; // an extra field: the general reader keeps it, in order
            }
            if (!once(&seen, field))
                return false;
            if (null()) {
                nulls |= field;
                continue;
            }
            if (!value(field, record))
                return false;
        } while (take(','));
        if (nulls != 0) {
            // Listed in the contract's order, as the general reader lists them.
            const std::pair<unsigned, const char *> order[] = {{Id, "id"},
                                                               {MonthField, "month"},
                                                               {SpaceId, "space_id"},
                                                               {SpaceName, "space_name"},
                                                               {Type, "event_type"},
                                                               {Qty, "quantity"}};
            for (const auto &[bit, fieldName] : order) {
                if (nulls & bit)
                    record->nullFields.append(QLatin1String(fieldName));
            }
        }
        return take('}');
    }

    bool value(unsigned field, UsageRecord *record)
    {
        switch (field) {
        case Id:
        case SpaceId: {
            qint64 number = 0;
            if (!integer(&number))
                return false;
            (field == Id ? record->id : record->spaceId) = number;
            return true;
        }
        case Type: {
            qint64 number = 0;
            if (!integer(&number) || number < std::numeric_limits<int>::min()
                || number > std::numeric_limits<int>::max())
                return false;
            record->eventType = int(number);
            return true;
        }
        case Qty: {
            double number = 0;
            if (!this->number(&number))
                return false;
            record->quantity = number;
            return true;
        }
        case MonthField: {
            std::string_view text;
            if (!string(&text))
                return false;
            record->month = month(text);
            return record->month.has_value();
        }
        case SpaceName: {
            std::string_view text;
            bool escaped = false;
            QString name;
            if (!string(&text, &escaped) || !interned(text, escaped, &name))
                return false;
            record->spaceName = std::move(name);
            return true;
        }
        }
        return false;
    }

    const unsigned char *m_p;
    const unsigned char *m_end;
    // Views into the body, which outlives the reader.
    std::unordered_map<std::string_view, QString> m_names;
    // The last name found, in m_names (whose elements stay where they are).
    const std::pair<const std::string_view, QString> *m_lastName = nullptr;
};

} // namespace

std::optional<UsagePage> readPlainUsagePage(const QByteArray &body)
{
    return PlainReader(body).page();
}

} // namespace neuroio
