#include "core/insights/accountsoverviewcosts.h"

#include "core/insights/pricelist.h"
#include "core/usage/accountsoverview.h"
#include "core/usage/monthlytotals.h"

#include <algorithm>

namespace neuroio {

AccountsOverviewCosts AccountsOverviewCosts::of(const AccountsOverview &overview,
                                                const PriceList &prices)
{
    AccountsOverviewCosts costs;
    costs.m_currency = prices.currency;
    costs.m_minorDigits = prices.minorDigits;
    costs.m_costs.resize(overview.rows().size());
    const QList<int> types = overview.eventTypes();
    const bool anyPriced = std::any_of(types.begin(), types.end(), [&prices](int type) {
        return prices.priceOf(type) != nullptr;
    });
    if (!overview.range().isValid()) {
        costs.m_whyNone = tr("No costs: a cost prices each month on its own, and the range has "
                             "no first or no last month.");
        return costs;
    }
    if (!anyPriced) {
        costs.m_whyNone = tr("No costs: your price list has no price for the event types shown.");
        return costs;
    }
    const QList<Month> months = overview.months();
    for (int row = 0; row < overview.rows().size(); ++row) {
        if (!overview.hasMonths(row))
            continue;
        const MonthlyTotalsTrend trend
            = monthlyTrendFromTotals(months, overview.rows().at(row).months, types);
        Money sum{0, prices.currency, prices.minorDigits, false};
        for (int type : types) {
            if (const std::optional<Money> cost
                = CostEstimate::ofMonths(prices, type, trend.series.value(type)))
                sum.add(*cost);
        }
        costs.m_costs[row] = sum;
        if (!costs.m_total)
            costs.m_total = Money{0, prices.currency, prices.minorDigits, false};
        costs.m_total->add(sum);
    }
    return costs;
}

} // namespace neuroio
