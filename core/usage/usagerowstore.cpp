#include "core/usage/usagerowstore.h"

namespace neuroio {

void UsageRowStore::clear()
{
    m_rows = {};
    m_spaces.clear();
    m_spaceIndex.clear();
    m_lastSpace = -1;
    m_nextSpaceGuess = 0;
    m_eventTypes.clear();
    m_eventTypeIndex.clear();
    m_typeIndexPlusOne.fill(0);
    m_unusual.clear();
    m_extraNames.clear();
}

void UsageRowStore::reserve(qsizetype rows)
{
    m_rows.reserve(std::size_t(rows));
}

int UsageRowStore::internSpaceOf(const UsageRecord &record)
{
    if (!record.spaceId && !record.spaceName)
        return -1;
    // A page's rows come space by space: most rows name the space of the row before.
    if (m_lastSpace >= 0) {
        const StoredSpace &last = m_spaces[m_lastSpace];
        if (last.id == record.spaceId && last.name == record.spaceName)
            return m_lastSpace;
    }
    m_lastSpace = internSpace(StoredSpace{record.spaceId, record.spaceName});
    return m_lastSpace;
}

int UsageRowStore::internSpace(const StoredSpace &space)
{
    // Spaces come in the same order month after month: the one after the last is tried
    // before the hash, which would hash the name.
    if (m_nextSpaceGuess < m_spaces.size() && m_spaces[m_nextSpaceGuess] == space)
        return m_nextSpaceGuess++;
    auto it = m_spaceIndex.constFind(space);
    if (it == m_spaceIndex.constEnd()) {
        it = m_spaceIndex.insert(space, int(m_spaces.size()));
        m_spaces.append(space);
    }
    m_nextSpaceGuess = *it + 1;
    return *it;
}

void UsageRowStore::append(const UsageRecord &record)
{
    append(record, internSpaceOf(record));
}

void UsageRowStore::append(const UsageRecord &record, int spaceIndex)
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
        const int type = *record.eventType;
        const bool direct = type >= 0 && type < kDirectTypes;
        auto it = direct ? m_eventTypeIndex.constEnd() : m_eventTypeIndex.constFind(type);
        if (direct && m_typeIndexPlusOne[std::size_t(type)] > 0) {
            typeIndex = m_typeIndexPlusOne[std::size_t(type)] - 1;
        } else if (it != m_eventTypeIndex.constEnd()) {
            typeIndex = *it;
        } else if (quint32(m_eventTypes.size()) < kTypeIndexUnusual) {
            typeIndex = quint32(m_eventTypes.size());
            m_eventTypeIndex.insert(type, typeIndex);
            m_eventTypes.append(type);
            if (direct)
                m_typeIndexPlusOne[std::size_t(type)] = typeIndex + 1;
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
    row.space = spaceIndex;
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

void UsageRowStore::growFor(qsizetype moreRows)
{
    const std::size_t needed = m_rows.size() + std::size_t(std::max<qsizetype>(0, moreRows));
    if (needed > m_rows.capacity())
        m_rows.reserve(std::max(needed, m_rows.capacity() + m_rows.capacity() / 2));
}

void UsageRowStore::append(const QList<UsageRecord> &records)
{
    growFor(records.size());
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

UsageRowStore::ChartFields UsageRowStore::chartFields(qsizetype index) const
{
    const Row &row = m_rows[std::size_t(index)];
    if (row.present() & HasUnusual)
        return ChartFields{month(index), eventType(index), quantity(index), row.space};
    ChartFields fields;
    fields.space = row.space;
    if (row.present() & HasMonth)
        fields.month = Month(row.monthOrdinal() / 12, row.monthOrdinal() % 12 + 1);
    if (row.present() & HasEventType)
        fields.eventType = m_eventTypes[row.typeIndex()];
    if (row.present() & HasQuantity)
        fields.quantity = row.quantity;
    return fields;
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
