#pragma once

#include "core/insights/anomaly.h"
#include "core/insights/budget.h"
#include "core/insights/forecast.h"
#include "core/usage/monthrange.h"
#include "core/usage/periodchange.h"
#include "core/usage/usageaggregator.h"

#include <QDateTime>

#include <optional>

#include <QAbstractTableModel>

namespace neuroio::ui {

// Months down, one column per event type across. Feeds the trend charts (one per column, each
// on its own scale) and their table.
class MonthlyTrendModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { MonthColumn, FirstEventTypeColumn };

    // The same months of an earlier period, drawn over the range's for comparison: the i-th
    // earlier month beside the range's i-th. Either series (the earlier months by type) or
    // failure (why there are none) is set.
    struct Comparison
    {
        PeriodChange::Against against = PeriodChange::Against::PreviousPeriod;
        MonthRange earlier;
        QMap<int, QList<MonthlyPoint>> series;
        QString failure;
    };

    explicit MonthlyTrendModel(QObject *parent = nullptr);

    // series: one entry per event type; every list covers the same months.
    void setSeries(const QList<int> &eventTypes, const QMap<int, QList<MonthlyPoint>> &series);
    void clear() { setSeries({}, {}); }
    QList<int> eventTypes() const { return m_eventTypes; }
    int columnForEventType(int eventType) const;
    // One event type's months, as set; empty for a type not shown.
    QList<MonthlyPoint> series(int eventType) const;
    // The month still open by the server's clock: its figure is partial, so the forecast
    // leaves it out. Set before setSeries().
    void setOpenMonth(const Month &month) { m_openMonth = month; }
    // The server's time: the open month (as setOpenMonth()), and how much of it has passed,
    // for the projection of a flow's open month. Set before setSeries().
    void setServerNow(const QDateTime &now);
    // A flow's open month carried to its end at the rate so far, when the range takes in the
    // open month and it has usage; empty otherwise (a level, or no server time set).
    std::optional<OpenMonthProjection> openMonthProjection(int eventType) const;
    // The earlier period beside the range; empty to draw none.
    void setComparison(const std::optional<Comparison> &comparison);
    const std::optional<Comparison> &comparison() const { return m_comparison; }
    // One event type's earlier months, aligned with series(); empty without a comparison.
    QList<MonthlyPoint> earlierSeries(int eventType) const;
    Month openMonth() const { return m_openMonth; }

    // The trend of the closed months carried three months on (TrendForecast::ofRange()).
    TrendForecast forecast(int eventType) const;
    // The closed months far from their recent past (Anomaly); the open month, partial, is
    // never one.
    QList<Anomaly> anomalies(int eventType) const;

    // The budgets on exactly the spaces shown (Budget::isOnSpaces()), drawn as lines on the
    // charts: a monthly limit or a ceiling is the same line through every month.
    void setBudgets(const QList<Budget> &budgets);
    QList<Budget> budgets(int eventType) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    Month m_openMonth;
    QDateTime m_serverNow;
    std::optional<Comparison> m_comparison;
    QList<Month> m_months;
    QList<int> m_eventTypes;
    QList<Budget> m_budgets;
    QList<QList<MonthlyPoint>> m_columns;
};

} // namespace neuroio::ui
