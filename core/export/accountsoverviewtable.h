#pragma once

#include "core/export/exporttable.h"
#include "core/insights/accountsoverviewcosts.h"

#include <optional>

namespace neuroio {

class AccountsOverview;

// The accounts overview as a table for CSV and JSON: account_id, account_name, status, then
// per event type its total and share, then (with costs) estimated_cost and currency, then the
// error; one row per account and a last "Total" row. An unavailable account's cells are
// missing, never 0.
ExportTable accountsOverviewTable(const AccountsOverview &overview,
                                  const std::optional<AccountsOverviewCosts> &costs = {});

} // namespace neuroio
