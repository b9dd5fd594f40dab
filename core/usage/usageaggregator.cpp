#include "core/usage/usageaggregator.h"

#include "core/api/eventtype.h"
#include "core/usage/usagerowstore.h"

#include <algorithm>

namespace neuroio {

void UsageAggregator::reset(std::optional<MonthRange> range)
{
    m_range = range;
    m_types.clear();
    m_typeByNumber.assign(kDirectTypes, nullptr);
    m_spaceIndex.clear();
    m_spaceNames.clear();
    m_lastSpace = SpaceKey();
    m_lastSpaceIndex = -1;
    m_storeSpaces.clear();
    m_lastStoreSpace = -2;
    m_rowsAdded = 0;
    m_rowsSkipped = 0;
}

int UsageAggregator::spaceIndexOf(SpaceKey key)
{
    auto it = m_spaceIndex.constFind(key);
    if (it == m_spaceIndex.constEnd()) {
        it = m_spaceIndex.insert(key, int(m_spaceNames.size()));
        m_spaceNames.append(QString());
    }
    m_lastSpaceIndex = *it;
    m_lastSpace = std::move(key);
    return m_lastSpaceIndex;
}

int UsageAggregator::spaceIndex(const UsageRecord &record)
{
    const bool sameAsLast
        = m_lastSpaceIndex >= 0 && m_lastSpace.id == record.spaceId
          && (record.spaceId || m_lastSpace.name == record.spaceName.value_or(QString()));
    if (!sameAsLast) {
        spaceIndexOf(SpaceKey{record.spaceId,
                              record.spaceId ? QString() : record.spaceName.value_or(QString())});
    }
    QString &name = m_spaceNames[m_lastSpaceIndex];
    const QString &given = record.spaceName ? *record.spaceName : QString();
    if (name != given)
        name = given;
    return m_lastSpaceIndex;
}

UsageAggregator::TypeStats &UsageAggregator::typeStats(int eventType)
{
    if (m_typeByNumber.empty())
        m_typeByNumber.assign(kDirectTypes, nullptr);
    const bool direct = eventType >= 0 && eventType < kDirectTypes;
    if (direct && m_typeByNumber[std::size_t(eventType)])
        return *m_typeByNumber[std::size_t(eventType)];
    TypeStats &stats = m_types[eventType];
    if (direct)
        m_typeByNumber[std::size_t(eventType)] = &stats;
    return stats;
}

void UsageAggregator::fold(int space, int eventType, const Month &month, double quantity)
{
    TypeStats &type = typeStats(eventType);
    if (!type.lastPoint || type.lastPoint->month != month) {
        MonthlyPoint &point = type.monthly[month];
        point.month = month;
        type.lastPoint = &point;
    }
    type.lastPoint->quantity += quantity;
    ++type.lastPoint->rows;

    std::vector<SpaceStats> &spaces = type.spaces;
    if (spaces.size() <= std::size_t(space))
        spaces.resize(std::size_t(space) + 1);
    SpaceStats &stats = spaces[std::size_t(space)];
    if (!stats.seen) {
        stats.seen = true;
        stats.id = m_lastSpace.id;
    }
    stats.sum += quantity;
    if (!stats.latest || *stats.latest < month) {
        stats.latest = month;
        stats.latestValue = quantity;
    } else if (stats.latest == month) {
        stats.latestValue += quantity;
    }
}

void UsageAggregator::add(const UsageRecord &record)
{
    m_lastStoreSpace = -2; // the record may name another space than the store's last row
    ++m_rowsAdded;
    // Spaces with an id are listed (spacesSeen) even from rows that cannot be charted.
    const int space = record.spaceId ? spaceIndex(record) : -1;
    if (!record.eventType || !record.month || !record.quantity) {
        ++m_rowsSkipped;
        return;
    }
    fold(space >= 0 ? space : spaceIndex(record), *record.eventType, *record.month,
         *record.quantity);
}

void UsageAggregator::add(const QList<UsageRecord> &records)
{
    for (const UsageRecord &r : records)
        add(r);
}

void UsageAggregator::add(const UsageRowStore &rows, qsizetype first, qsizetype last)
{
    const QList<StoredSpace> &stored = rows.spaces();
    // Index 0 stands for rows that name no space (store index -1).
    if (m_storeSpaces.size() < std::size_t(stored.size()) + 1)
        m_storeSpaces.resize(std::size_t(stored.size()) + 1, -1);
    for (qsizetype row = first; row < last; ++row) {
        ++m_rowsAdded;
        const auto [month, type, quantity, storeSpace] = rows.chartFields(row);
        const bool chartable = type && month && quantity;
        const StoredSpace *space = storeSpace >= 0 ? &stored[storeSpace] : nullptr;
        const bool hasId = space && space->id;
        if (!chartable)
            ++m_rowsSkipped;
        // As add(record): spaces with an id are listed even from rows that cannot be charted.
        if (!chartable && !hasId)
            continue;
        const auto nameGiven
            = [space] { return space ? space->name.value_or(QString()) : QString(); };
        const int slot = storeSpace + 1; // 0 for rows that name no space
        int &ours = m_storeSpaces[std::size_t(slot)];
        if (ours < 0) // as spaceIndex(): the id when there is one, otherwise the name
            ours = spaceIndexOf(
                SpaceKey{space ? space->id : std::nullopt, hasId ? QString() : nameGiven()});
        if (storeSpace != m_lastStoreSpace) {
            // The space's name is the last a row gave it.
            m_lastStoreSpace = storeSpace;
            m_lastSpaceIndex = ours;
            m_lastSpace.id = space ? space->id : std::nullopt;
            QString &name = m_spaceNames[ours];
            if (const QString given = nameGiven(); name != given)
                name = given;
        }
        if (chartable)
            fold(ours, *type, *month, *quantity);
    }
}

QList<MonthlyPoint> UsageAggregator::monthly(int eventType) const
{
    const auto type = m_types.find(eventType);
    const std::map<Month, MonthlyPoint> none;
    const std::map<Month, MonthlyPoint> &points
        = type != m_types.end() ? type->second.monthly : none;
    Month first;
    Month last;
    if (m_range && m_range->isValid()) {
        first = m_range->from();
        last = m_range->to();
    } else if (!points.empty()) {
        first = points.begin()->first;
        last = points.rbegin()->first;
    } else {
        return {};
    }
    QList<MonthlyPoint> series;
    series.reserve(first.monthsTo(last) + 1);
    for (Month m = first; m <= last; m = m.addMonths(1)) {
        const auto point = points.find(m);
        series.append(point != points.end() ? point->second : MonthlyPoint{m, 0, 0});
    }
    return series;
}

SpaceBreakdown UsageAggregator::breakdown(int eventType, int topSpaces, const QString &match) const
{
    SpaceBreakdown result;
    result.eventType = eventType;
    result.isLevel = isLevelEventType(eventType);
    const auto type = m_types.find(eventType);
    if (type == m_types.end())
        return result;
    const std::vector<SpaceStats> &spaces = type->second.spaces;

    if (result.isLevel)
        result.asOf = type->second.monthly.rbegin()->first;
    QList<SpaceShare> shares;
    for (std::size_t index = 0; index < spaces.size(); ++index) {
        const SpaceStats &stats = spaces[index];
        if (!stats.seen)
            continue;
        SpaceShare share;
        if (result.isLevel && stats.latest != result.asOf)
            continue; // no level reported for this space in that month
        share.spaceId = stats.id;
        share.name = m_spaceNames[qsizetype(index)]; // the last name any row gave it
        share.quantity = result.isLevel ? stats.latestValue : stats.sum;
        shares.append(share);
    }
    std::sort(shares.begin(), shares.end(), [](const SpaceShare &a, const SpaceShare &b) {
        if (a.quantity != b.quantity)
            return a.quantity > b.quantity;
        if (a.name != b.name)
            return a.name.localeAwareCompare(b.name) < 0;
        return a.spaceId.value_or(0) < b.spaceId.value_or(0);
    });
    for (const SpaceShare &s : shares)
        result.total += s.quantity;
    result.spaceCount = static_cast<int>(shares.size());
    result.match = match.trimmed();
    if (!result.match.isEmpty()) {
        shares.removeIf([&result](const SpaceShare &s) {
            return !s.name.contains(result.match, Qt::CaseInsensitive);
        });
    }
    result.matchCount = static_cast<int>(shares.size());

    result.items = shares;
    for (SpaceShare &s : result.items)
        s.percent = result.total > 0 ? s.quantity * 100.0 / result.total : 0.0;
    return result.top(topSpaces);
}

SpaceBreakdown SpaceBreakdown::top(int topSpaces) const
{
    // Ten spaces fit as they are; "Others" only ever stands for two or more.
    const qsizetype count = items.size();
    if (count <= qsizetype(topSpaces) + 1)
        return *this;
    SpaceBreakdown cut = *this;
    cut.items = items.mid(0, topSpaces);
    SpaceShare others;
    others.isOthers = true;
    others.spacesInOthers = static_cast<int>(count) - topSpaces;
    others.name = match.isEmpty()
                      ? UsageAggregator::tr("Others (%1 spaces)").arg(others.spacesInOthers)
                      : UsageAggregator::tr("Other matches (%1 spaces)").arg(others.spacesInOthers);
    for (qsizetype i = topSpaces; i < count; ++i)
        others.quantity += items[i].quantity;
    others.percent = total > 0 ? others.quantity * 100.0 / total : 0.0;
    cut.items.append(others);
    return cut;
}

QMap<int, double> UsageAggregator::sums() const
{
    QMap<int, double> sums;
    for (const auto &[type, stats] : m_types) {
        double sum = 0;
        for (const auto &point : stats.monthly)
            sum += point.second.quantity;
        sums.insert(type, sum);
    }
    return sums;
}

QList<Space> UsageAggregator::spacesSeen() const
{
    QList<Space> spaces;
    for (auto it = m_spaceIndex.cbegin(); it != m_spaceIndex.cend(); ++it) {
        if (it.key().id)
            spaces.append(Space{*it.key().id, m_spaceNames[it.value()]});
    }
    std::sort(spaces.begin(), spaces.end(), [](const Space &a, const Space &b) {
        const int byName = a.name.localeAwareCompare(b.name);
        return byName != 0 ? byName < 0 : a.id < b.id;
    });
    return spaces;
}

QList<int> UsageAggregator::eventTypesSeen() const
{
    QList<int> types;
    types.reserve(qsizetype(m_types.size()));
    for (const auto &entry : m_types)
        types.append(entry.first);
    return types;
}

QList<int> UsageAggregator::shownEventTypes(const QList<int> &selected) const
{
    if (!selected.isEmpty())
        return selected;
    QList<int> types;
    for (EventType t : knownEventTypes())
        types.append(static_cast<int>(t));
    for (int seen : eventTypesSeen()) {
        if (!types.contains(seen))
            types.append(seen);
    }
    return types;
}

} // namespace neuroio
