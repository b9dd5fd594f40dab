#pragma once

#include "core/usage/accountsoverview.h"

#include <utility>

// Rows of an accounts overview, as the loader makes them: an account that answered with its
// totals, and one whose request failed.
namespace neuroio::testing {

inline AccountsOverview::Row answered(qint64 id, const QString &name,
                                      const QList<std::pair<int, double>> &totals)
{
    AccountsOverview::Row r;
    r.account = Account{id, name};
    UsageTotals list;
    for (const auto &t : totals)
        list.append(UsageTotal{t.first, t.second, {}});
    r.totals = list;
    return r;
}

// row with its months read one by one: months[i] is the range's month i alone.
inline AccountsOverview::Row withMonths(AccountsOverview::Row row,
                                        const QList<QList<std::pair<int, double>>> &months)
{
    for (const auto &month : months) {
        UsageTotals list;
        for (const auto &t : month)
            list.append(UsageTotal{t.first, t.second, {}});
        row.months.append(list);
    }
    return row;
}

inline AccountsOverview::Row failed(qint64 id)
{
    AccountsOverview::Row r;
    r.account = Account{id, QStringLiteral("Broken")};
    r.error.kind = ApiError::Kind::HttpStatus;
    r.error.httpStatus = 500;
    r.error.message = QStringLiteral("Billing is down.");
    r.error.endpoint = QStringLiteral("GET /v1/accounts/%1/billing/usage/total/").arg(id);
    return r;
}

} // namespace neuroio::testing
