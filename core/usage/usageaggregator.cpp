#include "core/usage/usageaggregator.h"

#include "core/api/eventtype.h"

#include <algorithm>

namespace neuroio {

void UsageAggregator::reset(std::optional<MonthRange> range)
{
    m_range = range;
    m_monthly.clear();
    m_bySpace.clear();
    m_spaceIndex.clear();
    m_spaceNames.clear();
    m_lastSpace = SpaceKey();
    m_lastSpaceIndex = -1;
    m_rowsAdded = 0;
    m_rowsSkipped = 0;
}

int UsageAggregator::spaceIndex(const UsageRecord &record)
{
    const bool sameAsLast
        = m_lastSpaceIndex >= 0 && m_lastSpace.id == record.spaceId
          && (record.spaceId || m_lastSpace.name == record.spaceName.value_or(QString()));
    if (!sameAsLast) {
        SpaceKey key{record.spaceId,
                     record.spaceId ? QString() : record.spaceName.value_or(QString())};
        auto it = m_spaceIndex.constFind(key);
        if (it == m_spaceIndex.constEnd()) {
            it = m_spaceIndex.insert(key, int(m_spaceNames.size()));
            m_spaceNames.append(QString());
        }
        m_lastSpaceIndex = *it;
        m_lastSpace = std::move(key);
    }
    QString &name = m_spaceNames[m_lastSpaceIndex];
    const QString &given = record.spaceName ? *record.spaceName : QString();
    if (name != given)
        name = given;
    return m_lastSpaceIndex;
}

void UsageAggregator::add(const UsageRecord &record)
{
    ++m_rowsAdded;
    // Spaces with an id are listed (spacesSeen) even from rows that cannot be charted.
    const int space = record.spaceId ? spaceIndex(record) : -1;
    if (!record.eventType || !record.month || !record.quantity) {
        ++m_rowsSkipped;
        return;
    }
    const int type = *record.eventType;
    const double quantity = *record.quantity;

    MonthlyPoint &point = m_monthly[type][*record.month];
    point.month = *record.month;
    point.quantity += quantity;
    ++point.rows;

    std::vector<SpaceStats> &spaces = m_bySpace[type];
    const int index = space >= 0 ? space : spaceIndex(record);
    if (spaces.size() <= std::size_t(index))
        spaces.resize(std::size_t(index) + 1);
    SpaceStats &stats = spaces[std::size_t(index)];
    if (!stats.seen) {
        stats.seen = true;
        stats.id = record.spaceId;
    }
    if (stats.name != m_spaceNames[index])
        stats.name = m_spaceNames[index];
    stats.sum += quantity;
    if (!stats.latest || *stats.latest < *record.month) {
        stats.latest = *record.month;
        stats.latestValue = quantity;
    } else if (stats.latest == *record.month) {
        stats.latestValue += quantity;
    }
}

void UsageAggregator::add(const QList<UsageRecord> &records)
{
    for (const UsageRecord &r : records)
        add(r);
}

QList<MonthlyPoint> UsageAggregator::monthly(int eventType) const
{
    const QMap<Month, MonthlyPoint> points = m_monthly.value(eventType);
    Month first;
    Month last;
    if (m_range && m_range->isValid()) {
        first = m_range->from();
        last = m_range->to();
    } else if (!points.isEmpty()) {
        first = points.firstKey();
        last = points.lastKey();
    } else {
        return {};
    }
    QList<MonthlyPoint> series;
    series.reserve(first.monthsTo(last) + 1);
    for (Month m = first; m <= last; m = m.addMonths(1))
        series.append(points.value(m, MonthlyPoint{m, 0, 0}));
    return series;
}

SpaceBreakdown UsageAggregator::breakdown(int eventType, int topSpaces, const QString &match) const
{
    SpaceBreakdown result;
    result.eventType = eventType;
    result.isLevel = isLevelEventType(eventType);
    const auto typeSpaces = m_bySpace.constFind(eventType);
    if (typeSpaces == m_bySpace.constEnd())
        return result;
    const std::vector<SpaceStats> &spaces = *typeSpaces;

    if (result.isLevel) {
        const QMap<Month, MonthlyPoint> points = m_monthly.value(eventType);
        result.asOf = points.lastKey();
    }
    QList<SpaceShare> shares;
    for (const SpaceStats &stats : spaces) {
        if (!stats.seen)
            continue;
        SpaceShare share;
        if (result.isLevel && stats.latest != result.asOf)
            continue; // no level reported for this space in that month
        share.spaceId = stats.id;
        share.name = stats.name;
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
    for (auto it = m_monthly.cbegin(); it != m_monthly.cend(); ++it) {
        double sum = 0;
        for (const MonthlyPoint &p : it.value())
            sum += p.quantity;
        sums.insert(it.key(), sum);
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
    return m_monthly.keys();
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
