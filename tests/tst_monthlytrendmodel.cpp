#include "ui/dashboard/monthlytrendmodel.h"
#include "ui/widgets/modelroles.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace neuroio;
using namespace neuroio::ui;

class TestMonthlyTrendModel final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }
    void monthsDownTypesAcross();
    void forecastLeavesTheOpenMonthOut();
};

void TestMonthlyTrendModel::monthsDownTypesAcross()
{
    UsageAggregator aggregator;
    aggregator.reset(MonthRange(Month(2026, 1), Month(2026, 3)));
    const auto add = [&](Month m, int type, double q) {
        UsageRecord r;
        r.month = m;
        r.eventType = type;
        r.quantity = q;
        r.spaceId = 4;
        aggregator.add(r);
    };
    add(Month(2026, 1), 1, 1500);
    add(Month(2026, 3), 1, 2500);
    add(Month(2026, 2), 4, 3);
    QMap<int, QList<MonthlyPoint>> series{{1, aggregator.monthly(1)}, {4, aggregator.monthly(4)}};

    MonthlyTrendModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSeries({1, 4}, series);
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.columnCount(), 3);
    QCOMPARE(model.headerData(1, Qt::Horizontal).toString(), QStringLiteral("API calls"));
    QCOMPARE(model.headerData(2, Qt::Horizontal, EventTypeRole).toInt(), 4);
    QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("2026-01"));
    QCOMPARE(model.index(0, 1).data().toString(), QStringLiteral("1,500"));
    QCOMPARE(model.index(1, 1).data().toString(), QString()); // no row that month
    QCOMPARE(model.index(1, 1).data(RawValueRole).toDouble(), 0.0);
    QVERIFY(!model.index(1, 1).data(HasDataRole).toBool());
    QCOMPARE(model.index(1, 2).data().toString(), QStringLiteral("3"));
    QCOMPARE(model.index(2, 1).data(Qt::ToolTipRole).toString(),
             QStringLiteral("API calls in 2026-03: 2,500 calls"));
    QCOMPARE(model.columnForEventType(4), 2);
    QCOMPARE(model.columnForEventType(2), -1);
    model.clear();
    QCOMPARE(model.columnCount(), 1);
}

void TestMonthlyTrendModel::forecastLeavesTheOpenMonthOut()
{
    // Eight closed months rising by 100, then the open month with a partial 20.
    QList<MonthlyPoint> points;
    for (int i = 0; i < 9; ++i) {
        MonthlyPoint p;
        p.month = Month(2026, 3).addMonths(i);
        p.quantity = i < 8 ? 1000 + 100 * i : 20;
        p.rows = MonthlyPoint::kCountedByServer;
        points.append(p);
    }
    MonthlyTrendModel model;
    model.setOpenMonth(Month(2026, 11));
    model.setSeries({1}, {{1, points}});
    TrendForecast forecast = model.forecast(1);
    QVERIFY2(forecast.isValid(), qPrintable(forecast.whyNone));
    QCOMPARE(forecast.monthsUsed, 8);
    QCOMPARE(forecast.points.first().month, Month(2026, 11));
    QCOMPARE(forecast.points.first().value, 1800.0); // not pulled down by the open 20
    QCOMPARE(model.rowCount(), 9);                   // the forecast is no row of the table

    // A range that ends before the last closed month: no forecast, and why.
    model.setOpenMonth(Month(2027, 2));
    model.setSeries({1}, {{1, points.mid(0, 8)}});
    forecast = model.forecast(1);
    QVERIFY(!forecast.isValid());
    QVERIFY2(forecast.whyNone.contains(QStringLiteral("2027-01")), qPrintable(forecast.whyNone));
    QVERIFY(!model.forecast(3).isValid()); // a type not shown
}

QTEST_GUILESS_MAIN(TestMonthlyTrendModel)
#include "tst_monthlytrendmodel.moc"
