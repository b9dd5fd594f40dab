#pragma once

#include "core/api/billingquery.h"
#include "core/usage/monthrange.h"

#include <optional>

namespace neuroio::ui {

// The one filter state that drives the table, every chart and the export.
struct DashboardFilters
{
    MonthRange range;
    MonthRange::Preset preset = MonthRange::Preset::Custom;
    QList<qint64> spaceIds;          // empty: all spaces
    QList<int> eventTypes;           // empty: all event types
    std::optional<qint64> accountId; // empty: the user's own usage

    BillingQuery query() const
    {
        BillingQuery q;
        if (range.from().isValid())
            q.monthFrom = range.from();
        if (range.to().isValid())
            q.monthTo = range.to();
        q.spaceIds = spaceIds;
        q.eventTypes = eventTypes;
        return q;
    }

    friend bool operator==(const DashboardFilters &a, const DashboardFilters &b)
    {
        return a.range == b.range && a.spaceIds == b.spaceIds && a.eventTypes == b.eventTypes
               && a.accountId == b.accountId;
    }
    friend bool operator!=(const DashboardFilters &a, const DashboardFilters &b)
    {
        return !(a == b);
    }
};

} // namespace neuroio::ui
