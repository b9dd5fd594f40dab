#include "core/api/billingclient.h"
#include "core/insights/budgetfile.h"
#include "tests/mockdata.h"
#include "ui/budgets/budgetmonitor.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace neuroio;
using namespace neuroio::mock;
using namespace neuroio::testing;
using neuroio::ui::BudgetMonitor;

// The monitor against the local server over loopback: what it reads and writes, and which
// checks say that a budget got worse. The server's months end in the month open now, so a
// limit of 1 call is over and one of 10^15 is ok.
class TestBudgetMonitor final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void noFileIsNoBudgets();
    void aBrokenFileIsNamedAndKeptAsItIs();
    void savesWholeAndReadsBack();
    void saysOnceWhenABudgetGetsWorse();
    void aRecentCheckIsNotRepeatedUnlessForced();
    void eachAccountHasItsOwnPast();
    void anotherSessionStartsAfresh();
    void backBeforeTheOtherAccountsCheckEnds();

private:
    // Checks and waits for the statuses (or, when none should come, a moment); the crossed()
    // signals it raised.
    QList<QList<BudgetStatus>> checkAndWait(std::optional<qint64> account, bool force = true,
                                            bool answers = true);
    static Budget calls(double limit);

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<MockHttpServer> m_server;
    std::unique_ptr<BillingClient> m_client;
    std::unique_ptr<BudgetMonitor> m_monitor;
};

Budget TestBudgetMonitor::calls(double limit)
{
    Budget budget;
    budget.eventType = 1;
    budget.limit = limit;
    return budget;
}

void TestBudgetMonitor::init()
{
    m_server = std::make_unique<MockHttpServer>(endingThisMonth());
    QVERIFY(m_server->start().isOk());
    m_client = std::make_unique<BillingClient>();
    QVERIFY(m_client->setBaseUrl(m_server->url()).isOk());
    m_client->setToken(m_server->options().managerToken);
    m_monitor = std::make_unique<BudgetMonitor>(m_client.get());
    m_path = m_dir.filePath(QStringLiteral("config/budgets.json"));
    QFile::remove(m_path);
}

void TestBudgetMonitor::cleanup()
{
    m_monitor.reset();
    m_client.reset();
    m_server.reset();
}

QList<QList<BudgetStatus>> TestBudgetMonitor::checkAndWait(std::optional<qint64> account,
                                                           bool force, bool answers)
{
    QSignalSpy statuses(m_monitor.get(), &BudgetMonitor::statusesChanged);
    QSignalSpy crossed(m_monitor.get(), &BudgetMonitor::crossed);
    m_monitor->check(account, force);
    QDeadlineTimer deadline(answers ? 10000 : 300);
    while (statuses.isEmpty() && !deadline.hasExpired())
        QTest::qWait(10);
    QTest::qWait(30);
    if (answers != !statuses.isEmpty())
        qWarning("statusesChanged %s", answers ? "never came" : "came unasked");
    QTest::qVerify(answers == !statuses.isEmpty(), "statuses", "", __FILE__, __LINE__);
    QList<QList<BudgetStatus>> said;
    for (const QList<QVariant> &args : std::as_const(crossed))
        said.append(args.first().value<QList<BudgetStatus>>());
    return said;
}

void TestBudgetMonitor::noFileIsNoBudgets()
{
    QSignalSpy changed(m_monitor.get(), &BudgetMonitor::budgetsChanged);
    m_monitor->load(m_path);
    QCOMPARE(changed.size(), 1);
    QVERIFY(m_monitor->budgets().isEmpty());
    QVERIFY(m_monitor->loadError().isOk());
    QVERIFY(checkAndWait(std::nullopt, true, false).isEmpty());
    QVERIFY(m_monitor->statuses().isEmpty());
}

void TestBudgetMonitor::aBrokenFileIsNamedAndKeptAsItIs()
{
    QVERIFY(QDir().mkpath(QFileInfo(m_path).absolutePath()));
    QFile file(m_path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    const QByteArray broken = R"({"format": "neuroio-billing-budgets", "version": 1,
        "budgets": [{"event_type": "api-calls", "limit": -3}]})";
    file.write(broken);
    file.close();
    m_monitor->load(m_path);
    QVERIFY(m_monitor->budgets().isEmpty());
    QVERIFY2(m_monitor->loadError().userMessage().contains(m_path),
             qPrintable(m_monitor->loadError().userMessage()));
    QVERIFY(m_monitor->loadError().userMessage().contains(QStringLiteral("budgets[0].limit")));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), broken);
}

void TestBudgetMonitor::savesWholeAndReadsBack()
{
    m_monitor->load(m_path);
    QSignalSpy changed(m_monitor.get(), &BudgetMonitor::budgetsChanged);
    Budget labs = calls(2500.5);
    labs.name = QStringLiteral("Labs");
    labs.spaceIds = {3, 1};
    QVERIFY(m_monitor->save({labs, calls(10)}).isOk());
    QCOMPARE(changed.size(), 1);
    QCOMPARE(m_monitor->budgets(), (QList<Budget>{labs, calls(10)}));
    QCOMPARE(BudgetFile::read(m_path).value, (QList<Budget>{labs, calls(10)}));

    // A folder in the file's place: the save fails, naming it, and nothing changes.
    BudgetMonitor blocked(m_client.get());
    const QString folder = m_dir.filePath(QStringLiteral("folder.json"));
    QVERIFY(QDir().mkpath(folder));
    blocked.load(folder);
    const ApiError error = blocked.save({calls(1)});
    QCOMPARE(error.kind, ApiError::Kind::WriteFailed);
    QVERIFY(blocked.budgets().isEmpty());
}

void TestBudgetMonitor::saysOnceWhenABudgetGetsWorse()
{
    m_monitor->load(m_path);
    QVERIFY(m_monitor->save({calls(1), calls(1e15)}).isOk());
    // The first check: the tight limit is over (a budget not seen before counts as ok).
    QList<QList<BudgetStatus>> said = checkAndWait(std::nullopt);
    QCOMPARE(m_monitor->statuses().size(), 2);
    QCOMPARE(m_monitor->statuses().at(0).state, BudgetStatus::State::Over);
    QCOMPARE(m_monitor->statuses().at(1).state, BudgetStatus::State::Ok);
    QCOMPARE(said.size(), 1);
    QCOMPARE(said.first().size(), 1);
    QCOMPARE(said.first().first().budget, calls(1));
    // The same again: nothing new to say.
    QVERIFY(checkAndWait(std::nullopt).isEmpty());
    QCOMPARE(m_monitor->statuses().at(0).state, BudgetStatus::State::Over);
    // The loose one made tight: it crosses now; the one still over is not said again.
    QVERIFY(m_monitor->save({calls(1), calls(2)}).isOk());
    said = checkAndWait(std::nullopt);
    QCOMPARE(said.size(), 1);
    QCOMPARE(said.first().size(), 1);
    QCOMPARE(said.first().first().budget, calls(2));
}

void TestBudgetMonitor::aRecentCheckIsNotRepeatedUnlessForced()
{
    m_monitor->load(m_path);
    QVERIFY(m_monitor->save({calls(1)}).isOk());
    int requests = 0;
    connect(m_server.get(), &MockHttpServer::requestReceived, this,
            [&requests](const MockRequest &) { ++requests; });
    checkAndWait(std::nullopt, false);
    const int once = requests;
    QVERIFY(once > 0);
    // Skipped, but the statuses said again, for a dashboard that showed another account.
    const QList<BudgetStatus> before = m_monitor->statuses();
    checkAndWait(std::nullopt, false);
    QCOMPARE(requests, once);
    QCOMPARE(m_monitor->statuses().size(), before.size());
    checkAndWait(std::nullopt, true);
    QCOMPARE(requests, 2 * once);
}

void TestBudgetMonitor::eachAccountHasItsOwnPast()
{
    m_monitor->load(m_path);
    QVERIFY(m_monitor->save({calls(1)}).isOk());
    QCOMPARE(checkAndWait(std::nullopt).size(), 1);
    QCOMPARE(m_monitor->checkedAccount(), std::nullopt);
    // A managed account over the same budget is news of its own.
    const qint64 account = m_server->api().dataset().managedScopes().at(1)->accountId;
    QCOMPARE(checkAndWait(account).size(), 1);
    QCOMPARE(m_monitor->checkedAccount(), std::optional<qint64>(account));
    QVERIFY(checkAndWait(std::nullopt).isEmpty());
}

void TestBudgetMonitor::anotherSessionStartsAfresh()
{
    m_monitor->load(m_path);
    QVERIFY(m_monitor->save({calls(1)}).isOk());
    QCOMPARE(checkAndWait(std::nullopt).size(), 1);
    QSignalSpy statuses(m_monitor.get(), &BudgetMonitor::statusesChanged);
    m_monitor->forgetChecks();
    QCOMPARE(statuses.size(), 1);
    QVERIFY(m_monitor->statuses().isEmpty());
    // The same budget over on the new server is news there, and is checked at once.
    QCOMPARE(checkAndWait(std::nullopt, false).size(), 1);
}

void TestBudgetMonitor::backBeforeTheOtherAccountsCheckEnds()
{
    m_monitor->load(m_path);
    QVERIFY(m_monitor->save({calls(1)}).isOk());
    checkAndWait(std::nullopt);
    const QList<BudgetStatus> own = m_monitor->statuses();
    QCOMPARE(own.size(), 1);
    // Another account's check starts; the dashboard is back on the own usage before it ends.
    QSignalSpy statuses(m_monitor.get(), &BudgetMonitor::statusesChanged);
    const qint64 account = m_server->api().dataset().managedScopes().at(1)->accountId;
    m_monitor->check(account);
    m_monitor->check(std::nullopt);
    // The own usage's states, said again at once; the other account's never come.
    QCOMPARE(statuses.size(), 1);
    QCOMPARE(m_monitor->checkedAccount(), std::nullopt);
    QTest::qWait(500);
    QCOMPARE(statuses.size(), 1);
    QCOMPARE(m_monitor->checkedAccount(), std::nullopt);
    QCOMPARE(m_monitor->statuses().first().actual, own.first().actual);
}

QTEST_GUILESS_MAIN(TestBudgetMonitor)
#include "tst_budgetmonitor.moc"
