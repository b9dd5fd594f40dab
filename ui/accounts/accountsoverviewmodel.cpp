#include "ui/accounts/accountsoverviewmodel.h"

#include "core/api/eventtype.h"
#include "core/api/numbertext.h"
#include "ui/widgets/modelroles.h"

#include <QColor>
#include <QFont>
#include <QLocale>

#include <cmath>

namespace neuroio::ui {

AccountsOverviewModel::AccountsOverviewModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void AccountsOverviewModel::setOverview(const AccountsOverview &overview,
                                        const std::optional<AccountsOverviewCosts> &costs)
{
    beginResetModel();
    m_overview = overview;
    m_costs = costs;
    endResetModel();
}

int AccountsOverviewModel::typeColumnCount() const
{
    return kColumnsPerType * static_cast<int>(m_overview.eventTypes().size());
}

int AccountsOverviewModel::costColumn() const
{
    return m_costs ? FirstValueColumn + typeColumnCount() : -1;
}

int AccountsOverviewModel::eventTypeOf(int column) const
{
    return m_overview.eventTypes().value((column - FirstValueColumn) / kColumnsPerType);
}

bool AccountsOverviewModel::isShareColumn(int column) const
{
    return column >= FirstValueColumn && column < FirstValueColumn + typeColumnCount()
           && (column - FirstValueColumn) % kColumnsPerType == 1;
}

bool AccountsOverviewModel::isGrowthColumn(int column) const
{
    return column >= FirstValueColumn && column < FirstValueColumn + typeColumnCount()
           && (column - FirstValueColumn) % kColumnsPerType == 2;
}

QVariant AccountsOverviewModel::costData(int row, int role) const
{
    const bool isTotal = row == m_overview.rows().size();
    const std::optional<Money> money = isTotal ? m_costs->total() : m_costs->cost(row);
    switch (role) {
    case Qt::DisplayRole:
        return money ? CostEstimate::text(*money, QLocale()) : QString();
    case RawValueRole:
        // Too large to count is the largest qint64: it sorts above every figure.
        return money ? QVariant(money->minor) : QVariant();
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::ToolTipRole:
        if (!m_costs->whyNone().isEmpty())
            return m_costs->whyNone();
        if (!money) {
            return !isTotal && !m_overview.rows().at(row).isAvailable()
                       ? m_overview.rows().at(row).error.userMessage()
                       : QString();
        }
        const QString amount = CostEstimate::text(*money, QLocale());
        const QString months = m_overview.range().toString();
        return isTotal ? tr("%1 over %2, all accounts together: an estimate from your price "
                            "list, not a bill")
                             .arg(amount, months)
                       : tr("%1 over %2: an estimate from your price list, not a bill")
                             .arg(amount, months);
    }
    return {};
}

QVariant AccountsOverviewModel::growthData(int row, int type, int role) const
{
    const std::optional<PeriodChange> growth = m_overview.growth(row, type);
    const AccountsOverview::Row &r = m_overview.rows().at(row);
    switch (role) {
    case Qt::DisplayRole:
        if (!growth)
            return r.earlierError.isOk() ? QString() : tr("unknown");
        if (growth->percent())
            return growth->signedPercent();
        if (!growth->hasData())
            return tr("no data");
        return *growth->now == 0 ? tr("none, as before") : tr("none before");
    case RawValueRole:
        return growth && growth->percent() ? QVariant(*growth->percent()) : QVariant();
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::ToolTipRole:
        if (!growth) {
            return r.earlierError.isOk() ? QVariant()
                                         : tr("The months before could not be read: %1")
                                               .arg(r.earlierError.userMessage());
        }
        return growth->text(eventTypeTotalUnit(type));
    }
    return {};
}

int AccountsOverviewModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() || m_overview.rows().isEmpty())
        return 0;
    return static_cast<int>(m_overview.rows().size()) + 1;
}

int AccountsOverviewModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : FirstValueColumn + typeColumnCount() + (m_costs ? 1 : 0);
}

QVariant AccountsOverviewModel::totalRowData(int column, int role) const
{
    if (role == IsTotalRole)
        return true;
    if (role == Qt::FontRole) {
        QFont font;
        font.setBold(true);
        return font;
    }
    if (column == AccountColumn) {
        if (role == Qt::DisplayRole || role == RawValueRole) {
            return m_overview.isIncomplete() ? tr("Total (incomplete: %L1 unavailable)")
                                                   .arg(m_overview.unavailableCount())
                                             : tr("Total");
        }
        if (role == Qt::ToolTipRole && m_overview.isIncomplete())
            return tr("The totals leave out the accounts that could not be read.");
        return {};
    }
    if (column == costColumn())
        return costData(m_overview.rows().size(), role);
    if (isShareColumn(column) || isGrowthColumn(column))
        return {};
    const int type = eventTypeOf(column);
    const double total = m_overview.columnTotal(type);
    switch (role) {
    case Qt::DisplayRole:
        return localeNumber(total);
    case RawValueRole:
        return total;
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::ToolTipRole:
        return m_overview.comparesLatestLevel(type)
                   ? tr("%1 %2 in %3, all accounts together")
                         .arg(localeNumber(total), eventTypeUnit(type),
                              m_overview.range().to().toString())
                   : tr("%1 %2, all accounts together")
                         .arg(localeNumber(total), eventTypeTotalUnit(type));
    }
    return {};
}

QVariant AccountsOverviewModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (index.row() == m_overview.rows().size())
        return totalRowData(index.column(), role);
    const AccountsOverview::Row &row = m_overview.rows().at(index.row());
    if (role == IsTotalRole)
        return false;
    if (role == AccountIdRole)
        return row.account.id;
    if (index.column() == AccountColumn) {
        switch (role) {
        case Qt::DisplayRole:
            return tr("%1 (%2)").arg(row.account.name).arg(row.account.id);
        case RawValueRole:
            return row.account.name;
        case Qt::ToolTipRole:
            return tr("Double-click to open this account's dashboard");
        }
        return {};
    }
    if (index.column() == costColumn())
        return costData(index.row(), role);
    const int type = eventTypeOf(index.column());
    if (!row.isAvailable()) {
        switch (role) {
        case Qt::DisplayRole:
            return isShareColumn(index.column()) || isGrowthColumn(index.column())
                       ? QString()
                       : tr("unavailable");
        case Qt::ToolTipRole:
            return row.error.userMessage();
        case Qt::ForegroundRole:
            return QColor(0xb3, 0x26, 0x1e);
        case Qt::TextAlignmentRole:
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        }
        return {};
    }
    if (isGrowthColumn(index.column()))
        return growthData(index.row(), type, role);
    if (isShareColumn(index.column())) {
        const auto share = m_overview.share(index.row(), type);
        switch (role) {
        case Qt::DisplayRole:
            return share ? localePercent(*share) : QString();
        case RawValueRole:
            return share ? QVariant(*share) : QVariant();
        case Qt::TextAlignmentRole:
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        }
        return {};
    }
    const auto quantity = m_overview.compared(index.row(), type);
    switch (role) {
    case Qt::DisplayRole:
        return quantity ? localeNumber(*quantity) : QString();
    case RawValueRole:
        return quantity ? QVariant(*quantity) : QVariant();
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::ToolTipRole:
        if (!quantity)
            return tr("The server sent no figure");
        if (m_overview.comparesLatestLevel(type)) {
            const auto total = row.quantity(type);
            const auto average = m_overview.averageLevel(index.row(), type);
            return tr("%1 %2 in %3 · average %4 · %5 %6 over %7")
                .arg(localeNumber(*quantity), eventTypeUnit(type),
                     m_overview.range().to().toString(),
                     average ? localeNumber(std::round(*average)) : tr("not given"),
                     total ? localeNumber(*total) : tr("not given"), eventTypeTotalUnit(type),
                     m_overview.range().toString());
        }
        return tr("%1 %2", "a quantity and its unit")
            .arg(localeNumber(*quantity), eventTypeTotalUnit(type));
    }
    return {};
}

QVariant AccountsOverviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= columnCount())
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section == costColumn()) {
        switch (role) {
        case Qt::DisplayRole:
            return tr("Estimated cost (from your price list)");
        case Qt::ToolTipRole:
            return m_costs->whyNone().isEmpty()
                       ? tr("An estimate from your price list (%1), not a bill: each account's "
                            "cost over %2, every month priced on its own and rounded to a "
                            "minor unit, summed over the event types your list prices")
                             .arg(m_costs->currency(), m_overview.range().toString())
                       : m_costs->whyNone();
        case Qt::TextAlignmentRole:
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        }
        return {};
    }
    const int type = section == AccountColumn ? 0 : eventTypeOf(section);
    const bool latest = type != 0 && m_overview.comparesLatestLevel(type);
    if (role == Qt::DisplayRole) {
        if (section == AccountColumn)
            return tr("Account");
        if (isShareColumn(section))
            return tr("Share");
        if (isGrowthColumn(section))
            return tr("Growth");
        if (latest) {
            return tr("%1 in %2", "an event type in a month")
                .arg(eventTypeDisplayName(type), m_overview.range().to().toString());
        }
        return isLevelEventType(type)
                   ? tr("%1 (%2)", "an event type (the unit of its total)")
                         .arg(eventTypeDisplayName(type), eventTypeTotalUnit(type))
                   : eventTypeDisplayName(type);
    }
    if (role == Qt::ToolTipRole && section != AccountColumn) {
        const QString name = eventTypeDisplayName(type);
        if (isShareColumn(section))
            return tr("Each account's share of all %1").arg(name);
        if (isGrowthColumn(section)) {
            const QString months = m_overview.earlierRange().toString();
            return isLevelEventType(type)
                       ? tr("%1: each account's average level against %2, the months before "
                            "the range, as many")
                             .arg(name, months)
                       : tr("%1: each account's total against %2, the months before the range, "
                            "as many")
                             .arg(name, months);
        }
        return latest ? tr("%1 is a level: each account's level in the range's last month. "
                           "Hover a number for its average and its total in %2.")
                            .arg(name, eventTypeTotalUnit(type))
                      : tr("%1, each account's total over the range").arg(name);
    }
    if (role == Qt::TextAlignmentRole && section != AccountColumn)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

} // namespace neuroio::ui
