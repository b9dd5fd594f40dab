#include "ui/widgets/checkablelistmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace neuroio::ui;

class TestCheckableListModel final : public QObject
{
    Q_OBJECT

private slots:
    void allIsItsOwnState();
    void untickFromAll();
    void ticksSurviveNewItems();
    void partialListClaimsNoTotal();
};

namespace {

QList<CheckableListModel::Item> items(int n)
{
    QList<CheckableListModel::Item> list;
    for (int i = 1; i <= n; ++i)
        list.append({i * 10, QStringLiteral("Item %1").arg(i)});
    return list;
}

const QString kAll = QStringLiteral("All spaces");
const QString kNone = QStringLiteral("No spaces");
const CheckableListModel::SummaryTexts kTexts{kAll, QStringLiteral("%1 of %2 spaces"),
                                              QStringLiteral("Selected spaces: %1"), kNone};

} // namespace

void TestCheckableListModel::allIsItsOwnState()
{
    CheckableListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setItems(items(12));
    QVERIFY(model.isAllSelected());
    QVERIFY(model.selectedIds().isEmpty()); // all: send no filter
    QCOMPARE(model.summary(kTexts), kAll);
    QCOMPARE(model.index(3).data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Checked);

    model.setSelectedIds({20, 40, 60});
    QCOMPARE(model.summary(kTexts), QStringLiteral("3 of 12 spaces"));
    QCOMPARE(model.selectedIds(), (QList<qint64>{20, 40, 60}));
    QCOMPARE(model.index(0).data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Unchecked);

    // Ticking all twelve one by one is a list of twelve, not "all".
    for (int row = 0; row < 12; ++row)
        model.setData(model.index(row), Qt::Checked, Qt::CheckStateRole);
    QVERIFY(!model.isAllSelected());
    QCOMPARE(model.selectedIds().size(), 12);

    model.selectNone();
    QVERIFY(model.isEmptySelection());
    QCOMPARE(model.summary(kTexts), kNone);
    model.selectAll();
    QVERIFY(model.isAllSelected());
}

void TestCheckableListModel::untickFromAll()
{
    CheckableListModel model;
    model.setItems(items(4));
    QSignalSpy changed(&model, &CheckableListModel::selectionChanged);
    QVERIFY(model.setData(model.index(1), Qt::Unchecked, Qt::CheckStateRole));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(model.selectedIds(), (QList<qint64>{10, 30, 40}));
    QCOMPARE(model.index(1, 0).data(CheckableListModel::IdRole).toLongLong(), 20);
    QVERIFY(!model.setData(model.index(1), Qt::Checked, Qt::DisplayRole));
}

void TestCheckableListModel::ticksSurviveNewItems()
{
    CheckableListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setItems(items(5));
    model.setSelectedIds({30, 50});
    model.setItems(items(3)); // 50 is not listed now
    QCOMPARE(model.selectedIds(), (QList<qint64>{30, 50}));
    model.setItems(items(6));
    QCOMPARE(model.index(4).data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Checked);
}

void TestCheckableListModel::partialListClaimsNoTotal()
{
    CheckableListModel model;
    // A managed account's spaces are those seen in its usage: with two ticked, two are seen.
    model.setItems(items(2), CheckableListModel::Listing::Partial);
    model.setSelectedIds({10, 20});
    QCOMPARE(model.summary(kTexts), QStringLiteral("Selected spaces: 2"));
    model.selectAll();
    QCOMPARE(model.summary(kTexts), kAll);
    model.setSelectedIds({10, 20});
    model.setItems(items(6)); // the full list arrived
    QCOMPARE(model.summary(kTexts), QStringLiteral("2 of 6 spaces"));
}

QTEST_GUILESS_MAIN(TestCheckableListModel)
#include "tst_checkablelistmodel.moc"
