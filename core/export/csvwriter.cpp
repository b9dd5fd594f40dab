#include "core/export/csvwriter.h"

#include "core/api/numbertext.h"

namespace neuroio {

CsvWriter::CsvWriter(const ExportOptions &options)
    : m_options(options)
    , m_delimiter(QString(options.delimiter).toUtf8())
{}

QByteArray CsvWriter::byteOrderMark() const
{
    return m_options.byteOrderMark ? QByteArrayLiteral("\xEF\xBB\xBF") : QByteArray();
}

bool CsvWriter::guardFormula(QChar first)
{
    return first == QLatin1Char('=') || first == QLatin1Char('+') || first == QLatin1Char('-')
           || first == QLatin1Char('@') || first == QLatin1Char('\t') || first == QLatin1Char('\r');
}

QString CsvWriter::guardFormula(const QString &text)
{
    if (!text.isEmpty() && guardFormula(text.front()))
        return QLatin1Char('\'') + text;
    return text;
}

void CsvWriter::appendText(QByteArray &line, const QString &text, bool guard) const
{
    // One look at every character: whether it needs quotes, and whether it is all ASCII (most
    // names are), which is written byte for byte without a UTF-8 copy.
    const char16_t delimiter = m_options.delimiter.unicode();
    bool needsQuotes = false;
    bool ascii = true;
    qsizetype quotes = 0;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u >= 0x80)
            ascii = false;
        if (u == u'"')
            ++quotes;
        if (u == u'"' || u == u'\r' || u == u'\n' || u == delimiter)
            needsQuotes = true;
    }
    if (needsQuotes)
        line += '"';
    if (guard && !text.isEmpty() && guardFormula(text.front()))
        line += '\'';
    if (ascii) {
        const qsizetype at = line.size();
        line.resize(at + text.size() + quotes);
        char *out = line.data() + at;
        for (const QChar c : text) {
            *out++ = char(c.unicode());
            if (c.unicode() == u'"')
                *out++ = '"';
        }
    } else if (!needsQuotes) {
        line += text.toUtf8();
    } else {
        QByteArray utf8 = text.toUtf8();
        utf8.replace('"', "\"\"");
        line += utf8;
    }
    if (needsQuotes)
        line += '"';
}

void CsvWriter::appendField(QByteArray &line, const Field &field) const
{
    switch (field.kind) {
    case Field::Kind::Empty:
        return;
    case Field::Kind::Number:
        appendNumber(line, field.number);
        return;
    case Field::Kind::Text:
        appendText(line, field.text, true);
        return;
    }
}

void CsvWriter::appendNumber(QByteArray &line, double number) const
{
    // Plain numbers are digits, '.', '-', 'e' and '+': never a delimiter, so never quoted.
    if (m_options.numbers == ExportOptions::Numbers::Locale)
        appendText(line, localeNumber(number, m_options.locale), false);
    else
        appendPlainNumber(line, number);
}

QByteArray CsvWriter::field(const Field &field) const
{
    QByteArray bytes;
    appendField(bytes, field);
    return bytes;
}

QByteArray CsvWriter::row(const QList<Field> &fields) const
{
    QByteArray line;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            appendDelimiter(line);
        appendField(line, fields[i]);
    }
    line += "\r\n";
    return line;
}

} // namespace neuroio
