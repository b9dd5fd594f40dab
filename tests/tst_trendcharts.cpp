#include "tests/monthlypoints.h"
#include "ui/dashboard/monthlytrendmodel.h"
#include "ui/dashboard/trendcharts.h"

#include <QChart>
#include <QChartView>
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

QTEST_MAIN(TestTrendCharts)
#include "tst_trendcharts.moc"
