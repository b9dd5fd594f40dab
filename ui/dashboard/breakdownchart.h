#pragma once

#include <QWidget>

class QAbstractItemModel;
class QChartView;

namespace neuroio::ui {

// Horizontal bars of each space's share of one event type: the top spaces and "Others",
// largest on top, with the percentage on each bar.
class BreakdownChart final : public QWidget
{
    Q_OBJECT

public:
    explicit BreakdownChart(QAbstractItemModel *breakdownModel, QWidget *parent = nullptr);

    QStringList plottedNames() const { return m_names; }
    QList<double> plottedPercents() const { return m_percents; }

private:
    void rebuild();

    QAbstractItemModel *m_model;
    QChartView *m_view;
    QStringList m_names;
    QList<double> m_percents;
};

} // namespace neuroio::ui
