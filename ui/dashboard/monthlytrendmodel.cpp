#include "ui/dashboard/monthlytrendmodel.h"

#include "core/api/eventtype.h"
#include "core/api/numbertext.h"
#include "ui/widgets/modelroles.h"

namespace neuroio::ui {

MonthlyTrendModel::MonthlyTrendModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void MonthlyTrendModel::setSeries(const QList<int> &eventTypes,
                                  const QMap<int, QList<MonthlyPoint>> &series)
{
    beginResetModel();
    m_eventTypes = eventTypes;
    m_columns.clear();
    m_months.clear();
    for (int type : eventTypes)
        m_columns.append(series.value(type));
    if (!m_columns.isEmpty()) {
        for (const MonthlyPoint &p : m_columns.first())
            m_months.append(p.month);
    }
    endResetModel();
}

void MonthlyTrendModel::setBudgets(const QList<Budget> &budgets)
{
    if (budgets == m_budgets)
        return;
    beginResetModel();
    m_budgets = budgets;
    endResetModel();
}

QList<Budget> MonthlyTrendModel::budgets(int eventType) const
{
    QList<Budget> of;
    for (const Budget &budget : m_budgets) {
        if (budget.eventType == eventType)
            of.append(budget);
    }
    return of;
}

void MonthlyTrendModel::setServerNow(const QDateTime &now)
{
    m_serverNow = now;
    m_openMonth = Month::openAt(now);
}

std::optional<OpenMonthProjection> MonthlyTrendModel::openMonthProjection(int eventType) const
{
    if (!m_serverNow.isValid() || isLevelEventType(eventType))
        return std::nullopt;
    for (const MonthlyPoint &point : series(eventType)) {
        if (point.month == m_openMonth && point.rows != 0)
            return OpenMonthProjection::of(point.quantity, m_serverNow);
    }
    return std::nullopt;
}

void MonthlyTrendModel::setComparison(const std::optional<Comparison> &comparison)
{
    if (!comparison && !m_comparison)
        return; // nothing drawn, nothing to redraw
    beginResetModel();
    m_comparison = comparison;
    endResetModel();
}

QList<MonthlyPoint> MonthlyTrendModel::earlierSeries(int eventType) const
{
    return m_comparison ? m_comparison->series.value(eventType) : QList<MonthlyPoint>();
}

TrendForecast MonthlyTrendModel::forecast(int eventType) const
{
    return TrendForecast::ofRange(series(eventType), m_openMonth);
}

QList<Anomaly> MonthlyTrendModel::anomalies(int eventType) const
{
    return Anomaly::find(series(eventType), m_openMonth);
}

int MonthlyTrendModel::columnForEventType(int eventType) const
{
    const auto i = m_eventTypes.indexOf(eventType);
    return i < 0 ? -1 : FirstEventTypeColumn + static_cast<int>(i);
}

QList<MonthlyPoint> MonthlyTrendModel::series(int eventType) const
{
    const qsizetype column = m_eventTypes.indexOf(eventType);
    return column < 0 ? QList<MonthlyPoint>() : m_columns.at(column);
}

int MonthlyTrendModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_months.size());
}

int MonthlyTrendModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : FirstEventTypeColumn + static_cast<int>(m_eventTypes.size());
}

QVariant MonthlyTrendModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Month month = m_months.at(index.row());
    if (index.column() == MonthColumn) {
        if (role == Qt::DisplayRole || role == RawValueRole)
            return month.toString();
        return {};
    }
    const int column = index.column() - FirstEventTypeColumn;
    const QList<MonthlyPoint> &points = m_columns.at(column);
    const MonthlyPoint point
        = index.row() < points.size() ? points.at(index.row()) : MonthlyPoint{month, 0, 0};
    const int type = m_eventTypes.at(column);
    switch (role) {
    case Qt::DisplayRole:
        return point.rows != 0 ? localeNumber(point.quantity) : QString();
    case Qt::ToolTipRole: {
        QString tip = point.rows == 0 ? tr("No usage rows for %1 in %2")
                                            .arg(eventTypeDisplayName(type), month.toString())
                                      : tr("%1 in %2: %3 %4")
                                            .arg(eventTypeDisplayName(type), month.toString(),
                                                 localeNumber(point.quantity), eventTypeUnit(type));
        const QList<MonthlyPoint> earlier = earlierSeries(type);
        if (index.row() < earlier.size()) {
            const MonthlyPoint &then = earlier.at(index.row());
            tip += QLatin1Char('\n')
                   + (then.rows == 0 ? tr("%1: no usage", "an earlier month, for comparison")
                                           .arg(then.month.toString())
                                     : tr("%1: %2 %3", "an earlier month, for comparison")
                                           .arg(then.month.toString(), localeNumber(then.quantity),
                                                eventTypeUnit(type)));
        }
        return tip;
    }
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    case RawValueRole:
        return point.quantity;
    case EventTypeRole:
        return type;
    case HasDataRole:
        return point.rows != 0;
    }
    return {};
}

QVariant MonthlyTrendModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= columnCount())
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section == MonthColumn)
        return role == Qt::DisplayRole ? QVariant(tr("Month")) : QVariant();
    const int type = m_eventTypes.at(section - FirstEventTypeColumn);
    switch (role) {
    case Qt::DisplayRole:
        return eventTypeDisplayName(type);
    case Qt::ToolTipRole:
        return tr("In %1").arg(eventTypeUnit(type));
    case EventTypeRole:
        return type;
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    }
    return {};
}

} // namespace neuroio::ui
