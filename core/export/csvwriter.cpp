#include "core/export/csvwriter.h"

#include "core/api/numbertext.h"

namespace neuroio {

CsvWriter::CsvWriter(const ExportOptions &options)
    : m_options(options)
{}

QByteArray CsvWriter::byteOrderMark() const
{
    return m_options.byteOrderMark ? QByteArrayLiteral("\xEF\xBB\xBF") : QByteArray();
}

QString CsvWriter::guardFormula(const QString &text)
{
    if (text.isEmpty())
        return text;
    const QChar first = text.front();
    if (first == QLatin1Char('=') || first == QLatin1Char('+') || first == QLatin1Char('-')
        || first == QLatin1Char('@') || first == QLatin1Char('\t') || first == QLatin1Char('\r')) {
        return QLatin1Char('\'') + text;
    }
    return text;
}

QByteArray CsvWriter::field(const Field &field) const
{
    QString text;
    switch (field.kind) {
    case Field::Kind::Empty:
        return {};
    case Field::Kind::Number:
        text = m_options.numbers == ExportOptions::Numbers::Locale
                   ? localeNumber(field.number, m_options.locale)
                   : plainNumber(field.number);
        break;
    case Field::Kind::Text:
        text = guardFormula(field.text);
        break;
    }
    const bool needsQuotes = text.contains(m_options.delimiter) || text.contains(QLatin1Char('"'))
                             || text.contains(QLatin1Char('\r'))
                             || text.contains(QLatin1Char('\n'));
    if (!needsQuotes)
        return text.toUtf8();
    QString quoted = text;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return '"' + quoted.toUtf8() + '"';
}

QByteArray CsvWriter::row(const QList<Field> &fields) const
{
    QByteArray line;
    const QByteArray delimiter = QString(m_options.delimiter).toUtf8();
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            line += delimiter;
        line += field(fields[i]);
    }
    line += "\r\n";
    return line;
}

} // namespace neuroio
