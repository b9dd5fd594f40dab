#pragma once

#include "core/api/usagerecord.h"
#include "core/usage/usagerowstore.h"

#include <QList>
#include <QString>

namespace neuroio {

// What usage rows are sorted by: one of the contract's fields, or an extra field by name.
struct UsageSortKey
{
    enum class Field { Month, Space, EventType, Quantity, Extra };

    Field field = Field::Month;
    QString extraName; // for Field::Extra
    bool descending = false;
};

// The order of rows under a key: indexes into records. Stable, so rows that tie keep the
// server's order; a row without the field comes last whichever the direction, so sorting
// never mixes "not sent" with a smallest or largest value. Spaces sort by name as people
// read them (locale-aware), event types by their name, extras as numbers when both are.
// A million rows name a few hundred spaces: those are collated once, not the rows.
QList<int> sortedUsageOrder(const UsageRowStore &rows, const UsageSortKey &key);
QList<int> sortedUsageOrder(const QList<UsageRecord> &records, const UsageSortKey &key);

} // namespace neuroio
