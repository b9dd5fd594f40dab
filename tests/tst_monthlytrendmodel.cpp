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

QTEST_GUILESS_MAIN(TestMonthlyTrendModel)
#include "tst_monthlytrendmodel.moc"
