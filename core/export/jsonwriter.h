#pragma once

#include "core/export/exportrow.h"

#include <QByteArray>
#include <QJsonValue>
#include <QStringList>

namespace neuroio {

// Encodes exported rows as JSON text, beside CsvWriter: strings escaped as RFC 8259 asks
// (surrogate pairs kept whole), numbers written exactly as CSV writes them, and a server's
// value of any JSON type kept as it came.
class JsonWriter final
{
public:
    static QByteArray string(const QString &text);
    static QByteArray value(const QJsonValue &value);
    // {"name":value,...} in the row's order. Missing cells are left out, and so are the
    // columns in csvOnly: derived for people (event_type_name), not sent by the server.
    static QByteArray object(const ExportRow &row, const QStringList &csvOnly);

    // The same, appended to a line being built: for writers that make many rows.
    static void appendString(QByteArray &out, const QString &text);
    static void appendObject(QByteArray &out, const ExportRow &row, const QStringList &csvOnly);
};

} // namespace neuroio
