#pragma once

#include <QSortFilterProxyModel>

namespace neuroio::ui {

// Sorts by RawValueRole but keeps the row of totals last, whichever way the column sorts.
class TotalLastProxyModel final : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit TotalLastProxyModel(QObject *parent = nullptr);

protected:
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;
};

} // namespace neuroio::ui
