#include "core/api/responseparser.h"
#include "ui/dashboard/usagetablemodel.h"
#include "ui/widgets/modelroles.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QTest>

using namespace neuroio;
using namespace neuroio::ui;

namespace {

QList<UsageRecord> fixtureRows(const char *name)
{
    QFile file(QStringLiteral(NEUROIO_FIXTURES "/") + QLatin1String(name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", name);
    const auto result = ResponseParser::usagePage(file.readAll(), QStringLiteral("test"));
    if (!result.isOk())
        qFatal("fixture %s does not parse", name);
    return result.value.results;
}

} // namespace

class TestUsageTableModel final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }
    void standardColumns();
    void extraColumnsInServerOrder();
    void missingValuesStayEmpty();
    void resetAndTester();
};

void TestUsageTableModel::standardColumns()
{
    UsageTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setRecords(fixtureRows("usage_page_good.json"));
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.columnCount(), int(UsageTableModel::ColumnCount));
    QCOMPARE(model.headerData(UsageTableModel::QuantityColumn, Qt::Horizontal).toString(),
             QStringLiteral("Quantity"));
    const auto cell
        = [&](int row, int column) { return model.index(row, column).data().toString(); };
    QCOMPARE(cell(0, UsageTableModel::MonthColumn), QStringLiteral("2024-05"));
    QCOMPARE(cell(0, UsageTableModel::SpaceColumn), QStringLiteral("Berlin HQ"));
    QCOMPARE(cell(0, UsageTableModel::EventTypeColumn), QStringLiteral("API calls"));
    QCOMPARE(cell(0, UsageTableModel::QuantityColumn), QStringLiteral("120,345"));
    QCOMPARE(cell(1, UsageTableModel::QuantityColumn), QStringLiteral("2.5"));
    QCOMPARE(cell(1, UsageTableModel::EventTypeColumn), QStringLiteral("Source licenses"));
    const QModelIndex quantity = model.index(0, UsageTableModel::QuantityColumn);
    QCOMPARE(quantity.data(RawValueRole).toDouble(), 120345.0);
    QCOMPARE(quantity.data(Qt::TextAlignmentRole).value<Qt::Alignment>(),
             Qt::AlignRight | Qt::AlignVCenter);
    QCOMPARE(model.index(0, 0).data(SpaceIdRole).toLongLong(), 4);
    QCOMPARE(model.rowCount(model.index(0, 0)), 0);
}

void TestUsageTableModel::extraColumnsInServerOrder()
{
    UsageTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setRecords(fixtureRows("usage_page_unknown_fields.json"));
    QCOMPARE(model.extraColumns(),
             (QStringList{"zone", "billable", QString::fromUtf8("état"), "unit_price", "tags"}));
    QCOMPARE(model.columnCount(), UsageTableModel::ColumnCount + 5);
    const int zone = UsageTableModel::ColumnCount;
    QCOMPARE(model.headerData(zone, Qt::Horizontal).toString(), QStringLiteral("zone"));
    QCOMPARE(model.index(0, zone).data().toString(), QStringLiteral("eu-1"));
    QCOMPARE(model.index(1, zone).data().toString(), QString()); // second row has no zone
    QCOMPARE(model.index(1, zone + 1).data().toString(), QStringLiteral("false"));
    QCOMPARE(model.index(0, zone + 3).data().toString(), QStringLiteral("0.002"));
    QCOMPARE(model.index(1, zone + 4).data().toString(), QStringLiteral("[\"a\",\"b\"]"));
    QCOMPARE(model.index(0, UsageTableModel::EventTypeColumn).data().toString(),
             QStringLiteral("Event type 9"));
}

void TestUsageTableModel::missingValuesStayEmpty()
{
    UsageTableModel model;
    model.setRecords(fixtureRows("usage_page_partial.json"));
    const QModelIndex quantity = model.index(0, UsageTableModel::QuantityColumn);
    QCOMPARE(quantity.data().toString(), QString()); // never "0"
    QVERIFY(!quantity.data(RawValueRole).isValid());
    QCOMPARE(model.index(0, UsageTableModel::SpaceColumn).data().toString(), QString());
}

void TestUsageTableModel::resetAndTester()
{
    UsageTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setRecords(fixtureRows("usage_page_unknown_fields.json"));
    model.setRecords(fixtureRows("usage_page_good.json"));
    QCOMPARE(model.columnCount(), int(UsageTableModel::ColumnCount));
    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

QTEST_MAIN(TestUsageTableModel)
#include "tst_usagetablemodel.moc"
