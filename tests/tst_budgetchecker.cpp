#include "core/insights/budgetchecker.h"
#include "tests/mockdata.h"

#include <QDeadlineTimer>
#include <QSet>
#include <QTest>

#include <algorithm>
#include <cmath>

using namespace neuroio;
using namespace neuroio::mock;
using namespace neuroio::testing;

// The checker against the local server over loopback, its data ending in the month open by
// this machine's clock (the server's too): each status must be what BudgetStatus makes of the
// server's own monthly sums, in the budgets' order, whatever spaces each budget names.
class TestBudgetChecker final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void eachBudgetFromTheServersMonths_data();
    void eachBudgetFromTheServersMonths();
    void aManagedAccount();
    void aRefusedTokenEndsOnceWithTheError();
    void cancelEndsOnce();

private:
    struct Run
    {
        QList<QList<BudgetStatus>> statuses;
        QList<ApiError> errors;
    };
    Run check(const QList<Budget> &budgets, std::optional<qint64> accountId = std::nullopt);
    // What BudgetStatus makes of the server's data for budget, as the test reads the data.
    BudgetStatus expected(const Budget &budget, const MockScope &scope) const;

    std::unique_ptr<MockHttpServer> m_server;
    std::unique_ptr<BillingClient> m_client;
    std::unique_ptr<BudgetChecker> m_checker;
};

namespace {

// The same status, but for the projection of a flow, which goes on with the clock: made a few
// milliseconds apart, it may differ in its last digits (and so in its rounding for a person).
bool sameStatus(const BudgetStatus &a, const BudgetStatus &b, QString *why)
{
    const auto close = [](const std::optional<double> &x, const std::optional<double> &y) {
        return x.has_value() == y.has_value()
               && (!x || std::abs(*x - *y) <= 1e-6 * std::max(1.0, std::abs(*y)));
    };
    *why = a.text(QLocale::c()) + QStringLiteral(" | ") + b.text(QLocale::c());
    return a.budget == b.budget && a.state == b.state && a.month == b.month && a.actual == b.actual
           && a.actualMonth == b.actualMonth && a.projectedMonth == b.projectedMonth
           && close(a.projected, b.projected) && a.whyNoProjection == b.whyNoProjection;
}

} // namespace

void TestBudgetChecker::init()
{
    MockOptions options = endingThisMonth();
    options.months = 14;
    m_server = std::make_unique<MockHttpServer>(options);
    QVERIFY(m_server->start().isOk());
    m_client = std::make_unique<BillingClient>();
    QVERIFY(m_client->setBaseUrl(m_server->url()).isOk());
    m_client->setToken(m_server->options().managerToken);
    m_checker = std::make_unique<BudgetChecker>(m_client.get());
}

void TestBudgetChecker::cleanup()
{
    m_checker.reset();
    m_client.reset();
    m_server.reset();
}

TestBudgetChecker::Run TestBudgetChecker::check(const QList<Budget> &budgets,
                                                std::optional<qint64> accountId)
{
    Run run;
    QObject::connect(m_checker.get(), &BudgetChecker::finished, m_checker.get(),
                     [&run](const QList<BudgetStatus> &statuses, const ApiError &error) {
                         run.statuses.append(statuses);
                         run.errors.append(error);
                     });
    const ApiError started = m_checker->start(budgets, accountId);
    if (!started.isOk()) {
        run.errors.append(started);
        return run;
    }
    QDeadlineTimer deadline(10000);
    while (run.errors.isEmpty() && !deadline.hasExpired())
        QTest::qWait(10);
    QTest::qWait(50); // a second finished() would come now
    m_checker->disconnect();
    return run;
}

BudgetStatus TestBudgetChecker::expected(const Budget &budget, const MockScope &scope) const
{
    const QDateTime now = m_client->serverNow();
    const Month open = Month::fromDate(now.toUTC().date());
    QList<MonthlyPoint> closed;
    std::optional<double> openFigure;
    for (int age = BudgetChecker::kClosedMonths; age >= 0; --age) {
        const Month month = open.addMonths(-age);
        const Filter one{month, month, budget.spaceIds, {budget.eventType}};
        const bool any = !rows(scope, one).isEmpty();
        const double quantity = double(sum(scope, one, budget.eventType));
        if (age == 0) {
            if (any)
                openFigure = quantity;
            continue;
        }
        MonthlyPoint point;
        point.month = month;
        point.quantity = quantity;
        point.rows = any ? MonthlyPoint::kCountedByServer : 0;
        closed.append(point);
    }
    return BudgetStatus::of(budget, closed, openFigure, now);
}

void TestBudgetChecker::eachBudgetFromTheServersMonths_data()
{
    QTest::addColumn<QList<Budget>>("budgets");
    MockHttpServer data(endingThisMonth()); // the data the server in init() holds
    const MockScope &own = data.api().dataset().managerScope();
    const qint64 first = own.spaces.first().id;
    const qint64 second = own.spaces.at(1).id;
    const auto budget = [](int type, double limit, QList<qint64> spaces = {}) {
        Budget b;
        b.eventType = type;
        b.limit = limit;
        b.spaceIds = std::move(spaces);
        return b;
    };
    QTest::newRow("one limit on a flow") << QList<Budget>{budget(1, 1e12)};
    QTest::newRow("a tight limit and a loose ceiling")
        << QList<Budget>{budget(1, 1), budget(2, 1e12)};
    QTest::newRow("spaces in any order share one scope")
        << QList<Budget>{budget(3, 1e6, {second, first}), budget(1, 50, {first, second}),
                         budget(4, 2, {first}), budget(1, 1e9)};
    QTest::newRow("a space with no usage") << QList<Budget>{budget(1, 10, {999999})};
}

void TestBudgetChecker::eachBudgetFromTheServersMonths()
{
    QFETCH(QList<Budget>, budgets);
    int requests = 0;
    const auto counter = connect(m_server.get(), &MockHttpServer::requestReceived, this,
                                 [&requests](const MockRequest &) { ++requests; });
    const Run run = check(budgets);
    disconnect(counter);
    // One total per month (the open one and the 12 before) for each set of spaces, whatever
    // order the budgets list them in.
    QSet<QList<qint64>> scopes;
    for (Budget budget : budgets) {
        std::sort(budget.spaceIds.begin(), budget.spaceIds.end());
        scopes.insert(budget.spaceIds);
    }
    QCOMPARE(requests, int(scopes.size()) * (BudgetChecker::kClosedMonths + 1));
    QCOMPARE(run.errors.size(), 1);
    QVERIFY2(run.errors.first().isOk(), qPrintable(run.errors.first().userMessage()));
    const QList<BudgetStatus> &statuses = run.statuses.first();
    QCOMPARE(statuses.size(), budgets.size());
    const MockScope &scope = m_server->api().dataset().managerScope();
    for (qsizetype i = 0; i < budgets.size(); ++i) {
        const BudgetStatus want = expected(budgets[i], scope);
        QCOMPARE(statuses[i].budget, budgets[i]);
        QString why;
        QVERIFY2(sameStatus(statuses[i], want, &why), qPrintable(why));
    }
}

void TestBudgetChecker::aManagedAccount()
{
    const MockScope *account = m_server->api().dataset().managedScopes().at(1);
    Budget calls;
    calls.eventType = 1;
    calls.limit = 1000;
    const Run run = check({calls}, account->accountId);
    QCOMPARE(run.errors.size(), 1);
    QVERIFY2(run.errors.first().isOk(), qPrintable(run.errors.first().userMessage()));
    QString why;
    QVERIFY2(sameStatus(run.statuses.first().first(), expected(calls, *account), &why),
             qPrintable(why));
    // Not the manager's own usage, which differs.
    QVERIFY(expected(calls, *account).actual
            != expected(calls, m_server->api().dataset().managerScope()).actual);
}

void TestBudgetChecker::aRefusedTokenEndsOnceWithTheError()
{
    m_client->setToken(QStringLiteral("not-a-token"));
    Budget calls;
    calls.eventType = 1;
    calls.limit = 1000;
    const Run run = check({calls});
    QCOMPARE(run.errors.size(), 1);
    QVERIFY(run.errors.first().isUnauthorized());
    QVERIFY(run.statuses.first().isEmpty());
}

void TestBudgetChecker::cancelEndsOnce()
{
    Budget calls;
    calls.eventType = 1;
    calls.limit = 1000;
    Run run;
    QObject::connect(m_checker.get(), &BudgetChecker::finished, m_checker.get(),
                     [&run](const QList<BudgetStatus> &statuses, const ApiError &error) {
                         run.statuses.append(statuses);
                         run.errors.append(error);
                     });
    QVERIFY(m_checker->start({calls}, std::nullopt).isOk());
    m_checker->cancel();
    QTest::qWait(200);
    QCOMPARE(run.errors.size(), 1);
    QVERIFY(run.errors.first().isCancelled());
    QVERIFY(!m_checker->isRunning());
    QVERIFY(m_checker->start({}, std::nullopt).kind == ApiError::Kind::InvalidInput);
}

QTEST_GUILESS_MAIN(TestBudgetChecker)
#include "tst_budgetchecker.moc"
