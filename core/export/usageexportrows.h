#pragma once

#include "core/api/usagerecord.h"
#include "core/export/exportrow.h"

#include <QHash>
#include <QString>

namespace neuroio {

// The exported row of each usage record, one record after another. Rows are made by the
// hundred thousand, so one ExportRow is filled again for each (its cell names stay the same
// strings, which the sink compares by address), and each month's and event type's text is
// made once per export rather than once per row.
class UsageExportRows final
{
public:
    // The event type names are eventTypeDisplayName of the known types, taken now, so a
    // language change cannot rename a type halfway through a file; others are named as met.
    UsageExportRows();

    // The standard cells of every row, in this order (UsageExporter's first columns): id,
    // month, space_id, space_name, event_type, event_type_name, quantity.
    static QStringList standardCells();

    // Valid until the next call.
    const ExportRow &rowFor(const UsageRecord &record);
    // The texts of the month and event_type_name cells, made once per export.
    const QString &monthText(const Month &month);
    const QString &typeName(int type);

private:
    QHash<int, QString> m_typeNames;
    QHash<int, QString> m_monthTexts; // by Month::ordinal()
    ExportRow m_row;
};

} // namespace neuroio
