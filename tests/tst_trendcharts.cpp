#include "tests/monthlypoints.h"
#include "ui/dashboard/monthlytrendmodel.h"
#include "ui/dashboard/trendcharts.h"

#include <QChart>
#include <QChartView>
#include <QLineSeries>
#include <QScatterSeries>
#include <QTest>

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
}

QTEST_MAIN(TestTrendCharts)
#include "tst_trendcharts.moc"
