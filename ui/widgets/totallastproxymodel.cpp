#include "ui/widgets/totallastproxymodel.h"

#include "ui/widgets/modelroles.h"

namespace neuroio::ui {

TotalLastProxyModel::TotalLastProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(RawValueRole);
}

bool TotalLastProxyModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const bool leftTotal = left.data(IsTotalRole).toBool();
    const bool rightTotal = right.data(IsTotalRole).toBool();
    if (leftTotal || rightTotal) {
        // The view reverses the order for descending sorts; answer so the total ends last.
        const bool descending = sortOrder() == Qt::DescendingOrder;
        return leftTotal ? descending : !descending;
    }
    const QVariant a = left.data(RawValueRole);
    const QVariant b = right.data(RawValueRole);
    if (!a.isValid() || !b.isValid())
        return !a.isValid() && b.isValid(); // unavailable sorts below every number
    if (a.typeId() == QMetaType::QString)
        return QString::localeAwareCompare(a.toString(), b.toString()) < 0;
    // Money in minor units: whole numbers a double would round beyond 2^53.
    if (a.typeId() == QMetaType::LongLong && b.typeId() == QMetaType::LongLong)
        return a.toLongLong() < b.toLongLong();
    return a.toDouble() < b.toDouble();
}

} // namespace neuroio::ui
