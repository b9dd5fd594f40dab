#pragma once

#include "core/export/exportoptions.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QVariant>

#include <optional>

namespace neuroio {

// Encodes rows as RFC 4180 CSV in UTF-8: CRLF line ends; a field holding the delimiter, a
// quote, CR or LF is quoted with inner quotes doubled. Text that a spreadsheet would run as a
// formula (starting with = + - @, tab or CR) gets a leading ' ; numbers are never altered.
class CsvWriter final
{
public:
    // One cell: empty (nothing known), text, or a number.
    struct Field
    {
        enum class Kind { Empty, Text, Number };
        Kind kind = Kind::Empty;
        QString text;
        double number = 0;

        static Field empty() { return {}; }
        static Field fromText(const QString &t) { return {Kind::Text, t, 0}; }
        static Field fromNumber(double n) { return {Kind::Number, QString(), n}; }
    };

    explicit CsvWriter(const ExportOptions &options);

    QByteArray byteOrderMark() const;
    QByteArray row(const QList<Field> &fields) const;
    QByteArray field(const Field &field) const;
    // The text as it will be written, before quoting.
    static QString guardFormula(const QString &text);

    // The same encoding appended to a line being built, for writers that make many rows.
    const QByteArray &delimiter() const { return m_delimiter; }
    void appendDelimiter(QByteArray &line) const
    {
        // Nearly always one byte: appended as a byte, without QByteArray's insert path.
        if (m_delimiter.size() == 1)
            line.append(m_delimiter.front());
        else
            line.append(m_delimiter);
    }
    void appendField(QByteArray &line, const Field &field) const;
    void appendNumber(QByteArray &line, double number) const;
    // guard: text from the data, which a spreadsheet must not run as a formula.
    void appendText(QByteArray &line, const QString &text, bool guard = true) const;

private:
    // Whether text starting with this would be taken for a formula.
    static bool guardFormula(QChar first);

    ExportOptions m_options;
    QByteArray m_delimiter;
};

} // namespace neuroio
