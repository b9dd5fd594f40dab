#pragma once

#include "core/api/account.h"
#include "core/api/apierror.h"
#include "core/api/month.h"
#include "core/api/usagetotal.h"
#include "core/usage/monthrange.h"
#include "core/usage/periodchange.h"

#include <QList>
#include <QMap>

#include <optional>

namespace neuroio {

// Every managed account side by side: per event type the figure compared, each account's share
// of its column, and the column totals. For API calls (a flow) the figure is the range's
// total. For storage and licences (levels) it is the level in the range's last month, as the
// total endpoint's sum over months is in unit-months; that total and the average level come
// beside it. An account whose request failed is "unavailable" with its reason, never 0, and
// the totals then say they are incomplete. Each account's growth is its total against the
// months just before the range, as many (for a level, its average level's growth); an account
// whose earlier months could not be read stays available, its growth unknown. With its months
// read one by one (for a cost, which prices each month on its own), an account is available
// only when every month answered too.
class AccountsOverview final
{
public:
    struct Row
    {
        Account account;
        std::optional<UsageTotals> totals;  // over the range; empty when the request failed
        std::optional<UsageTotals> latest;  // the range's last month; empty when not asked
        std::optional<UsageTotals> earlier; // the months before; empty when not asked or failed
        // The range's months in order, each one's totals alone; empty when not asked.
        QList<UsageTotals> months;
        ApiError error;
        ApiError earlierError;

        bool isAvailable() const { return totals.has_value(); }
        // The total endpoint's figure over the range (unit-months for a level).
        std::optional<double> quantity(int eventType) const;
        // The range's last month's figure: for a level, the level then.
        std::optional<double> latestQuantity(int eventType) const;
    };

    AccountsOverview() = default;
    AccountsOverview(QList<Row> rows, QList<int> eventTypes, MonthRange range = {});

    MonthRange range() const { return m_range; }
    // The range's months in order; empty without both ends.
    QList<Month> months() const;
    // Whether row's months were read, one answer per month of the range.
    bool hasMonths(int row) const;
    // The figure compared across accounts: the total for a flow, the latest level for a level
    // (when the range's last month was asked; otherwise the total).
    std::optional<double> compared(int row, int eventType) const;
    bool comparesLatestLevel(int eventType) const;
    // A level's average over the range's months: its unit-months divided by the months.
    std::optional<double> averageLevel(int row, int eventType) const;

    // The months the growth is against: as many, just before the range.
    MonthRange earlierRange() const;
    // The total against the earlier months; empty when they were not asked for or failed.
    std::optional<PeriodChange> growth(int row, int eventType) const;

    const QList<Row> &rows() const { return m_rows; }
    QList<int> eventTypes() const { return m_eventTypes; }
    // The sum of compared() over available accounts.
    double columnTotal(int eventType) const { return m_columnTotals.value(eventType); }
    // The account's share of its column, in percent; empty when unavailable or the column is 0.
    std::optional<double> share(int row, int eventType) const;
    bool isIncomplete() const;
    int unavailableCount() const;

private:
    QList<Row> m_rows;
    QList<int> m_eventTypes;
    MonthRange m_range;
    QMap<int, double> m_columnTotals;
};

} // namespace neuroio
