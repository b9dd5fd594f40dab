#include "core/usage/usagesort.h"

#include "core/api/eventtype.h"

#include <QCollator>
#include <QHash>

#include <algorithm>
#include <numeric>
#include <vector>

namespace neuroio {

namespace {

const ExtraField *extraOf(const UsageRowStore &rows, qsizetype row, const QString &name)
{
    if (const ExtraFields *extras = rows.extras(row)) {
        for (const ExtraField &e : *extras) {
            if (e.name == name)
                return &e;
        }
    }
    return nullptr;
}

bool hasField(const UsageRowStore &rows, qsizetype row, const UsageSortKey &key)
{
    switch (key.field) {
    case UsageSortKey::Field::Month:
        return rows.month(row).has_value();
    case UsageSortKey::Field::Space:
        return rows.spaceIndex(row) >= 0;
    case UsageSortKey::Field::EventType:
        return rows.eventType(row).has_value();
    case UsageSortKey::Field::Quantity:
        return rows.quantity(row).has_value();
    case UsageSortKey::Field::Extra: {
        const ExtraField *e = extraOf(rows, row, key.extraName);
        return e && !e->value.isNull() && !e->value.isUndefined();
    }
    }
    return false;
}

// The rank of each text among the distinct texts, in collation order: texts a person would
// call equal share a rank, so the stable sort keeps their rows in the server's order.
std::vector<double> textRanks(const QList<QString> &texts, const QCollator &collator)
{
    QHash<QString, int> distinctIndex;
    QList<QString> distinct;
    std::vector<int> rowDistinct(std::size_t(texts.size()));
    for (qsizetype i = 0; i < texts.size(); ++i) {
        auto it = distinctIndex.find(texts[i]);
        if (it == distinctIndex.end()) {
            it = distinctIndex.insert(texts[i], int(distinct.size()));
            distinct.append(texts[i]);
        }
        rowDistinct[std::size_t(i)] = *it;
    }
    std::vector<int> byCollation(std::size_t(distinct.size()));
    std::iota(byCollation.begin(), byCollation.end(), 0);
    std::stable_sort(byCollation.begin(), byCollation.end(),
                     [&](int a, int b) { return collator.compare(distinct[a], distinct[b]) < 0; });
    std::vector<double> rankOfDistinct(std::size_t(distinct.size()));
    int rank = 0;
    for (std::size_t i = 0; i < byCollation.size(); ++i) {
        if (i > 0 && collator.compare(distinct[byCollation[i - 1]], distinct[byCollation[i]]) != 0)
            ++rank;
        rankOfDistinct[std::size_t(byCollation[i])] = rank;
    }
    std::vector<double> ranks(rowDistinct.size());
    for (std::size_t i = 0; i < rowDistinct.size(); ++i)
        ranks[i] = rankOfDistinct[std::size_t(rowDistinct[i])];
    return ranks;
}

} // namespace

QList<int> sortedUsageOrder(const QList<UsageRecord> &records, const UsageSortKey &key)
{
    UsageRowStore rows;
    rows.append(records);
    return sortedUsageOrder(rows, key);
}

QList<int> sortedUsageOrder(const UsageRowStore &rows, const UsageSortKey &key)
{
    QList<int> order(rows.size());
    std::iota(order.begin(), order.end(), 0);
    QCollator collator;
    collator.setNumericMode(true);
    collator.setCaseSensitivity(Qt::CaseInsensitive);

    // Rows without the field go last whichever the direction; the rest sort stably.
    const auto missingLast = std::stable_partition(order.begin(), order.end(),
                                                   [&](int i) { return hasField(rows, i, key); });

    if (key.field != UsageSortKey::Field::Extra) {
        // One number per row, worked out once: a month's ordinal, a quantity, or the rank of a
        // space's or event type's name. Names are ranked once each: the rows share a few.
        std::vector<double> keys(std::size_t(rows.size()));
        if (key.field == UsageSortKey::Field::Space) {
            QList<QString> names;
            names.reserve(rows.spaces().size());
            for (const StoredSpace &s : rows.spaces())
                names.append(s.name.value_or(QString::number(s.id.value_or(0))));
            const std::vector<double> spaceRanks = textRanks(names, collator);
            for (qsizetype i = 0; i < rows.size(); ++i) {
                const int space = rows.spaceIndex(i);
                keys[std::size_t(i)] = space >= 0 ? spaceRanks[std::size_t(space)] : 0;
            }
        } else if (key.field == UsageSortKey::Field::EventType) {
            QHash<int, int> typeIndex;
            QList<QString> names;
            std::vector<int> rowType(std::size_t(rows.size()), -1);
            for (qsizetype i = 0; i < rows.size(); ++i) {
                const std::optional<int> type = rows.eventType(i);
                if (!type)
                    continue;
                auto it = typeIndex.find(*type);
                if (it == typeIndex.end()) {
                    it = typeIndex.insert(*type, int(names.size()));
                    names.append(eventTypeDisplayName(*type));
                }
                rowType[std::size_t(i)] = *it;
            }
            const std::vector<double> typeRanks = textRanks(names, collator);
            for (std::size_t i = 0; i < rowType.size(); ++i)
                keys[i] = rowType[i] >= 0 ? typeRanks[std::size_t(rowType[i])] : 0;
        } else {
            for (qsizetype i = 0; i < rows.size(); ++i) {
                if (key.field == UsageSortKey::Field::Month) {
                    const std::optional<Month> month = rows.month(i);
                    keys[std::size_t(i)] = month ? month->ordinal() : 0;
                } else {
                    keys[std::size_t(i)] = rows.quantity(i).value_or(0);
                }
            }
        }
        std::stable_sort(order.begin(), missingLast, [&](int a, int b) {
            return key.descending ? keys[std::size_t(a)] > keys[std::size_t(b)]
                                  : keys[std::size_t(a)] < keys[std::size_t(b)];
        });
        return order;
    }

    // Extras are rare and of any JSON type: compared as they come.
    const auto compare = [&](int a, int b) -> int {
        const QJsonValue u = extraOf(rows, a, key.extraName)->value;
        const QJsonValue v = extraOf(rows, b, key.extraName)->value;
        if (u.isDouble() && v.isDouble())
            return u.toDouble() < v.toDouble() ? -1 : (v.toDouble() < u.toDouble() ? 1 : 0);
        const auto text = [](const QJsonValue &j) {
            return j.isString() ? j.toString() : j.toVariant().toString();
        };
        return collator.compare(text(u), text(v));
    };
    std::stable_sort(order.begin(), missingLast, [&](int a, int b) {
        const int c = compare(a, b);
        return key.descending ? c > 0 : c < 0;
    });
    return order;
}

} // namespace neuroio
