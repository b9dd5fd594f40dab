#include "core/usage/usagesort.h"

#include "core/api/eventtype.h"

#include <QCollator>
#include <QHash>

#include <algorithm>
#include <numeric>
#include <vector>

namespace neuroio {

namespace {

const ExtraField *extraOf(const UsageRecord &record, const QString &name)
{
    for (const ExtraField &e : record.extras) {
        if (e.name == name)
            return &e;
    }
    return nullptr;
}

bool hasField(const UsageRecord &r, const UsageSortKey &key)
{
    switch (key.field) {
    case UsageSortKey::Field::Month:
        return r.month.has_value();
    case UsageSortKey::Field::Space:
        return r.spaceName.has_value() || r.spaceId.has_value();
    case UsageSortKey::Field::EventType:
        return r.eventType.has_value();
    case UsageSortKey::Field::Quantity:
        return r.quantity.has_value();
    case UsageSortKey::Field::Extra: {
        const ExtraField *e = extraOf(r, key.extraName);
        return e && !e->value.isNull() && !e->value.isUndefined();
    }
    }
    return false;
}

} // namespace

namespace {

// The rank of each row's text among the distinct texts, in collation order: texts a person
// would call equal share a rank, so the stable sort keeps their server order. A million rows
// name a few hundred spaces: those are collated, not the rows.
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
    QList<int> order(records.size());
    std::iota(order.begin(), order.end(), 0);
    QCollator collator;
    collator.setNumericMode(true);
    collator.setCaseSensitivity(Qt::CaseInsensitive);

    // Rows without the field go last whichever the direction; the rest sort stably.
    const auto missingLast = std::stable_partition(
        order.begin(), order.end(), [&](int i) { return hasField(records[i], key); });

    if (key.field != UsageSortKey::Field::Extra) {
        // One number per row, worked out once: a month's ordinal, a quantity, or the rank of a
        // space's or event type's name.
        std::vector<double> keys;
        if (key.field == UsageSortKey::Field::Space
            || key.field == UsageSortKey::Field::EventType) {
            QList<QString> names;
            names.reserve(records.size());
            for (const UsageRecord &r : records) {
                if (key.field == UsageSortKey::Field::Space)
                    names.append(r.spaceName.value_or(QString::number(r.spaceId.value_or(0))));
                else
                    names.append(r.eventType ? eventTypeDisplayName(*r.eventType) : QString());
            }
            keys = textRanks(names, collator);
        } else {
            keys.resize(std::size_t(records.size()));
            for (qsizetype i = 0; i < records.size(); ++i) {
                const UsageRecord &r = records[i];
                if (key.field == UsageSortKey::Field::Month)
                    keys[std::size_t(i)] = r.month ? r.month->ordinal() : 0;
                else
                    keys[std::size_t(i)] = r.quantity.value_or(0);
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
        const QJsonValue u = extraOf(records[a], key.extraName)->value;
        const QJsonValue v = extraOf(records[b], key.extraName)->value;
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
