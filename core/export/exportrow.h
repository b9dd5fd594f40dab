#pragma once

#include "core/export/exportvalue.h"

#include <QList>
#include <QPair>
#include <QString>

namespace neuroio {

// One exported row: named cells, in any order. A writer puts each cell in its column, and a
// name it has not seen before becomes a new last column.
using ExportRow = QList<QPair<QString, ExportValue>>;

} // namespace neuroio
