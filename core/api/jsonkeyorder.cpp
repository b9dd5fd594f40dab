#include "core/api/jsonkeyorder.h"

#include "core/api/jsonstring.h"

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
        const std::string_view raw(start, std::size_t(m_p - start));
        ++m_p;
        return decodeJsonString(raw, escaped, out);
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
