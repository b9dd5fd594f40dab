#pragma once

#include "core/api/usagerecord.h"

#include <QAbstractTableModel>
#include <QStringList>

namespace neuroio::ui {

// One page of usage rows: month, space, event type, quantity, then every extra field the
// server sent, in the order first seen.
class UsageTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { MonthColumn, SpaceColumn, EventTypeColumn, QuantityColumn, ColumnCount };

    explicit UsageTableModel(QObject *parent = nullptr);

    // extraColumns: the extra fields' columns, when they must stay the same from page to page
    // (a sorted table); empty: those of these records, in the order first seen.
    void setRecords(const QList<UsageRecord> &records,
                    const QStringList &extraColumns = QStringList());
    void clear();
    QStringList extraColumns() const { return m_extraColumns; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QVariant extraData(const UsageRecord &record, int extraIndex, int role) const;

    QList<UsageRecord> m_records;
    QStringList m_extraColumns;
};

} // namespace neuroio::ui
