#pragma once

#include <QWidget>

class QAbstractItemModel;
class QChartView;
class QLabel;
class QScrollArea;

namespace neuroio::ui {

// Horizontal bars of each space's share of one event type: the spaces the model holds (the
// top spaces and "Others"), largest on top, with the percentage on each bar. Many bars make
// the chart taller than its panel; it scrolls then rather than squeezing bars to slivers.
class BreakdownChart final : public QWidget
{
    Q_OBJECT

public:
    explicit BreakdownChart(QAbstractItemModel *breakdownModel, QWidget *parent = nullptr);

    QStringList plottedNames() const { return m_names; }
    QList<double> plottedPercents() const { return m_percents; }
    // The numbers of the bar last hovered or clicked.
    QString detailText() const;
    QChartView *chartView() const { return m_view; }
    // On paper there is nothing to hover or click: the line that says how goes.
    void hideDetail();

    // As a person's hover, click or double-click on the bar of a row of the model.
    void pointAt(int row);
    void activate(int row);

signals:
    // A space's bar was double-clicked: a wish to see that space alone.
    void spaceActivated(qint64 spaceId);

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void rebuild();
    void fitHeight();

    QAbstractItemModel *m_model;
    QScrollArea *m_scroll;
    QChartView *m_view;
    QLabel *m_detail;
    QStringList m_names;
    QList<double> m_percents;
};

} // namespace neuroio::ui
