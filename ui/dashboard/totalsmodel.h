#pragma once

#include "core/api/usagetotal.h"
#include "core/insights/budgetstatus.h"
#include "core/insights/costestimate.h"
#include "core/usage/periodchange.h"

#include <QAbstractTableModel>

#include <array>
#include <optional>

namespace neuroio::ui {

// The total endpoint's answer: one row per event type, in event-type order, and each total's
// change against the period before and a year earlier, once those totals are in, and where the
// type's budgets stand. Feeds the totals tiles and their table.
class TotalsModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        EventTypeColumn,
        QuantityColumn,
        UnitColumn,
        PreviousPeriodColumn, // the change: text; RawValueRole the percent, if any
        YearEarlierColumn,
        BudgetColumn, // each budget of the type: title and state; BudgetStateRole the worst
        CostColumn,   // the estimate from the user's price list; RawValueRole minor units
        ColumnCount
    };

    explicit TotalsModel(QObject *parent = nullptr);

    // New totals forget the comparisons, which belong to the old ones.
    void setTotals(const UsageTotals &totals);
    void clear() { setTotals({}); }
    const UsageTotals &totals() const { return m_totals; }
    // The totals of the earlier months, or why there are none.
    void setComparison(PeriodChange::Against against, const MonthRange &earlier,
                       const UsageTotals &totals);
    void setComparisonFailed(PeriodChange::Against against, const MonthRange &earlier,
                             const QString &why);
    // Each type's cost over the range at the user's prices (CostEstimate); empty without a
    // price list. Set apart from the totals, since they come from the monthly trend.
    void setCosts(const QMap<int, Money> &costs);
    std::optional<Money> cost(int eventType) const;
    // Where the budgets stand in the month open now; they outlast new totals, being about
    // that month and not the range.
    void setBudgetStatuses(const QList<BudgetStatus> &statuses);
    QList<BudgetStatus> budgetStatuses(int eventType) const;
    // Empty until the earlier totals are in.
    std::optional<PeriodChange> change(int row, PeriodChange::Against against) const;
    // The earlier totals as set, or why there are none; empty while they are on their way.
    std::optional<PeriodComparison> comparison(PeriodChange::Against against) const
    {
        return m_comparisons[slot(against)];
    }
    // Every budget's status, in the order set.
    QList<BudgetStatus> budgetStatuses() const { return m_budgetStatuses; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    static std::size_t slot(PeriodChange::Against against) { return std::size_t(against); }

    UsageTotals m_totals;
    QList<BudgetStatus> m_budgetStatuses;
    QMap<int, Money> m_costs;
    std::array<std::optional<PeriodComparison>, 2> m_comparisons;
};

} // namespace neuroio::ui
