#include "ui/budgets/budgetalerts.h"

#include <QSignalSpy>
#include <QSystemTrayIcon>
#include <QTest>
#include <QTimeZone>
#include <QWidget>

using namespace neuroio;
using namespace neuroio::ui;

class TestBudgetAlerts final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }
    void namesTheWorstFirst();
    void oneNotificationACheck();
};

namespace {

BudgetStatus status(int type, double limit, double actual, BudgetStatus::State state)
{
    BudgetStatus s;
    s.budget.eventType = type;
    s.budget.limit = limit;
    s.state = state;
    s.actual = actual;
    s.month = Month(2026, 11);
    s.actualMonth = s.month;
    s.projected = actual * 2;
    s.projectedMonth = s.month;
    return s;
}

} // namespace

void TestBudgetAlerts::namesTheWorstFirst()
{
    const BudgetStatus over = status(1, 100, 150, BudgetStatus::State::Over);
    const BudgetStatus atRisk = status(2, 100, 90, BudgetStatus::State::AtRisk);
    QCOMPARE(BudgetAlerts::titleFor({over}), QStringLiteral("Over budget: API calls, every space"));
    QCOMPARE(BudgetAlerts::titleFor({atRisk}),
             QStringLiteral("At risk: Persons storage, every space"));
    BudgetStatus named = over;
    named.budget.name = QStringLiteral("Lab");
    QCOMPARE(BudgetAlerts::titleFor({over, atRisk, named}),
             QStringLiteral("Over budget: API calls, every space; Lab · At risk: Persons "
                            "storage, every space"));
    QCOMPARE(BudgetAlerts::messageFor({over, atRisk}),
             QStringLiteral("over  API calls, every space: 150 calls in 2026-11 so far, on "
                            "course for 300 by its end (limit 100)\n"
                            "at risk  Persons storage, every space: 90 persons in 2026-11; "
                            "forecast 180 in 2026-11 (ceiling 100)"));
    QVERIFY(BudgetAlerts::titleFor({}).isEmpty());
}

void TestBudgetAlerts::oneNotificationACheck()
{
    QWidget window;
    BudgetAlerts alerts(&window);
    QSignalSpy alerted(&alerts, &BudgetAlerts::alerted);
    alerts.alert({});
    QCOMPARE(alerted.size(), 0);
    alerts.alert({status(1, 100, 150, BudgetStatus::State::Over),
                  status(1, 120, 150, BudgetStatus::State::Over)});
    QCOMPARE(alerted.size(), 1);
    QCOMPARE(alerted.first().first().toString(),
             QStringLiteral("Over budget: API calls, every space; API calls, every space"));
}

QTEST_MAIN(TestBudgetAlerts)
#include "tst_budgetalerts.moc"
