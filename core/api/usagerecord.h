#pragma once

#include "core/api/extrafield.h"
#include "core/api/month.h"

#include <QMetaType>
#include <QStringList>

#include <optional>

namespace neuroio {

// One row of /v1/billing/usage/. Every field is optional: a field the server left out stays
// empty (never 0), so a missing quantity is never mistaken for no usage.
struct UsageRecord
{
    std::optional<qint64> id;
    std::optional<Month> month;
    std::optional<qint64> spaceId;
    std::optional<QString> spaceName;
    std::optional<int> eventType;
    std::optional<double> quantity;
    ExtraFields extras;
    // Known fields the server sent as null (rather than leaving out): an export gives them
    // back as null, so JSON keeps exactly the fields the server sent.
    QStringList nullFields;

    friend bool operator==(const UsageRecord &a, const UsageRecord &b)
    {
        return a.id == b.id && a.month == b.month && a.spaceId == b.spaceId
               && a.spaceName == b.spaceName && a.eventType == b.eventType
               && a.quantity == b.quantity && a.extras == b.extras && a.nullFields == b.nullFields;
    }
    friend bool operator!=(const UsageRecord &a, const UsageRecord &b) { return !(a == b); }
};

} // namespace neuroio

Q_DECLARE_METATYPE(neuroio::UsageRecord)
