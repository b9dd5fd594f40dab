#pragma once

#include "core/api/account.h"
#include "core/api/apierror.h"
#include "core/api/usagetotal.h"

#include <QList>
#include <QMap>

#include <optional>

namespace neuroio {

// Every managed account side by side: each account's totals per event type, its share of
// each column, and the column totals. An account whose request failed is "unavailable" with
// its reason, never 0, and the totals then say they are incomplete.
class AccountsOverview final
{
public:
    struct Row
    {
        Account account;
        std::optional<UsageTotals> totals; // empty when the request failed
        ApiError error;

        bool isAvailable() const { return totals.has_value(); }
        std::optional<double> quantity(int eventType) const;
    };

    AccountsOverview() = default;
    AccountsOverview(QList<Row> rows, QList<int> eventTypes);

    const QList<Row> &rows() const { return m_rows; }
    QList<int> eventTypes() const { return m_eventTypes; }
    // The sum over available accounts.
    double columnTotal(int eventType) const { return m_columnTotals.value(eventType); }
    // The account's share of its column, in percent; empty when unavailable or the column is 0.
    std::optional<double> share(int row, int eventType) const;
    bool isIncomplete() const;
    int unavailableCount() const;

private:
    QList<Row> m_rows;
    QList<int> m_eventTypes;
    QMap<int, double> m_columnTotals;
};

} // namespace neuroio
