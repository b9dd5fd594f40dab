#include "core/api/billingclient.h"
#include "core/insights/budgetfile.h"
#include "ui/budgets/budgetmonitor.h"
#include "ui/budgets/budgetsdialog.h"
#include "ui/widgets/multiselectbutton.h"

#include <QComboBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFile>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

using namespace neuroio;
using namespace neuroio::ui;

// The dialog as a person uses it: what it lists, what its editor changes, and what Save
// writes (or why it does not).
class TestBudgetsDialog final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }
    void init();
    void addsEditsAndSaves();
    void keepsALimitsFractionUnlessItIsEdited();
    void aBudgetWithoutALimitIsNotSaved();
    void aFailedWriteKeepsTheDialogAndTheFile();
    void removes();

private:
    QTemporaryDir m_dir;
    BillingClient m_client; // never asked: the dialog only reads and writes the file
    std::unique_ptr<BudgetMonitor> m_monitor;
    const QList<Space> m_spaces{{11, QStringLiteral("Front door")}, {12, QStringLiteral("Lab")}};
};

namespace {

Budget budget(int type, double limit, QList<qint64> spaces = {}, QString name = {})
{
    Budget b;
    b.eventType = type;
    b.limit = limit;
    b.spaceIds = std::move(spaces);
    b.name = std::move(name);
    return b;
}

} // namespace

void TestBudgetsDialog::init()
{
    m_monitor = std::make_unique<BudgetMonitor>(&m_client);
    const QString path = m_dir.filePath(QStringLiteral("budgets.json"));
    QFile::remove(path);
    m_monitor->load(path);
}

void TestBudgetsDialog::addsEditsAndSaves()
{
    QVERIFY(m_monitor->save({budget(1, 5000000)}).isOk());
    BudgetsDialog dialog(m_monitor.get(), m_spaces);
    QCOMPARE(dialog.list()->count(), 1);
    QCOMPARE(dialog.list()->item(0)->text(),
             QStringLiteral("API calls, every space: 5,000,000 calls a month"));
    QCOMPARE(dialog.limitBox()->value(), 5000000.0);
    QCOMPARE(dialog.limitBox()->suffix(), QStringLiteral(" calls a month"));

    QTest::mouseClick(dialog.addButton(), Qt::LeftButton);
    QCOMPARE(dialog.list()->count(), 2);
    QCOMPARE(dialog.list()->currentRow(), 1);
    dialog.typeBox()->setCurrentIndex(dialog.typeBox()->findData(2));
    dialog.spacesButton()->setSelectedIds({12});
    emit dialog.spacesButton()->selectionApplied({12});
    dialog.limitBox()->setValue(1200);
    QTest::keyClicks(dialog.nameEdit(), QStringLiteral("Lab people"));
    QCOMPARE(dialog.limitBox()->suffix(), QStringLiteral(" persons"));
    QCOMPARE(dialog.list()->item(1)->text(), QStringLiteral("Lab people: ceiling 1,200 persons"));
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    const QList<Budget> want{budget(1, 5000000),
                             budget(2, 1200, {12}, QStringLiteral("Lab people"))};
    QCOMPARE(m_monitor->budgets(), want);
    QCOMPARE(BudgetFile::read(m_monitor->path()).value, want);
}

void TestBudgetsDialog::keepsALimitsFractionUnlessItIsEdited()
{
    QVERIFY(m_monitor->save({budget(2, 120000.5)}).isOk());
    BudgetsDialog dialog(m_monitor.get(), m_spaces);
    QTest::keyClicks(dialog.nameEdit(), QStringLiteral("Half"));
    QCOMPARE(dialog.budgets().first().limit, 120000.5);
    QCOMPARE(dialog.budgets().first().name, QStringLiteral("Half"));
    QCOMPARE(dialog.list()->item(0)->text(), QStringLiteral("Half: ceiling 120,000.5 persons"));
    dialog.limitBox()->setValue(130000);
    QCOMPARE(dialog.budgets().first().limit, 130000.0);
}

void TestBudgetsDialog::aBudgetWithoutALimitIsNotSaved()
{
    BudgetsDialog dialog(m_monitor.get(), m_spaces);
    QTest::mouseClick(dialog.addButton(), Qt::LeftButton);
    dialog.accept();
    QVERIFY(dialog.result() != int(QDialog::Accepted));
    QCOMPARE(dialog.problemText(),
             QStringLiteral("\"API calls, every space\" has no limit: set one above 0, or remove "
                            "the budget."));
    QVERIFY(!QFile::exists(m_monitor->path()));
    dialog.limitBox()->setValue(10);
    QVERIFY(dialog.problemText().isEmpty());
}

void TestBudgetsDialog::aFailedWriteKeepsTheDialogAndTheFile()
{
    const QString folder = m_dir.filePath(QStringLiteral("a-folder.json"));
    QVERIFY(QDir().mkpath(folder));
    m_monitor->load(folder);
    BudgetsDialog dialog(m_monitor.get(), m_spaces);
    QTest::mouseClick(dialog.addButton(), Qt::LeftButton);
    dialog.limitBox()->setValue(10);
    dialog.accept();
    QVERIFY(dialog.result() != int(QDialog::Accepted));
    QVERIFY2(dialog.problemText().startsWith(QStringLiteral("The budgets were not saved: ")),
             qPrintable(dialog.problemText()));
    QVERIFY(dialog.problemText().contains(folder));
    QCOMPARE(dialog.budgets(), QList<Budget>{budget(1, 10)});
    QVERIFY(QFileInfo(folder).isDir());
}

void TestBudgetsDialog::removes()
{
    QVERIFY(m_monitor->save({budget(1, 5), budget(3, 7)}).isOk());
    BudgetsDialog dialog(m_monitor.get(), m_spaces);
    dialog.list()->setCurrentRow(0);
    QTest::mouseClick(dialog.removeButton(), Qt::LeftButton);
    QCOMPARE(dialog.budgets(), QList<Budget>{budget(3, 7)});
    QCOMPARE(dialog.list()->count(), 1);
    QCOMPARE(dialog.limitBox()->value(), 7.0);
    dialog.accept();
    QCOMPARE(BudgetFile::read(m_monitor->path()).value, QList<Budget>{budget(3, 7)});
}

QTEST_MAIN(TestBudgetsDialog)
#include "tst_budgetsdialog.moc"
