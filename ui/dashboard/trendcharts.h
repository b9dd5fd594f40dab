#pragma once

#include "core/api/month.h"
#include "core/insights/anomaly.h"
#include "ui/dashboard/monthlytrendmodel.h"

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
    // A budget more than this many times the highest month is named in the key, not drawn.
    static constexpr double kBudgetAboveUsageAtMost = 3;

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
    // The earlier period drawn dotted on one event type's chart, month by month (NaN where
    // the earlier month had no usage); empty without a comparison.
    QList<double> earlierValues(int eventType) const { return m_earlier.value(eventType); }
    // The open month's projection drawn on one flow's chart, if any.
    std::optional<OpenMonthProjection> projection(int eventType) const
    {
        const auto it = m_projections.constFind(eventType);
        return it == m_projections.constEnd() ? std::nullopt
                                              : std::optional<OpenMonthProjection>(*it);
    }
    // The lines under the charts: each open month's projection, why the earlier months are
    // not drawn, and the unusual months.
    QString notesText() const;
    // The key under the charts: what each kind of line and mark other than usage is.
    QString keyText() const;
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
    static QString comparisonName(const MonthlyTrendModel::Comparison &comparison);
    static QString projectionText(int eventType, const OpenMonthProjection &projection);

    QAbstractItemModel *m_model;
    QGridLayout *m_grid;
    QList<QChartView *> m_views;
    QMap<int, QList<double>> m_plotted;
    QMap<int, QList<double>> m_forecasts;
    QMap<int, QList<double>> m_budgetLines;
    QMap<int, QList<double>> m_budgetsAbove; // limits too far above the months to draw
    QMap<int, QList<double>> m_earlier;
    QMap<int, OpenMonthProjection> m_projections;
    QMap<int, QList<Anomaly>> m_unusual; // as ringed, by event type
    QLabel *m_key;
    QLabel *m_unusualList;
    Month m_firstMonth;
    int m_months = 0;
};

} // namespace neuroio::ui
