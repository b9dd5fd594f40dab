#include "core/api/jsonkeyorder.h"

namespace neuroio {

namespace {

class Scanner
{
public:
    explicit Scanner(const QByteArray &json)
        : m_p(json.constData())
        , m_end(m_p + json.size())
    {}

    bool atEnd() const { return m_p >= m_end; }
    char peek() const { return atEnd() ? '\0' : *m_p; }

    void skipSpace()
    {
        while (!atEnd() && (*m_p == ' ' || *m_p == '\t' || *m_p == '\n' || *m_p == '\r'))
            ++m_p;
    }

    bool consume(char c)
    {
        skipSpace();
        if (peek() != c)
            return false;
        ++m_p;
        return true;
    }

    // Reads a string literal at the cursor and decodes its escapes.
    bool readString(QString *out)
    {
        skipSpace();
        if (peek() != '"')
            return false;
        ++m_p;
        const char *start = m_p;
        bool escaped = false;
        while (!atEnd() && *m_p != '"') {
            if (*m_p == '\\') {
                escaped = true;
                ++m_p;
            }
            ++m_p;
        }
        if (atEnd())
            return false;
        const QByteArray raw(start, m_p - start);
        ++m_p;
        *out = escaped ? unescape(raw) : QString::fromUtf8(raw);
        return true;
    }

    // Skips one value of any kind.
    bool skipValue()
    {
        skipSpace();
        const char c = peek();
        if (c == '"') {
            QString ignored;
            return readString(&ignored);
        }
        if (c == '{' || c == '[') {
            int depth = 0;
            while (!atEnd()) {
                const char d = *m_p;
                if (d == '"') {
                    QString ignored;
                    if (!readString(&ignored))
                        return false;
                    continue;
                }
                ++m_p;
                if (d == '{' || d == '[')
                    ++depth;
                else if ((d == '}' || d == ']') && --depth == 0)
                    return true;
            }
            return false;
        }
        while (!atEnd() && *m_p != ',' && *m_p != '}' && *m_p != ']' && *m_p != ' ' && *m_p != '\n'
               && *m_p != '\r' && *m_p != '\t') {
            ++m_p;
        }
        return true;
    }

    // Reads an object's keys at the cursor, skipping their values.
    bool readObjectKeys(QStringList *keys)
    {
        if (!consume('{'))
            return false;
        if (consume('}'))
            return true;
        do {
            QString key;
            if (!readString(&key) || !consume(':') || !skipValue())
                return false;
            keys->append(key);
        } while (consume(','));
        return consume('}');
    }

private:
    static QString unescape(const QByteArray &raw)
    {
        QString out;
        out.reserve(raw.size());
        qsizetype plainStart = 0;
        for (qsizetype i = 0; i < raw.size(); ++i) {
            if (raw.at(i) != '\\')
                continue;
            out += QString::fromUtf8(raw.constData() + plainStart, i - plainStart);
            const char e = i + 1 < raw.size() ? raw.at(i + 1) : '\0';
            ++i;
            switch (e) {
            case 'b':
                out += QLatin1Char('\b');
                break;
            case 'f':
                out += QLatin1Char('\f');
                break;
            case 'n':
                out += QLatin1Char('\n');
                break;
            case 'r':
                out += QLatin1Char('\r');
                break;
            case 't':
                out += QLatin1Char('\t');
                break;
            case 'u':
                if (i + 4 < raw.size()) {
                    // Surrogate pairs arrive as two \u escapes; two UTF-16 units make the pair.
                    out += QChar(static_cast<char16_t>(raw.mid(i + 1, 4).toUShort(nullptr, 16)));
                    i += 4;
                }
                break;
            default:
                out += QLatin1Char(e);
                break;
            }
            plainStart = i + 1;
        }
        out += QString::fromUtf8(raw.constData() + plainStart, raw.size() - plainStart);
        return out;
    }

    const char *m_p;
    const char *m_end;
};

} // namespace

QList<QStringList> objectKeyOrderInArray(const QByteArray &json, QStringView arrayKey)
{
    Scanner s(json);
    if (!s.consume('{') || s.consume('}'))
        return {};
    // QJsonDocument keeps the last of two equal keys, so the order comes from the last array of
    // that name too: from the first, the keys of the elements that were read could be lost.
    QList<QStringList> result;
    do {
        QString key;
        if (!s.readString(&key) || !s.consume(':'))
            return {};
        if (key != arrayKey) {
            if (!s.skipValue())
                return {};
            continue;
        }
        result.clear();
        if (!s.consume('['))
            return {};
        if (s.consume(']'))
            continue;
        do {
            QStringList keys;
            s.skipSpace();
            if (s.peek() == '{') {
                if (!s.readObjectKeys(&keys))
                    return {};
            } else if (!s.skipValue()) {
                return {};
            }
            result.append(keys);
        } while (s.consume(','));
        if (!s.consume(']'))
            return {};
    } while (s.consume(','));
    return result;
}

} // namespace neuroio
