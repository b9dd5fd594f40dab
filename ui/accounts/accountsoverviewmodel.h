#pragma once

#include "core/insights/accountsoverviewcosts.h"
#include "core/usage/accountsoverview.h"

#include <QAbstractTableModel>

#include <optional>

namespace neuroio::ui {

// One row per managed account and a last row of totals; per event type a total column, a
// share column and a growth column (against the months before the range; RawValueRole the
// percent, so it sorts); with costs, a last column of each account's estimated cost
// (RawValueRole its minor units). Unavailable accounts say so, with the reason as a tooltip.
class AccountsOverviewModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { AccountColumn, FirstValueColumn };

    explicit AccountsOverviewModel(QObject *parent = nullptr);

    // costs: from the user's price list (AccountsOverviewCosts::of); without them, no cost
    // column.
    void setOverview(const AccountsOverview &overview,
                     const std::optional<AccountsOverviewCosts> &costs = std::nullopt);
    const AccountsOverview &overview() const { return m_overview; }
    const std::optional<AccountsOverviewCosts> &costs() const { return m_costs; }
    // The estimated cost's column; -1 without costs.
    int costColumn() const;
    // For a value column: its event type, and whether it is the share or the growth column.
    int eventTypeOf(int column) const;
    bool isShareColumn(int column) const;
    bool isGrowthColumn(int column) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    static constexpr int kColumnsPerType = 3; // value, share, growth
    QVariant totalRowData(int column, int role) const;
    QVariant growthData(int row, int type, int role) const;
    // row: an account's, or the total row's (rows().size()).
    QVariant costData(int row, int role) const;
    int typeColumnCount() const;

    AccountsOverview m_overview;
    std::optional<AccountsOverviewCosts> m_costs;
};

} // namespace neuroio::ui
