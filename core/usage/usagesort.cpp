#include "core/usage/usagesort.h"

#include "core/api/eventtype.h"

#include <QCollator>

#include <algorithm>
#include <numeric>

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

QList<int> sortedUsageOrder(const QList<UsageRecord> &records, const UsageSortKey &key)
{
    QList<int> order(records.size());
    std::iota(order.begin(), order.end(), 0);
    QCollator collator;
    collator.setNumericMode(true);
    collator.setCaseSensitivity(Qt::CaseInsensitive);

    // Text keys are compared many times: work out each once.
    QList<QString> names;
    if (key.field == UsageSortKey::Field::Space || key.field == UsageSortKey::Field::EventType) {
        names.reserve(records.size());
        for (const UsageRecord &r : records) {
            if (key.field == UsageSortKey::Field::Space)
                names.append(r.spaceName.value_or(QString::number(r.spaceId.value_or(0))));
            else
                names.append(r.eventType ? eventTypeDisplayName(*r.eventType) : QString());
        }
    }

    // Negative, zero or positive, as a before b in ascending order.
    const auto compare = [&](int a, int b) -> int {
        const UsageRecord &x = records[a];
        const UsageRecord &y = records[b];
        switch (key.field) {
        case UsageSortKey::Field::Month:
            return x.month->ordinal() - y.month->ordinal();
        case UsageSortKey::Field::Space:
        case UsageSortKey::Field::EventType:
            return collator.compare(names[a], names[b]);
        case UsageSortKey::Field::Quantity:
            return *x.quantity < *y.quantity ? -1 : (*y.quantity < *x.quantity ? 1 : 0);
        case UsageSortKey::Field::Extra: {
            const QJsonValue u = extraOf(x, key.extraName)->value;
            const QJsonValue v = extraOf(y, key.extraName)->value;
            if (u.isDouble() && v.isDouble())
                return u.toDouble() < v.toDouble() ? -1 : (v.toDouble() < u.toDouble() ? 1 : 0);
            const auto text = [](const QJsonValue &j) {
                return j.isString() ? j.toString() : j.toVariant().toString();
            };
            return collator.compare(text(u), text(v));
        }
        }
        return 0;
    };
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
        const bool hasA = hasField(records[a], key);
        const bool hasB = hasField(records[b], key);
        if (hasA != hasB)
            return hasA; // rows without the field last, either way
        if (!hasA)
            return false;
        const int c = compare(a, b);
        return key.descending ? c > 0 : c < 0;
    });
    return order;
}

} // namespace neuroio
