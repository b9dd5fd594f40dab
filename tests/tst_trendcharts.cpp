#include "tests/monthlypoints.h"
#include "ui/dashboard/monthlytrendmodel.h"
#include "ui/dashboard/trendcharts.h"

#include <QChart>
#include <QChartView>
#include <QLineSeries>
#include <QScatterSeries>
#include <QTest>
#include <QTimeZone>

#include <cmath>

using namespace neuroio;
using namespace neuroio::testing;
using namespace neuroio::ui;

class TestTrendCharts final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }
    void unusualMonthsAreRingedAndListed();
    void budgetsAreLinesOnTheirTypesChart();
    void anEarlierPeriodIsDottedMonthBesideMonth();
    void aFlowsOpenMonthIsProjected();
};

void TestTrendCharts::unusualMonthsAreRingedAndListed()
{
    // 2026-01 to 2026-08: six months of 100 +- 10, a spike of 150, then 100 again.
    const QList<MonthlyPoint> points
        = monthlyPoints(Month(2026, 1), {90, 110, 100, 90, 110, 100, 150, 100});
    MonthlyTrendModel model;
    model.setOpenMonth(Month(2026, 11));
    model.setSeries({1}, {{1, points}});
    TrendCharts charts(&model);
    QCOMPARE(charts.unusualMonths(1), QList<Month>{Month(2026, 7)});
    QCOMPARE(charts.unusualText(),
             QStringLiteral("Unusual months (ringed on the charts): API calls in 2026-07: 150 "
                            "calls, 50.0\u202f% above the median of the 6 months with usage "
                            "before it (100 calls)"));
    QScatterSeries *rings = nullptr;
    for (QAbstractSeries *series : charts.chartViews().first()->chart()->series()) {
        if (series->name() == QStringLiteral("unusual month (ringed)"))
            rings = qobject_cast<QScatterSeries *>(series);
    }
    QVERIFY(rings);
    QCOMPARE(rings->points(), (QList<QPointF>{QPointF(6, 150)}));

    // The month still open is partial: never ringed, however far off.
    model.setOpenMonth(Month(2026, 7));
    model.setSeries({1}, {{1, points.mid(0, 7)}});
    QVERIFY(charts.unusualMonths(1).isEmpty());
    QCOMPARE(charts.unusualText(), QString());
}

void TestTrendCharts::budgetsAreLinesOnTheirTypesChart()
{
    const QList<MonthlyPoint> calls = monthlyPoints(Month(2026, 1), {90, 110, 100});
    const QList<MonthlyPoint> persons = monthlyPoints(Month(2026, 1), {5, 6, 7});
    MonthlyTrendModel model;
    model.setOpenMonth(Month(2026, 11));
    model.setSeries({1, 2}, {{1, calls}, {2, persons}});
    TrendCharts charts(&model);
    QVERIFY(charts.budgetLines(1).isEmpty());
    Budget limit;
    limit.eventType = 1;
    limit.limit = 250;
    Budget ceiling;
    ceiling.eventType = 2;
    ceiling.limit = 6.5;
    ceiling.name = QStringLiteral("Lab");
    model.setBudgets({limit, ceiling});
    QCOMPARE(charts.budgetLines(1), QList<double>{250});
    QCOMPARE(charts.budgetLines(2), QList<double>{6.5});
    const auto line = [&](int chart) -> QLineSeries * {
        for (QAbstractSeries *series : charts.chartViews().at(chart)->chart()->series()) {
            if (series->property("budgetLine").toBool())
                return qobject_cast<QLineSeries *>(series);
        }
        return nullptr;
    };
    QVERIFY(line(0));
    // Across every month shown, at the limit, named in the legend and in words.
    QCOMPARE(line(0)->points(), (QList<QPointF>{QPointF(0, 250), QPointF(2, 250)}));
    QCOMPARE(line(0)->name(), QStringLiteral("limit 250"));
    QCOMPARE(line(1)->name(), QStringLiteral("ceiling 6.5"));
    QVERIFY(charts.chartViews().at(0)->accessibleDescription().contains(
        QStringLiteral("Budget (dash-dot line): a limit of 250 calls a month")));
    // The axis reaches the limit, above every month.
    QVERIFY(charts.chartViews().at(0)->property("maximum").toDouble() >= 250);
    model.setBudgets({});
    QVERIFY(charts.budgetLines(1).isEmpty());
    QVERIFY(!line(0));
    // A limit far above every month is named in the key, not drawn flattening the months.
    Budget far = limit;
    far.limit = 1e12;
    model.setBudgets({far});
    QVERIFY(!line(0));
    QVERIFY(charts.chartViews().at(0)->property("maximum").toDouble() < 1000);
    QVERIFY2(charts.keyText().contains(QStringLiteral(
                 "budgets far above the chart, not drawn: API calls limit 1,000,000,000,000 a "
                 "month")),
             qPrintable(charts.keyText()));
}

void TestTrendCharts::anEarlierPeriodIsDottedMonthBesideMonth()
{
    MonthlyTrendModel model;
    model.setOpenMonth(Month(2026, 11));
    model.setSeries({1}, {{1, monthlyPoints(Month(2026, 1), {90, 110, 100, 120})}});
    TrendCharts charts(&model);
    MonthlyTrendModel::Comparison comparison;
    comparison.against = PeriodChange::Against::YearEarlier;
    comparison.earlier = MonthRange(Month(2025, 1), Month(2025, 4));
    // 2025-02 had no usage: a gap, not a 0.
    comparison.series.insert(1, monthlyPoints(Month(2025, 1), {80, NAN, 95, 400}));
    model.setComparison(comparison);
    const QList<double> drawn = charts.earlierValues(1);
    QCOMPARE(drawn.size(), 4);
    QCOMPARE(drawn.at(0), 80.0);
    QVERIFY(std::isnan(drawn.at(1)));
    QCOMPARE(drawn.at(3), 400.0);
    QList<QList<QPointF>> dotted;
    for (QAbstractSeries *series : charts.chartViews().first()->chart()->series()) {
        auto *line = qobject_cast<QLineSeries *>(series);
        if (line && !qobject_cast<QScatterSeries *>(series) && line->pen().style() == Qt::DotLine)
            dotted.append(line->points());
    }
    QCOMPARE(dotted, (QList<QList<QPointF>>{{QPointF(0, 80)}, {QPointF(2, 95), QPointF(3, 400)}}));
    // On the scale, named in the key, and beside each month's tooltip.
    QVERIFY(charts.chartViews().first()->property("maximum").toDouble() >= 400);
    QVERIFY2(
        charts.keyText().contains(QStringLiteral("dotted: a year earlier, 2025-01 to 2025-04")),
        qPrintable(charts.keyText()));
    QCOMPARE(
        model.index(3, MonthlyTrendModel::FirstEventTypeColumn).data(Qt::ToolTipRole).toString(),
        QStringLiteral("API calls in 2026-04: 120 calls\n2025-04: 400 calls"));
    // Why not, when the earlier months could not be read.
    comparison.series.clear();
    comparison.failure = QStringLiteral("the server did not answer");
    model.setComparison(comparison);
    QVERIFY(charts.earlierValues(1).isEmpty());
    QVERIFY2(charts.notesText().contains(
                 QStringLiteral("The earlier months (2025-01 to 2025-04) are not drawn: the "
                                "server did not answer")),
             qPrintable(charts.notesText()));
}

void TestTrendCharts::aFlowsOpenMonthIsProjected()
{
    MonthlyTrendModel model;
    // 11 November 2026, 00:00 UTC: 10 of November's 30 days have passed.
    model.setServerNow(QDateTime(QDate(2026, 11, 11), QTime(0, 0), QTimeZone::utc()));
    model.setSeries({1, 2}, {{1, monthlyPoints(Month(2026, 9), {90, 110, 40})},
                             {2, monthlyPoints(Month(2026, 9), {5, 6, 7})}});
    TrendCharts charts(&model);
    const std::optional<OpenMonthProjection> calls = charts.projection(1);
    QVERIFY(calls);
    QCOMPARE(calls->month, Month(2026, 11));
    QCOMPARE(*calls->projected, 120.0);
    QVERIFY(!charts.projection(2)); // a level is not carried on
    QVERIFY2(charts.notesText().contains(
                 QStringLiteral("API calls: 2026-11 is not over: 40 calls so far in 10.0 of its "
                                "30 days, on course for 120 by its end")),
             qPrintable(charts.notesText()));
    QVERIFY(charts.keyText().contains(QStringLiteral("hollow square")));
    // A range that ends before the open month has nothing to project.
    model.setSeries({1}, {{1, monthlyPoints(Month(2026, 8), {90, 110})}});
    QVERIFY(!charts.projection(1));
}

QTEST_MAIN(TestTrendCharts)
#include "tst_trendcharts.moc"
