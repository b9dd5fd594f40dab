#pragma once

#include "core/insights/costestimate.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace neuroio {

class AccountsOverview;
class PriceList;

// Each managed account's estimated cost over the accounts overview's range, at the user's own
// prices: per event type of the overview that the list prices, the sum of its months' costs
// (CostEstimate: each month priced on its own, rounded once), and the account's cost the sum
// over those types. The months come with the overview (AccountsOverviewLoader::setReadMonths);
// nothing here asks the server. An unavailable account has no cost, never 0, and the total is
// over the accounts that have one, as the overview's other totals are.
class AccountsOverviewCosts final
{
    Q_DECLARE_TR_FUNCTIONS(neuroio::AccountsOverviewCosts)

public:
    AccountsOverviewCosts() = default;
    static AccountsOverviewCosts of(const AccountsOverview &overview, const PriceList &prices);

    QString currency() const { return m_currency; }
    int minorDigits() const { return m_minorDigits; }
    // Empty when the account is unavailable, its months were not read, or no type is priced.
    // Too large to count is a Money that says so (Money::tooLarge).
    std::optional<Money> cost(int row) const { return m_costs.value(row); }
    // The sum of the accounts' costs; empty when none has one.
    std::optional<Money> total() const { return m_total; }
    // Why no account can have a cost at all, for a person (a range without both ends, a list
    // without a price for any type shown); empty when they can.
    QString whyNone() const { return m_whyNone; }

private:
    QString m_currency;
    int m_minorDigits = 2;
    QList<std::optional<Money>> m_costs; // by row of the overview
    std::optional<Money> m_total;
    QString m_whyNone;
};

} // namespace neuroio
