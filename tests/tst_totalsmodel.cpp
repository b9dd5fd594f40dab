#include "core/api/responseparser.h"
#include "ui/dashboard/totalsmodel.h"
#include "ui/widgets/modelroles.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace neuroio;
using namespace neuroio::ui;

class TestTotalsModel final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }
    void rowsPerEventType();
};

void TestTotalsModel::rowsPerEventType()
{
    const auto totals = ResponseParser::usageTotals(
        R"({"results":[{"event_type":4,"quantity":113},{"event_type":1,"quantity":7590814},)"
        R"({"event_type":8},{"event_type":2,"quantity":0}]})",
        QStringLiteral("test"));
    QVERIFY(totals.isOk());
    TotalsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setTotals(totals.value);
    QCOMPARE(model.rowCount(), 4);
    const auto cell
        = [&](int row, int column) { return model.index(row, column).data().toString(); };
    // Ordered by event type, each in its own unit.
    QCOMPARE(cell(0, TotalsModel::EventTypeColumn), QStringLiteral("API calls"));
    QCOMPARE(cell(0, TotalsModel::QuantityColumn), QStringLiteral("7,590,814"));
    QCOMPARE(cell(0, TotalsModel::UnitColumn), QStringLiteral("calls"));
    QCOMPARE(cell(1, TotalsModel::QuantityColumn), QStringLiteral("0")); // a real zero
    QVERIFY(model.index(1, TotalsModel::QuantityColumn).data(HasDataRole).toBool());
    QCOMPARE(cell(2, TotalsModel::EventTypeColumn), QStringLiteral("Source licenses"));
    QCOMPARE(cell(3, TotalsModel::EventTypeColumn), QStringLiteral("Event type 8"));
    QCOMPARE(cell(3, TotalsModel::QuantityColumn), QString()); // missing, not 0
    QVERIFY(!model.index(3, TotalsModel::QuantityColumn).data(HasDataRole).toBool());
    QCOMPARE(model.index(0, TotalsModel::QuantityColumn).data(RawValueRole).toDouble(), 7590814.0);
    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

QTEST_GUILESS_MAIN(TestTotalsModel)
#include "tst_totalsmodel.moc"
