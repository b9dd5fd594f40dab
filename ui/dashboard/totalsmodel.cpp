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
    m_comparisons = {};
    std::stable_sort(m_totals.begin(), m_totals.end(),
                     [](const UsageTotal &a, const UsageTotal &b) {
                         return a.eventType.value_or(0) < b.eventType.value_or(0);
                     });
    endResetModel();
}

void TotalsModel::setComparison(PeriodChange::Against against, const MonthRange &earlier,
                                const UsageTotals &totals)
{
    beginResetModel();
    m_comparisons[slot(against)] = PeriodComparison{earlier, totals, QString()};
    endResetModel();
}

void TotalsModel::setComparisonFailed(PeriodChange::Against against, const MonthRange &earlier,
                                      const QString &why)
{
    beginResetModel();
    m_comparisons[slot(against)] = PeriodComparison{earlier, std::nullopt, why};
    endResetModel();
}

void TotalsModel::setCosts(const QMap<int, Money> &costs)
{
    if (costs == m_costs)
        return;
    beginResetModel();
    m_costs = costs;
    endResetModel();
}

std::optional<Money> TotalsModel::cost(int eventType) const
{
    const auto it = m_costs.constFind(eventType);
    return it == m_costs.constEnd() ? std::nullopt : std::optional<Money>(*it);
}

void TotalsModel::setBudgetStatuses(const QList<BudgetStatus> &statuses)
{
    // The same statuses said again (a skipped check, a page turned) redraw nothing.
    if (statuses == m_budgetStatuses)
        return;
    beginResetModel();
    m_budgetStatuses = statuses;
    endResetModel();
}

QList<BudgetStatus> TotalsModel::budgetStatuses(int eventType) const
{
    QList<BudgetStatus> of;
    for (const BudgetStatus &status : m_budgetStatuses) {
        if (status.budget.eventType == eventType)
            of.append(status);
    }
    return of;
}

std::optional<PeriodChange> TotalsModel::change(int row, PeriodChange::Against against) const
{
    const std::optional<PeriodComparison> &comparison = m_comparisons[slot(against)];
    if (!comparison || !comparison->totals || row < 0 || row >= m_totals.size())
        return std::nullopt;
    return PeriodChange::of(m_totals.at(row).eventType.value_or(0), m_totals, *comparison->totals,
                            comparison->earlier, against);
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
    if (index.column() == PreviousPeriodColumn || index.column() == YearEarlierColumn) {
        const auto against = index.column() == PreviousPeriodColumn
                                 ? PeriodChange::Against::PreviousPeriod
                                 : PeriodChange::Against::YearEarlier;
        const std::optional<PeriodComparison> &comparison = m_comparisons[slot(against)];
        const std::optional<PeriodChange> change = this->change(index.row(), against);
        switch (role) {
        case Qt::DisplayRole:
        case Qt::ToolTipRole:
            // Short in the cell and the tile; the amount and its unit in the tooltip.
            if (change) {
                return role == Qt::DisplayRole ? change->shortText()
                                               : change->text(eventTypeTotalUnit(type));
            }
            if (comparison)
                return tr("could not compare with %1: %2")
                    .arg(comparison->earlier.toString(), comparison->failure);
            return QString(); // the earlier totals are still on their way
        case RawValueRole:
            return change && change->percent() ? QVariant(*change->percent()) : QVariant();
        case EventTypeRole:
            return type;
        case HasDataRole:
            return change && change->hasData();
        }
        return {};
    }
    if (index.column() == CostColumn) {
        const std::optional<Money> money = cost(type);
        switch (role) {
        case Qt::DisplayRole:
            return money ? CostEstimate::text(*money, QLocale()) : QString();
        case Qt::ToolTipRole:
            return money
                       ? tr("%1 for %2: an estimate from your price list, not a bill")
                             .arg(CostEstimate::text(*money, QLocale()), eventTypeDisplayName(type))
                       : QString();
        case Qt::TextAlignmentRole:
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        case RawValueRole:
            return money && !money->tooLarge ? QVariant(money->minor) : QVariant();
        case EventTypeRole:
            return type;
        case HasDataRole:
            return money.has_value();
        }
        return {};
    }
    if (index.column() == BudgetColumn) {
        const QList<BudgetStatus> statuses = budgetStatuses(type);
        QStringList lines;
        std::optional<BudgetStatus::State> worst;
        for (const BudgetStatus &status : statuses) {
            lines.append(role == Qt::ToolTipRole ? status.text() : status.summary());
            worst = std::max(worst.value_or(status.state), status.state);
        }
        switch (role) {
        case Qt::DisplayRole:
        case Qt::ToolTipRole:
            return lines.join(QLatin1Char('\n'));
        case BudgetStateRole:
            return worst ? QVariant(int(*worst)) : QVariant();
        case EventTypeRole:
            return type;
        case HasDataRole:
            return worst.has_value();
        }
        return {};
    }
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
    case PreviousPeriodColumn:
        return tr("Against the period before");
    case YearEarlierColumn:
        return tr("Against a year earlier");
    case BudgetColumn:
        return tr("Budgets this month");
    case CostColumn:
        return tr("Estimated cost (from your price list)");
    }
    return {};
}

} // namespace neuroio::ui
