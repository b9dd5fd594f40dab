#pragma once

#include "core/usage/accountsoverview.h"

#include <QAbstractTableModel>

namespace neuroio::ui {

// One row per managed account and a last row of totals; per event type a total column, a
// share column and a growth column (against the months before the range; RawValueRole the
// percent, so it sorts). Unavailable accounts say so, with the reason as a tooltip.
class AccountsOverviewModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { AccountColumn, FirstValueColumn };

    explicit AccountsOverviewModel(QObject *parent = nullptr);

    void setOverview(const AccountsOverview &overview);
    const AccountsOverview &overview() const { return m_overview; }
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

    AccountsOverview m_overview;
};

} // namespace neuroio::ui
