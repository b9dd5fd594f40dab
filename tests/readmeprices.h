#pragma once

#include "core/insights/pricelist.h"

#include <QtGlobal>

#include <algorithm>
#include <optional>

// The README's price list, less entry storage, and what a month costs at it worked out here in
// whole numbers, apart from CostEstimate: for tests that compare a cost the code shows with
// the local server's own monthly sums.
namespace neuroio::testing {

// API calls per 1000: 0.40 up to a million calls in a month, 0.25 after; persons storage
// 0.002 a person-month; licences 12.50 each a month. Entry storage has no price.
inline PriceList readmePrices()
{
    const Result<PriceList> list = PriceList::fromJson(R"({
        "format": "neuroio-billing-prices", "version": 1, "currency": "EUR",
        "prices": [
          {"event_type": "api-calls", "per": 1000,
           "tiers": [{"up_to": 1000000, "price": "0.40"}, {"price": "0.25"}]},
          {"event_type": "persons-storage", "price": "0.002"},
          {"event_type": "source-licenses", "price": "12.50"}]})");
    if (!list.isOk())
        qFatal("%s", qPrintable(list.error.userMessage()));
    return list.value;
}

// One month of type at readmePrices(), in cents, rounded half up (usage is never negative);
// empty for a type without a price.
inline std::optional<qint64> readmeMonthCents(int type, qint64 quantity)
{
    switch (type) {
    case 1: {
        const qint64 first = std::min<qint64>(quantity, 1000000);
        // In thousandths of a cent: 0.40 a thousand calls is 40 of them a call.
        return (first * 40 + (quantity - first) * 25 + 500) / 1000;
    }
    case 2:
        return (quantity * 2 + 5) / 10; // 0.2 cents a person
    case 4:
        return quantity * 1250;
    }
    return std::nullopt;
}

} // namespace neuroio::testing
