#include "ui/dashboard/spacebreakdownmodel.h"

#include "core/api/eventtype.h"
#include "core/api/numbertext.h"
#include "ui/widgets/modelroles.h"

namespace neuroio::ui {

SpaceBreakdownModel::SpaceBreakdownModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void SpaceBreakdownModel::setBreakdown(const SpaceBreakdown &breakdown)
{
    beginResetModel();
    m_breakdown = breakdown;
    endResetModel();
}

QString SpaceBreakdownModel::basisText() const
{
    if (m_breakdown.eventType == 0)
        return {};
    const QString name = eventTypeDisplayName(m_breakdown.eventType);
    if (m_breakdown.isLevel && m_breakdown.asOf.isValid())
        return tr("%1 in %2 (a monthly level)").arg(name, m_breakdown.asOf.toString());
    return tr("%1, total over the range").arg(name);
}

int SpaceBreakdownModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_breakdown.items.size());
}

int SpaceBreakdownModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SpaceBreakdownModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SpaceShare &s = m_breakdown.items.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case SpaceColumn:
            return s.name;
        case QuantityColumn:
            return localeNumber(s.quantity);
        case ShareColumn:
            return localePercent(s.percent);
        }
        break;
    case Qt::TextAlignmentRole:
        if (index.column() != SpaceColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case Qt::ToolTipRole:
        return tr("%1: %2 %3 (%4)")
            .arg(s.name, localeNumber(s.quantity), eventTypeUnit(m_breakdown.eventType),
                 localePercent(s.percent));
    case RawValueRole:
        switch (index.column()) {
        case SpaceColumn:
            return s.name;
        case QuantityColumn:
            return s.quantity;
        case ShareColumn:
            return s.percent;
        }
        break;
    case SpaceIdRole:
        return s.spaceId ? QVariant(*s.spaceId) : QVariant();
    case EventTypeRole:
        return m_breakdown.eventType;
    }
    return {};
}

QVariant SpaceBreakdownModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole) {
        switch (section) {
        case SpaceColumn:
            return tr("Space");
        case QuantityColumn:
            return tr("Quantity");
        case ShareColumn:
            return tr("Share");
        }
    }
    if (role == Qt::TextAlignmentRole && section != SpaceColumn)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

} // namespace neuroio::ui
