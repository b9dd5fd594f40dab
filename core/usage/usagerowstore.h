#pragma once

#include "core/api/usagerecord.h"

#include <QHash>
#include <QList>
#include <QStringList>

#include <array>
#include <optional>
#include <vector>

namespace neuroio {

// A space as the rows named it: an id, a name, or both. Rows that name it alike share it.
struct StoredSpace
{
    std::optional<qint64> id;
    std::optional<QString> name;

    friend bool operator==(const StoredSpace &a, const StoredSpace &b)
    {
        return a.id == b.id && a.name == b.name;
    }
    friend size_t qHash(const StoredSpace &space, size_t seed = 0)
    {
        return qHashMulti(seed, space.id.value_or(-1), space.id.has_value(),
                          space.name.value_or(QString()), space.name.has_value());
    }
};

// Every usage row of the filters, kept compactly so a million rows fit in 24 MB: a fixed
// 24-byte row, each distinct space and event type once, the month as an ordinal. Extra fields
// and fields the server sent as null are rare: only the rows that have them keep them, beside
// the rows.
// record() gives a row back exactly as it was appended.
class UsageRowStore final
{
public:
    void clear();
    void reserve(qsizetype rows);
    void append(const UsageRecord &record);
    void append(const QList<UsageRecord> &records);
    // Room for more rows, growing by half at least: appending a million rows a page or a
    // month at a time copies them a few times, not once per page.
    void growFor(qsizetype moreRows);
    // For readers of data that lists its spaces once (the cache): each space interned once,
    // then its rows appended with the index it gave, their own space fields unread.
    int internSpace(const StoredSpace &space);
    void append(const UsageRecord &record, int spaceIndex);

    qsizetype size() const { return qsizetype(m_rows.size()); }
    bool isEmpty() const { return m_rows.empty(); }
    UsageRecord record(qsizetype row) const;

    // What charts read of a row, in one call, without building a record.
    struct ChartFields
    {
        std::optional<Month> month;
        std::optional<int> eventType;
        std::optional<double> quantity;
        int space = -1; // as spaceIndex()
    };
    ChartFields chartFields(qsizetype row) const;

    // What sorting reads, without building a record.
    std::optional<Month> month(qsizetype row) const;
    std::optional<int> eventType(qsizetype row) const;
    std::optional<double> quantity(qsizetype row) const;
    // The row's space in spaces(); -1 when the row names none.
    int spaceIndex(qsizetype row) const { return m_rows[std::size_t(row)].space; }
    // Every distinct space the rows named, in the order first seen.
    const QList<StoredSpace> &spaces() const { return m_spaces; }
    // The row's extra fields; nullptr when it has none.
    const ExtraFields *extras(qsizetype row) const;
    // Every extra field's name, in the order first seen.
    const QStringList &extraNames() const { return m_extraNames; }

private:
    enum Present : quint32 {
        HasId = 1,
        HasMonth = 2,
        HasEventType = 4,
        HasQuantity = 8,
        HasUnusual = 16,
    };
    // 24 bytes: the month's ordinal (17 bits reach 9999-12), five Present bits and the event
    // type's index among the types seen (10 bits) share one word.
    static constexpr int kMonthBits = 17;
    static constexpr int kPresentBits = 5;
    // Types past this many distinct ones keep their number with the unusual fields.
    static constexpr quint32 kTypeIndexUnusual = (1u << (32 - kMonthBits - kPresentBits)) - 1;
    struct Row
    {
        qint64 id = 0;
        double quantity = 0;
        qint32 space = -1;
        quint32 packed = 0;

        int monthOrdinal() const { return int(packed & ((1u << kMonthBits) - 1)); }
        quint32 present() const { return (packed >> kMonthBits) & ((1u << kPresentBits) - 1); }
        quint32 typeIndex() const { return packed >> (kMonthBits + kPresentBits); }
    };
    struct Unusual
    {
        ExtraFields extras;
        QStringList nullFields;
        int eventType = 0;          // when the row's type index is kTypeIndexUnusual
        std::optional<Month> month; // a month no ordinal holds (not 0001-01 to 9999-12)
    };

    int internSpaceOf(const UsageRecord &record);
    int eventTypeOf(qsizetype index, const Row &row) const;

    std::vector<Row> m_rows;
    QList<StoredSpace> m_spaces;
    QHash<StoredSpace, int> m_spaceIndex;
    int m_lastSpace = -1;
    int m_nextSpaceGuess = 0;
    QList<int> m_eventTypes; // by type index
    QHash<int, quint32> m_eventTypeIndex;
    // Types below this (every known one) find their index by number: the index + 1, 0 until
    // seen.
    static constexpr int kDirectTypes = 64;
    std::array<quint32, kDirectTypes> m_typeIndexPlusOne{};
    QHash<qsizetype, Unusual> m_unusual; // row -> its extras, null fields or rare type
    QStringList m_extraNames;
};

} // namespace neuroio
