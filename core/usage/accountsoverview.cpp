#include "core/usage/accountsoverview.h"

#include "core/api/eventtype.h"

namespace neuroio {

std::optional<double> AccountsOverview::Row::quantity(int eventType) const
{
    if (!totals)
        return std::nullopt;
    for (const UsageTotal &t : *totals) {
        if (t.eventType == eventType)
            return t.quantity;
    }
    return std::nullopt;
}

AccountsOverview::AccountsOverview(QList<Row> rows, QList<int> eventTypes)
    : m_rows(std::move(rows))
    , m_eventTypes(std::move(eventTypes))
{
    for (int type : m_eventTypes) {
        double sum = 0;
        for (const Row &row : m_rows)
            sum += row.quantity(type).value_or(0);
        m_columnTotals.insert(type, sum);
    }
}

std::optional<double> AccountsOverview::share(int row, int eventType) const
{
    const auto quantity = m_rows.at(row).quantity(eventType);
    const double total = columnTotal(eventType);
    if (!quantity || total <= 0)
        return std::nullopt;
    return *quantity * 100.0 / total;
}

bool AccountsOverview::isIncomplete() const
{
    return unavailableCount() > 0;
}

int AccountsOverview::unavailableCount() const
{
    int count = 0;
    for (const Row &row : m_rows)
        count += row.isAvailable() ? 0 : 1;
    return count;
}

} // namespace neuroio
