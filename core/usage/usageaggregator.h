#pragma once

#include "core/api/space.h"
#include "core/api/usagerecord.h"
#include "core/usage/monthrange.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QMap>

#include <map>
#include <optional>
#include <vector>

namespace neuroio {

class UsageRowStore;

struct MonthlyPoint
{
    Month month;
    double quantity = 0;
    // 0: no usage row for this month at all. kCountedByServer: the figure is the total
    // endpoint's, which says how much but not in how many rows.
    static constexpr int kCountedByServer = -1;
    int rows = 0;
};

struct SpaceShare
{
    std::optional<qint64> spaceId; // empty for "Others" and rows without a space
    QString name;
    double quantity = 0;
    double percent = 0;
    bool isOthers = false;
    int spacesInOthers = 0;
};

struct SpaceBreakdown
{
    int eventType = 0;
    QList<SpaceShare> items; // largest first; "Others" last
    double total = 0;
    // Storage and licences are monthly levels: their breakdown is the level in asOf, the last
    // month with data, not a meaningless sum over months.
    bool isLevel = false;
    Month asOf;
    int spaceCount = 0; // every space with a figure, matching or not
    QString match;      // the search the items were narrowed to; empty for none
    int matchCount = 0; // spaces whose name contains match (all of them without one)

    // The first topSpaces items, and "Others" for the rest: from a breakdown of every space,
    // the chart's bars without sorting the spaces again.
    SpaceBreakdown top(int topSpaces) const;
};

// Folds usage rows, as pages arrive, into what the charts show: monthly series per event type
// and per-space shares. Memory grows with spaces x months x types, not with rows. Pure code,
// so chart numbers are tested without any chart.
class UsageAggregator final
{
    Q_DECLARE_TR_FUNCTIONS(neuroio::UsageAggregator)

public:
    static constexpr int kDefaultTopSpaces = 9;

    UsageAggregator() = default;
    // It keeps pointers into its own maps.
    UsageAggregator(const UsageAggregator &) = delete;
    UsageAggregator &operator=(const UsageAggregator &) = delete;

    // Monthly buckets span range when given, otherwise the months seen.
    void reset(std::optional<MonthRange> range = std::nullopt);
    void add(const UsageRecord &record);
    void add(const QList<UsageRecord> &records);
    // Rows [first, last) of rows, read where they are kept: no record is built. Between
    // resets, the rows of one store only, each row once.
    void add(const UsageRowStore &rows, qsizetype first, qsizetype last);

    QList<MonthlyPoint> monthly(int eventType) const;
    // The largest topSpaces spaces and "Others" for the rest. With a match, only the spaces
    // whose name contains it (ignoring case) are listed; shares stay shares of every space.
    SpaceBreakdown breakdown(int eventType, int topSpaces = kDefaultTopSpaces,
                             const QString &match = QString()) const;
    // Sum of all rows per event type. The totals shown come from the total endpoint; this is
    // for cross-checks.
    QMap<int, double> sums() const;
    QList<Space> spacesSeen() const;   // by name
    QList<int> eventTypesSeen() const; // ascending
    // The event types a chart or report shows: those selected, or (none selected) every
    // known type and any other the rows carried.
    QList<int> shownEventTypes(const QList<int> &selected) const;
    qint64 rowsAdded() const { return m_rowsAdded; }
    // Rows without an event type, month or quantity cannot be charted; they are counted.
    qint64 rowsSkipped() const { return m_rowsSkipped; }

private:
    // A space is its id when the row has one, otherwise its name.
    struct SpaceKey
    {
        std::optional<qint64> id;
        QString name; // only without an id
        friend bool operator==(const SpaceKey &a, const SpaceKey &b)
        {
            return a.id == b.id && a.name == b.name;
        }
        friend size_t qHash(const SpaceKey &key, size_t seed = 0)
        {
            return qHashMulti(seed, key.id.value_or(0), key.id.has_value(), key.name);
        }
    };
    struct SpaceStats
    {
        bool seen = false; // the space has a row of this type
        std::optional<qint64> id;
        double sum = 0;
        // For levels, the value in the space's latest month: the breakdown's month is the last
        // with data, so a space that has it there has it as its latest.
        std::optional<Month> latest;
        double latestValue = 0;
    };
    // One event type's figures. Nodes of std::map stay where they are, so the point of the
    // month folded last is kept at hand: rows come month by month.
    struct TypeStats
    {
        std::map<Month, MonthlyPoint> monthly;
        MonthlyPoint *lastPoint = nullptr;
        std::vector<SpaceStats> spaces; // by space index
    };

    // Each space once, by index: rows name a few thousand spaces, and a page's rows come
    // space by space, so the last one is asked for again most of the time.
    int spaceIndex(const UsageRecord &record);
    int spaceIndexOf(SpaceKey key);
    TypeStats &typeStats(int eventType);
    void fold(int space, int eventType, const Month &month, double quantity);

    // Types 0 to this (every known one) are found by number, without a lookup.
    static constexpr int kDirectTypes = 64;

    std::optional<MonthRange> m_range;
    std::map<int, TypeStats> m_types;
    std::vector<TypeStats *> m_typeByNumber; // kDirectTypes entries, null until seen
    QHash<SpaceKey, int> m_spaceIndex;
    QList<QString> m_spaceNames; // by space index: the last name a row gave it
    SpaceKey m_lastSpace;
    int m_lastSpaceIndex = -1;
    // A store's space index -> ours (-1: not yet looked up); the space of the row before.
    std::vector<int> m_storeSpaces;
    int m_lastStoreSpace = -2;
    qint64 m_rowsAdded = 0;
    qint64 m_rowsSkipped = 0;
};

} // namespace neuroio
