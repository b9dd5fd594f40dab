#include "ui/dashboard/totalsmodel.h"

#include "core/api/eventtype.h"
#include "core/api/numbertext.h"
#include "ui/widgets/modelroles.h"

#include <algorithm>

namespace neuroio::ui {

TotalsModel::TotalsModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void TotalsModel::setTotals(const UsageTotals &totals)
{
    beginResetModel();
    m_totals = totals;
    std::stable_sort(m_totals.begin(), m_totals.end(),
                     [](const UsageTotal &a, const UsageTotal &b) {
                         return a.eventType.value_or(0) < b.eventType.value_or(0);
                     });
    endResetModel();
}

int TotalsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_totals.size());
}

int TotalsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TotalsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const UsageTotal &t = m_totals.at(index.row());
    const int type = t.eventType.value_or(0);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case EventTypeColumn:
            return eventTypeDisplayName(type);
        case QuantityColumn:
            return t.quantity ? localeNumber(*t.quantity) : QString();
        case UnitColumn:
            return eventTypeTotalUnit(type);
        }
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == QuantityColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case RawValueRole:
        if (index.column() == QuantityColumn)
            return t.quantity ? QVariant(*t.quantity) : QVariant();
        if (index.column() == EventTypeColumn)
            return type;
        return eventTypeTotalUnit(type);
    case EventTypeRole:
        return type;
    case HasDataRole:
        return t.quantity.has_value();
    }
    return {};
}

QVariant TotalsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case EventTypeColumn:
        return tr("Event type");
    case QuantityColumn:
        return tr("Total");
    case UnitColumn:
        return tr("Unit");
    }
    return {};
}

} // namespace neuroio::ui
