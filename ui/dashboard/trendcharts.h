#pragma once

#include <QWidget>

class QAbstractItemModel;
class QChartView;
class QGridLayout;

namespace neuroio::ui {

// Small multiples of the monthly trend: one chart per event type, each with its own axis, so
// a handful of licences stays readable beside hundreds of thousands of API calls.
class TrendCharts final : public QWidget
{
    Q_OBJECT

public:
    explicit TrendCharts(QAbstractItemModel *trendModel, QWidget *parent = nullptr);

    QList<QChartView *> chartViews() const { return m_views; }
    // The values plotted for one event type, in month order (for tests).
    QList<double> plottedValues(int eventType) const;

private:
    void rebuild();
    QChartView *makeChart(int column);

    QAbstractItemModel *m_model;
    QGridLayout *m_grid;
    QList<QChartView *> m_views;
    QMap<int, QList<double>> m_plotted;
};

} // namespace neuroio::ui
