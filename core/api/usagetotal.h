#pragma once

#include "core/api/extrafield.h"

#include <optional>

namespace neuroio {

// One entry of /v1/billing/usage/total/: the total of one event type for the filters.
struct UsageTotal
{
    std::optional<int> eventType;
    std::optional<double> quantity;
    ExtraFields extras;
};

using UsageTotals = QList<UsageTotal>;

} // namespace neuroio
