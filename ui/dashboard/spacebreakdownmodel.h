#pragma once

#include "core/usage/usageaggregator.h"

#include <QAbstractTableModel>

namespace neuroio::ui {

// The per-space breakdown of one event type: top spaces and "Others", with shares.
class SpaceBreakdownModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { SpaceColumn, QuantityColumn, ShareColumn, ColumnCount };

    explicit SpaceBreakdownModel(QObject *parent = nullptr);

    void setBreakdown(const SpaceBreakdown &breakdown);
    void clear() { setBreakdown({}); }
    const SpaceBreakdown &breakdown() const { return m_breakdown; }
    // "API calls, total over the range" or "Persons storage in 2026-10".
    QString basisText() const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    SpaceBreakdown m_breakdown;
};

} // namespace neuroio::ui
