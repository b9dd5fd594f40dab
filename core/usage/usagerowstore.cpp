#include "core/usage/usagerowstore.h"

namespace neuroio {

void UsageRowStore::clear()
{
    m_rows = {};
    m_spaces.clear();
    m_spaceIndex.clear();
    m_lastSpace = -1;
    m_eventTypes.clear();
    m_eventTypeIndex.clear();
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
    // A page's rows come space by space: most rows name the space of the row before.
    if (m_lastSpace >= 0) {
        const StoredSpace &last = m_spaces[m_lastSpace];
        if (last.id == record.spaceId && last.name == record.spaceName)
            return m_lastSpace;
    }
    m_lastSpace = internNewSpace(record);
    return m_lastSpace;
}

int UsageRowStore::internNewSpace(const UsageRecord &record)
{
    StoredSpace key{record.spaceId, record.spaceName};
    auto it = m_spaceIndex.constFind(key);
    if (it != m_spaceIndex.constEnd())
        return *it;
    const int index = int(m_spaces.size());
    m_spaces.append(StoredSpace{record.spaceId, record.spaceName});
    m_spaceIndex.insert(key, index);
    return index;
}

void UsageRowStore::append(const UsageRecord &record)
{
    static_assert(sizeof(Row) == 24, "a million rows in 24 MB");
    Row row;
    quint32 present = 0;
    quint32 monthOrdinal = 0;
    quint32 typeIndex = 0;
    Unusual unusual;
    bool isUnusual = !record.extras.isEmpty() || !record.nullFields.isEmpty();
    if (record.id) {
        row.id = *record.id;
        present |= HasId;
    }
    if (record.month) {
        present |= HasMonth;
        if (record.month->isValid()) {
            monthOrdinal = quint32(record.month->ordinal());
        } else {
            unusual.month = record.month;
            isUnusual = true;
        }
    }
    if (record.eventType) {
        present |= HasEventType;
        auto it = m_eventTypeIndex.constFind(*record.eventType);
        if (it != m_eventTypeIndex.constEnd()) {
            typeIndex = *it;
        } else if (quint32(m_eventTypes.size()) < kTypeIndexUnusual) {
            typeIndex = quint32(m_eventTypes.size());
            m_eventTypeIndex.insert(*record.eventType, typeIndex);
            m_eventTypes.append(*record.eventType);
        } else {
            typeIndex = kTypeIndexUnusual;
            unusual.eventType = *record.eventType;
            isUnusual = true;
        }
    }
    if (record.quantity) {
        row.quantity = *record.quantity;
        present |= HasQuantity;
    }
    row.space = internSpace(record);
    if (isUnusual) {
        present |= HasUnusual;
        unusual.extras = record.extras;
        unusual.nullFields = record.nullFields;
        m_unusual.insert(size(), unusual);
        for (const ExtraField &e : record.extras) {
            if (!m_extraNames.contains(e.name))
                m_extraNames.append(e.name);
        }
    }
    row.packed
        = monthOrdinal | (present << kMonthBits) | (typeIndex << (kMonthBits + kPresentBits));
    m_rows.push_back(row);
}

int UsageRowStore::eventTypeOf(qsizetype index, const Row &row) const
{
    if (row.typeIndex() == kTypeIndexUnusual)
        return m_unusual.constFind(index)->eventType;
    return m_eventTypes[row.typeIndex()];
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
    if (row.present() & HasId)
        record.id = row.id;
    record.month = month(index);
    record.eventType = eventType(index);
    record.quantity = quantity(index);
    if (row.space >= 0) {
        const StoredSpace &space = m_spaces[row.space];
        record.spaceId = space.id;
        record.spaceName = space.name;
    }
    if (row.present() & HasUnusual) {
        const Unusual &unusual = *m_unusual.constFind(index);
        record.extras = unusual.extras;
        record.nullFields = unusual.nullFields;
    }
    return record;
}

std::optional<Month> UsageRowStore::month(qsizetype index) const
{
    const Row &row = m_rows[std::size_t(index)];
    if (!(row.present() & HasMonth))
        return std::nullopt;
    if (row.present() & HasUnusual) {
        if (const std::optional<Month> &odd = m_unusual.constFind(index)->month)
            return odd;
    }
    const int ordinal = row.monthOrdinal();
    return Month(ordinal / 12, ordinal % 12 + 1);
}

std::optional<int> UsageRowStore::eventType(qsizetype index) const
{
    const Row &row = m_rows[std::size_t(index)];
    if (!(row.present() & HasEventType))
        return std::nullopt;
    return eventTypeOf(index, row);
}

std::optional<double> UsageRowStore::quantity(qsizetype index) const
{
    const Row &row = m_rows[std::size_t(index)];
    return (row.present() & HasQuantity) ? std::optional<double>(row.quantity) : std::nullopt;
}

const ExtraFields *UsageRowStore::extras(qsizetype index) const
{
    const Row &row = m_rows[std::size_t(index)];
    if (!(row.present() & HasUnusual))
        return nullptr;
    return &m_unusual.constFind(index)->extras;
}

} // namespace neuroio
