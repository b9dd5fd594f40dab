#pragma once

#include "core/export/exportrow.h"

#include <QStringList>

namespace neuroio {

// A whole table to export at once (an accounts overview), as opposed to rows streamed page by
// page: its columns in order, and its rows.
struct ExportTable
{
    QStringList columns;
    QList<ExportRow> rows;
};

} // namespace neuroio
