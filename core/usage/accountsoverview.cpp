#include "core/usage/accountsoverview.h"

#include "core/api/eventtype.h"

#include <algorithm>

namespace neuroio {

namespace {

std::optional<double> quantityIn(const std::optional<UsageTotals> &totals, int eventType)
{
    if (!totals)
        return std::nullopt;
    for (const UsageTotal &t : *totals) {
        if (t.eventType == eventType)
            return t.quantity;
    }
    return std::nullopt;
}

} // namespace

std::optional<double> AccountsOverview::Row::quantity(int eventType) const
{
    return quantityIn(totals, eventType);
}

std::optional<double> AccountsOverview::Row::latestQuantity(int eventType) const
{
    return quantityIn(latest, eventType);
}

AccountsOverview::AccountsOverview(QList<Row> rows, QList<int> eventTypes, MonthRange range)
    : m_rows(std::move(rows))
    , m_eventTypes(std::move(eventTypes))
    , m_range(range)
{
    for (int type : m_eventTypes) {
        double sum = 0;
        for (int row = 0; row < m_rows.size(); ++row)
            sum += compared(row, type).value_or(0);
        m_columnTotals.insert(type, sum);
    }
}

QList<Month> AccountsOverview::months() const
{
    QList<Month> months;
    for (int i = 0; i < m_range.monthCount(); ++i)
        months.append(m_range.from().addMonths(i));
    return months;
}

bool AccountsOverview::hasMonths(int row) const
{
    const Row &r = m_rows.at(row);
    return r.isAvailable() && m_range.isValid() && r.months.size() == m_range.monthCount();
}

bool AccountsOverview::comparesLatestLevel(int eventType) const
{
    if (!isLevelEventType(eventType))
        return false;
    // Over one month the total is that month's level.
    return m_range.monthCount() == 1
           || std::any_of(m_rows.begin(), m_rows.end(),
                          [](const Row &row) { return row.latest.has_value(); });
}

std::optional<double> AccountsOverview::compared(int row, int eventType) const
{
    const Row &r = m_rows.at(row);
    return comparesLatestLevel(eventType) && r.latest ? r.latestQuantity(eventType)
                                                      : r.quantity(eventType);
}

std::optional<double> AccountsOverview::averageLevel(int row, int eventType) const
{
    const auto total = m_rows.at(row).quantity(eventType);
    if (!isLevelEventType(eventType) || !total || m_range.monthCount() == 0)
        return std::nullopt;
    return *total / m_range.monthCount();
}

std::optional<double> AccountsOverview::share(int row, int eventType) const
{
    const auto quantity = compared(row, eventType);
    const double total = columnTotal(eventType);
    if (!quantity || total <= 0)
        return std::nullopt;
    return *quantity * 100.0 / total;
}

MonthRange AccountsOverview::earlierRange() const
{
    return PeriodChange::earlierRange(m_range, PeriodChange::Against::PreviousPeriod);
}

std::optional<PeriodChange> AccountsOverview::growth(int row, int eventType) const
{
    const Row &r = m_rows.at(row);
    if (!r.totals || !r.earlier)
        return std::nullopt;
    return PeriodChange::of(eventType, *r.totals, *r.earlier, earlierRange(),
                            PeriodChange::Against::PreviousPeriod);
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
