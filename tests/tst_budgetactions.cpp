#include "core/api/billingclient.h"
#include "core/insights/budgetfile.h"
#include "tests/mockdata.h"
#include "ui/budgets/budgetactions.h"
#include "ui/budgets/budgetmonitor.h"
#include "ui/dashboard/dashboardcontroller.h"
#include "ui/dashboard/totalsmodel.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QWidget>

using namespace neuroio;
using namespace neuroio::mock;
using namespace neuroio::testing;
using namespace neuroio::ui;

// Budgets in the window against the local server: checked once the dashboard has loaded, for
// the account it shows, with their states on the tiles' model; again after a switch of
// account; afresh for a new session. A limit of 1 call is over on every account.
class TestBudgetActions final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void statesFollowTheAccountShown();
    void aNewSessionSaysItAgain();

private:
    void show(std::optional<qint64> account);
    QList<BudgetStatus> shown() const { return m_controller->totalsModel()->budgetStatuses(1); }

    QTemporaryDir m_dir;
    std::unique_ptr<MockHttpServer> m_server;
    std::unique_ptr<BillingClient> m_client;
    std::unique_ptr<QWidget> m_window;
    std::unique_ptr<DashboardController> m_controller;
    BudgetActions *m_actions = nullptr; // a child of the window
};

void TestBudgetActions::initTestCase()
{
    m_server = std::make_unique<MockHttpServer>(endingThisMonth());
    QVERIFY(m_server->start().isOk());
}

void TestBudgetActions::init()
{
    m_client = std::make_unique<BillingClient>();
    QVERIFY(m_client->setBaseUrl(m_server->url()).isOk());
    m_client->setToken(m_server->options().managerToken);
    m_window = std::make_unique<QWidget>();
    m_controller = std::make_unique<DashboardController>(m_client.get());
    m_actions = new BudgetActions(m_controller.get(), m_client.get(), m_window.get());
    const QString path = m_dir.filePath(QStringLiteral("budgets.json"));
    Budget calls;
    calls.eventType = 1;
    calls.limit = 1;
    QVERIFY(BudgetFile::write(path, {calls}).isOk());
    m_actions->load(path);
}

void TestBudgetActions::cleanup()
{
    m_controller.reset(); // before the actions that listen to it
    m_window.reset();
    m_client.reset();
}

void TestBudgetActions::show(std::optional<qint64> account)
{
    DashboardFilters filters;
    const Month open = Month::current();
    filters.range = MonthRange(open.addMonths(-1), open);
    filters.eventTypes = {1};
    filters.accountId = account;
    if (m_controller->filters().range.isValid())
        m_controller->setFilters(filters);
    else
        m_controller->start(filters);
}

void TestBudgetActions::statesFollowTheAccountShown()
{
    QSignalSpy crossed(m_actions->monitor(), &BudgetMonitor::crossed);
    show(std::nullopt);
    QTRY_COMPARE_WITH_TIMEOUT(shown().size(), 1, 15000);
    QCOMPARE(shown().first().state, BudgetStatus::State::Over);
    QCOMPARE(crossed.size(), 1);

    // Another account: its own check; the first account's states are not shown on it.
    const qint64 account = m_server->api().dataset().managedScopes().at(1)->accountId;
    show(account);
    QVERIFY(shown().isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(shown().size(), 1, 15000);
    QCOMPARE(m_actions->monitor()->checkedAccount(), std::optional<qint64>(account));

    // Back again within minutes: no new check is needed, but the states come back.
    show(std::nullopt);
    QVERIFY(shown().isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(shown().size(), 1, 15000);
    QCOMPARE(m_actions->monitor()->checkedAccount(), std::nullopt);
}

void TestBudgetActions::aNewSessionSaysItAgain()
{
    QSignalSpy crossed(m_actions->monitor(), &BudgetMonitor::crossed);
    show(std::nullopt);
    QTRY_COMPARE_WITH_TIMEOUT(crossed.size(), 1, 15000);
    // Another server or token: nothing from before is shown, and the budget over there is
    // said again.
    m_actions->sessionOpened();
    m_controller->start(m_controller->filters());
    QVERIFY(shown().isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(crossed.size(), 2, 15000);
    QCOMPARE(shown().size(), 1);
}

QTEST_MAIN(TestBudgetActions)
#include "tst_budgetactions.moc"
