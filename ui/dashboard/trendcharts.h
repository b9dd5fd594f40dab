#pragma once

#include "core/api/month.h"
#include "core/insights/anomaly.h"

#include <QWidget>

class QAbstractItemModel;
class QCategoryAxis;
class QChartView;
class QGridLayout;
class QLabel;

namespace neuroio::ui {

// Small multiples of the monthly trend: one chart per event type, each with its own axis, so
// a handful of licences stays readable beside hundreds of thousands of API calls.
class TrendCharts final : public QWidget
{
    Q_OBJECT

public:
    explicit TrendCharts(QAbstractItemModel *trendModel, QWidget *parent = nullptr);

    QList<QChartView *> chartViews() const { return m_views; }
    // The values plotted for one event type, in month order.
    QList<double> plottedValues(int eventType) const;
    // The forecast drawn for one event type (the dashed line's months), empty for none.
    QList<double> forecastValues(int eventType) const { return m_forecasts.value(eventType); }
    // The budget lines drawn on one event type's chart: their limits, in the model's order.
    QList<double> budgetLines(int eventType) const { return m_budgetLines.value(eventType); }
    // The months ringed as unusual on one event type's chart.
    QList<Month> unusualMonths(int eventType) const;
    // The line under the charts that lists each unusual month and why; empty for none.
    QString unusualText() const;
    // The month axis labels of the first chart, as drawn now.
    QStringList monthLabels() const;

signals:
    // A month was double-clicked on a chart: a wish to look at that month alone.
    void monthActivated(const neuroio::Month &month);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void rebuild();
    QChartView *makeChart(int column);
    void relabelMonths(QChartView *view);

    QAbstractItemModel *m_model;
    QGridLayout *m_grid;
    QList<QChartView *> m_views;
    QMap<int, QList<double>> m_plotted;
    QMap<int, QList<double>> m_forecasts;
    QMap<int, QList<double>> m_budgetLines;
    QMap<int, QList<Anomaly>> m_unusual; // as ringed, by event type
    QLabel *m_unusualList;
    Month m_firstMonth;
    int m_months = 0;
};

} // namespace neuroio::ui
