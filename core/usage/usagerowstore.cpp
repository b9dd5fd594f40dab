#include "core/usage/usagerowstore.h"

namespace neuroio {

void UsageRowStore::clear()
{
    m_rows = {};
    m_spaces.clear();
    m_spaceIndex.clear();
    m_unusual.clear();
    m_extraNames.clear();
}

void UsageRowStore::reserve(qsizetype rows)
{
    m_rows.reserve(std::size_t(rows));
}

int UsageRowStore::internSpace(const UsageRecord &record)
{
    if (!record.spaceId && !record.spaceName)
        return -1;
    SpaceKey key{record.spaceId, record.spaceName};
    auto it = m_spaceIndex.constFind(key);
    if (it != m_spaceIndex.constEnd())
        return *it;
    const int index = int(m_spaces.size());
    m_spaces.append(StoredSpace{record.spaceId, record.spaceName});
    m_spaceIndex.insert(std::move(key), index);
    return index;
}

void UsageRowStore::append(const UsageRecord &record)
{
    Row row;
    if (record.id) {
        row.id = *record.id;
        row.present |= HasId;
    }
    if (record.month) {
        row.monthOrdinal = record.month->ordinal();
        row.present |= HasMonth;
    }
    if (record.eventType) {
        row.eventType = *record.eventType;
        row.present |= HasEventType;
    }
    if (record.quantity) {
        row.quantity = *record.quantity;
        row.present |= HasQuantity;
    }
    row.space = internSpace(record);
    if (!record.extras.isEmpty() || !record.nullFields.isEmpty()) {
        row.present |= HasUnusual;
        m_unusual.insert(size(), Unusual{record.extras, record.nullFields});
        for (const ExtraField &e : record.extras) {
            if (!m_extraNames.contains(e.name))
                m_extraNames.append(e.name);
        }
    }
    m_rows.push_back(row);
}

void UsageRowStore::append(const QList<UsageRecord> &records)
{
    // Grow by half at least, so a million rows are not copied page by page.
    const std::size_t needed = m_rows.size() + std::size_t(records.size());
    if (needed > m_rows.capacity())
        m_rows.reserve(std::max(needed, m_rows.capacity() + m_rows.capacity() / 2));
    for (const UsageRecord &r : records)
        append(r);
}

UsageRecord UsageRowStore::record(qsizetype index) const
{
    const Row &row = m_rows[std::size_t(index)];
    UsageRecord record;
    if (row.present & HasId)
        record.id = row.id;
    if (row.present & HasMonth)
        record.month = Month(row.monthOrdinal / 12, row.monthOrdinal % 12 + 1);
    if (row.present & HasEventType)
        record.eventType = row.eventType;
    if (row.present & HasQuantity)
        record.quantity = row.quantity;
    if (row.space >= 0) {
        const StoredSpace &space = m_spaces[row.space];
        record.spaceId = space.id;
        record.spaceName = space.name;
    }
    if (row.present & HasUnusual) {
        const Unusual &unusual = *m_unusual.constFind(index);
        record.extras = unusual.extras;
        record.nullFields = unusual.nullFields;
    }
    return record;
}

std::optional<Month> UsageRowStore::month(qsizetype index) const
{
    const Row &row = m_rows[std::size_t(index)];
    if (!(row.present & HasMonth))
        return std::nullopt;
    return Month(row.monthOrdinal / 12, row.monthOrdinal % 12 + 1);
}

std::optional<int> UsageRowStore::eventType(qsizetype index) const
{
    const Row &row = m_rows[std::size_t(index)];
    return (row.present & HasEventType) ? std::optional<int>(row.eventType) : std::nullopt;
}

std::optional<double> UsageRowStore::quantity(qsizetype index) const
{
    const Row &row = m_rows[std::size_t(index)];
    return (row.present & HasQuantity) ? std::optional<double>(row.quantity) : std::nullopt;
}

const ExtraFields *UsageRowStore::extras(qsizetype index) const
{
    const Row &row = m_rows[std::size_t(index)];
    if (!(row.present & HasUnusual))
        return nullptr;
    return &m_unusual.constFind(index)->extras;
}

} // namespace neuroio
