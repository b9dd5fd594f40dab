#pragma once

#include "core/api/usagetotal.h"

#include <QAbstractTableModel>

namespace neuroio::ui {

// The total endpoint's answer: one row per event type, in event-type order. Feeds the totals
// tiles and their table.
class TotalsModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { EventTypeColumn, QuantityColumn, UnitColumn, ColumnCount };

    explicit TotalsModel(QObject *parent = nullptr);

    void setTotals(const UsageTotals &totals);
    void clear() { setTotals({}); }
    const UsageTotals &totals() const { return m_totals; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    UsageTotals m_totals;
};

} // namespace neuroio::ui
