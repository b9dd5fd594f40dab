#include "ui/dashboard/spacebreakdownmodel.h"
#include "ui/widgets/modelroles.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace neuroio;
using namespace neuroio::ui;

class TestSpaceBreakdownModel final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }
    void sharesAndOthers();
};

void TestSpaceBreakdownModel::sharesAndOthers()
{
    UsageAggregator aggregator;
    for (int s = 1; s <= 12; ++s) {
        UsageRecord r;
        r.month = Month(2026, 1);
        r.eventType = 1;
        r.spaceId = s;
        r.spaceName = QStringLiteral("Site %1").arg(s);
        r.quantity = s * 1000;
        aggregator.add(r);
    }
    SpaceBreakdownModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setBreakdown(aggregator.breakdown(1));
    QCOMPARE(model.rowCount(), 10);
    QCOMPARE(model.index(0, SpaceBreakdownModel::SpaceColumn).data().toString(),
             QStringLiteral("Site 12"));
    QCOMPARE(model.index(0, SpaceBreakdownModel::QuantityColumn).data().toString(),
             QStringLiteral("12,000"));
    // 12000 of 78000 is 15.38 %.
    QCOMPARE(model.index(0, SpaceBreakdownModel::ShareColumn).data().toString(),
             QString::fromUtf8("15.4\u202f%"));
    QCOMPARE(model.index(9, SpaceBreakdownModel::SpaceColumn).data().toString(),
             QStringLiteral("Others (3 spaces)"));
    QCOMPARE(model.index(9, SpaceBreakdownModel::QuantityColumn).data(RawValueRole).toDouble(),
             6000.0);
    QVERIFY(!model.index(9, 0).data(SpaceIdRole).isValid());
    QCOMPARE(model.index(0, 0).data(SpaceIdRole).toLongLong(), 12);
    QCOMPARE(model.basisText(), QStringLiteral("API calls, total over the range"));
    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

QTEST_GUILESS_MAIN(TestSpaceBreakdownModel)
#include "tst_spacebreakdownmodel.moc"
