#include "core/insights/accountsoverviewcosts.h"
#include "core/usage/accountsoverviewloader.h"
#include "tests/mockdata.h"
#include "tests/readmeprices.h"
#include "tests/testhttpserver.h"

#include <QUrlQuery>

#include <QSignalSpy>
#include <QTest>

using namespace neuroio;
using namespace neuroio::mock;
using namespace neuroio::testing;

class TestAccountsOverviewLoader final : public QObject
{
    Q_OBJECT

private slots:
    void everyAccountsOwnTotals();
    void knownAccountsAreNotListedAgain();
    void accountsListedPageByPage();
    void aFailingAccountIsMarkedNotZero();
    void aNonManagerIsRefused();
    void cancelEndsOnce();
    void monthsPricedFromTheServersOwnMonths();
    void monthsOnlyForAccountsThatAnswered();
    void oneMonthNeedsNoMoreRequests();
    void aFailingMonthMakesItsAccountUnavailable();
    void cancelWhileReadingMonthsEndsOnce();

private:
    struct Run
    {
        AccountsOverview overview;
        ApiError error;
        int listings = 0;
        // Total endpoint requests for one month alone, and for more, by account.
        QMap<qint64, int> singleMonth;
        QMap<qint64, int> severalMonths;
    };
    Run load(MockHttpServer &server, const QString &token,
             const std::optional<QList<Account>> &known = std::nullopt, bool months = false,
             const Filter &range = lastTwelveMonths());
};

namespace {

qint64 accountOf(const QUrl &url)
{
    const QStringList parts = url.path().split(QLatin1Char('/'), Qt::SkipEmptyParts);
    return parts.size() > 2 && parts[1] == QLatin1String("accounts") ? parts[2].toLongLong() : -1;
}

} // namespace

TestAccountsOverviewLoader::Run
TestAccountsOverviewLoader::load(MockHttpServer &server, const QString &token,
                                 const std::optional<QList<Account>> &known, bool months,
                                 const Filter &range)
{
    BillingClient client;
    client.setBaseUrl(server.url());
    client.setToken(token);
    ConnectionLimits limits;
    limits.maxRetries = 0; // a failing account fails at once
    client.setLimits(limits);
    AccountsOverviewLoader loader(&client);
    loader.setReadMonths(months);
    Run run;
    const auto counter
        = connect(&server, &MockHttpServer::requestReceived, this, [&run](const MockRequest &r) {
              run.listings += r.url.path() == QLatin1String("/v1/accounts/");
              if (!r.url.path().endsWith(QLatin1String("/usage/total/")))
                  return;
              const QUrlQuery q(r.url);
              const bool single = q.queryItemValue(QStringLiteral("month_from"))
                                  == q.queryItemValue(QStringLiteral("month_to"));
              ++(single ? run.singleMonth : run.severalMonths)[accountOf(r.url)];
          });
    QSignalSpy finished(&loader, &AccountsOverviewLoader::finished);
    loader.start(queryFor(range), known);
    [&] { QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 15000); }();
    disconnect(counter);
    if (!finished.isEmpty()) {
        run.overview = finished.first().at(0).value<AccountsOverview>();
        run.error = finished.first().at(1).value<ApiError>();
    }
    return run;
}

void TestAccountsOverviewLoader::everyAccountsOwnTotals()
{
    MockHttpServer server(mockOptions());
    QVERIFY(server.start().isOk());
    const Run run = load(server, server.options().managerToken);
    QVERIFY(run.error.isOk());
    const auto managed = server.api().dataset().managedScopes();
    QCOMPARE(run.overview.rows().size(), managed.size());
    // API calls compare totals; storage and licences their level in the range's last month.
    const Filter range = lastTwelveMonths();
    const Filter lastMonth{range.to, range.to, {}, {}};
    for (int type = 1; type <= 4; ++type) {
        double column = 0;
        QCOMPARE(run.overview.comparesLatestLevel(type), type != 1);
        for (qsizetype i = 0; i < managed.size(); ++i) {
            const int row = static_cast<int>(i);
            QCOMPARE(run.overview.rows()[i].account.id, managed[i]->accountId);
            const double own = double(sum(*managed[i], range, type));
            QCOMPARE(*run.overview.rows()[i].quantity(type), own);
            const double latest = double(sum(*managed[i], lastMonth, type));
            QCOMPARE(*run.overview.rows()[i].latestQuantity(type), latest);
            QCOMPARE(*run.overview.compared(row, type), type == 1 ? own : latest);
            if (type != 1)
                QCOMPARE(*run.overview.averageLevel(row, type), own / 12);
            column += type == 1 ? own : latest;
            // Growth: against the server's own total of the 12 months before.
            const Filter before{range.from.addMonths(-12), range.to.addMonths(-12), {}, {}};
            const std::optional<PeriodChange> growth = run.overview.growth(row, type);
            QVERIFY(growth);
            QCOMPARE(growth->earlier, MonthRange(before.from, before.to));
            QCOMPARE(*growth->now, own);
            QCOMPARE(*growth->before, double(sum(*managed[i], before, type)));
        }
        QCOMPARE(run.overview.columnTotal(type), column);
    }
    QVERIFY(!run.overview.isIncomplete());
    QCOMPARE(run.listings, 1);
}

void TestAccountsOverviewLoader::knownAccountsAreNotListedAgain()
{
    MockHttpServer server(mockOptions());
    QVERIFY(server.start().isOk());
    const QList<Account> known{{12, QStringLiteral("Café Lumière SARL")}};
    const Run run = load(server, server.options().managerToken, known);
    QCOMPARE(run.listings, 0);
    QCOMPARE(run.overview.rows().size(), 1);
    QCOMPARE(*run.overview.rows().first().quantity(1),
             double(sum(*server.api().dataset().scope(12), lastTwelveMonths(), 1)));
}

void TestAccountsOverviewLoader::accountsListedPageByPage()
{
    MockOptions o = mockOptions();
    o.accounts = 5;
    o.maxLimit = 2; // the server caps the page: three pages of accounts
    MockHttpServer server(o);
    QVERIFY(server.start().isOk());
    const Run run = load(server, server.options().managerToken);
    QVERIFY(run.error.isOk());
    QCOMPARE(run.listings, 3);
    QCOMPARE(run.overview.rows().size(), 5);
}

void TestAccountsOverviewLoader::aFailingAccountIsMarkedNotZero()
{
    MockOptions o = mockOptions();
    o.failingAccounts = {12};
    MockHttpServer server(o);
    QVERIFY(server.start().isOk());
    const Run run = load(server, server.options().managerToken);
    QVERIFY(run.error.isOk()); // the others still answer
    QCOMPARE(run.overview.unavailableCount(), 1);
    const AccountsOverview::Row &failed = run.overview.rows()[1];
    QCOMPARE(failed.account.id, 12);
    QVERIFY(!failed.isAvailable());
    QVERIFY(!failed.quantity(1)); // unavailable, never 0
    QCOMPARE(failed.error.httpStatus, 500);
    QVERIFY(run.overview.isIncomplete());
    // Not asked again for its earlier months: no growth, and no error for them either.
    QVERIFY(!run.overview.growth(1, 1));
    QVERIFY(failed.earlierError.isOk());
    QVERIFY(run.overview.growth(0, 1));
}

void TestAccountsOverviewLoader::aNonManagerIsRefused()
{
    MockHttpServer server(mockOptions());
    QVERIFY(server.start().isOk());
    const Run run = load(server, server.options().token);
    QVERIFY(run.error.isForbidden());
    QVERIFY(run.overview.rows().isEmpty());
}

void TestAccountsOverviewLoader::cancelEndsOnce()
{
    MockHttpServer slow(mockOptions(500));
    QVERIFY(slow.start().isOk());
    BillingClient client;
    client.setBaseUrl(slow.url());
    client.setToken(slow.options().managerToken);
    AccountsOverviewLoader loader(&client);
    QSignalSpy finished(&loader, &AccountsOverviewLoader::finished);
    loader.start({});
    loader.cancel();
    QCOMPARE(finished.size(), 1);
    QVERIFY(finished.first().at(1).value<ApiError>().isCancelled());
    QTest::qWait(800);
    QCOMPARE(finished.size(), 1);
    QVERIFY(!loader.isRunning());
}

// With the months read, each account's cost is its months' own, each priced on its own: the
// server's sums for each month, priced here in whole cents, and their sum.
void TestAccountsOverviewLoader::monthsPricedFromTheServersOwnMonths()
{
    MockHttpServer server(mockOptions());
    QVERIFY(server.start().isOk());
    const Run run = load(server, server.options().managerToken, std::nullopt, true);
    QVERIFY(run.error.isOk());
    const auto managed = server.api().dataset().managedScopes();
    QCOMPARE(run.overview.rows().size(), managed.size());
    const Filter range = lastTwelveMonths();
    const AccountsOverviewCosts costs = AccountsOverviewCosts::of(run.overview, readmePrices());
    QVERIFY(costs.whyNone().isEmpty());
    qint64 allCents = 0;
    for (qsizetype i = 0; i < managed.size(); ++i) {
        const AccountsOverview::Row &row = run.overview.rows()[i];
        QVERIFY(run.overview.hasMonths(int(i)));
        qint64 cents = 0;
        for (int m = 0; m < 12; ++m) {
            const Month month = range.from.addMonths(m);
            const Filter one{month, month, {}, {}};
            for (int type = 1; type <= 4; ++type) {
                const qint64 own = sum(*managed[i], one, type);
                double answered = 0;
                for (const UsageTotal &t : row.months[m])
                    answered += t.eventType == type ? t.quantity.value_or(0) : 0;
                QCOMPARE(answered, double(own));
                cents += readmeMonthCents(type, own).value_or(0);
            }
        }
        QVERIFY(cents > 0);
        QCOMPARE(costs.cost(int(i))->minor, cents);
        allCents += cents;
        // The last month read is what levels are compared by, without a request of its own.
        const Filter last{range.to, range.to, {}, {}};
        QCOMPARE(*row.latestQuantity(2), double(sum(*managed[i], last, 2)));
        // The range's total, one request per month, and the growth's.
        QCOMPARE(run.severalMonths.value(row.account.id), 2);
        QCOMPARE(run.singleMonth.value(row.account.id), 12);
    }
    QCOMPARE(costs.total()->minor, allCents);
    QVERIFY(run.overview.comparesLatestLevel(2));
}

void TestAccountsOverviewLoader::monthsOnlyForAccountsThatAnswered()
{
    MockOptions o = mockOptions();
    o.failingAccounts = {12};
    MockHttpServer server(o);
    QVERIFY(server.start().isOk());
    const Run run = load(server, server.options().managerToken, std::nullopt, true);
    QVERIFY(run.error.isOk());
    const AccountsOverviewCosts costs = AccountsOverviewCosts::of(run.overview, readmePrices());
    QVERIFY(!run.overview.rows()[1].isAvailable());
    QCOMPARE(run.singleMonth.value(12), 0); // never asked for its months
    QVERIFY(run.overview.rows()[1].months.isEmpty());
    QVERIFY(!costs.cost(1));
    QCOMPARE(costs.total()->minor, costs.cost(0)->minor + costs.cost(2)->minor);
    QCOMPARE(run.singleMonth.value(11), 12);
    // Without a price list, no month alone but the last (a level's).
    const Run plain = load(server, server.options().managerToken);
    QCOMPARE(plain.singleMonth.value(11), 1);
    QVERIFY(plain.overview.rows()[0].months.isEmpty());
}

void TestAccountsOverviewLoader::oneMonthNeedsNoMoreRequests()
{
    MockHttpServer server(mockOptions());
    QVERIFY(server.start().isOk());
    const Filter may{Month(2026, 5), Month(2026, 5), {}, {}};
    const Run run = load(server, server.options().managerToken, std::nullopt, true, may);
    QVERIFY(run.error.isOk());
    const auto managed = server.api().dataset().managedScopes();
    const AccountsOverviewCosts costs = AccountsOverviewCosts::of(run.overview, readmePrices());
    for (qsizetype i = 0; i < managed.size(); ++i) {
        const qint64 id = managed[i]->accountId;
        QCOMPARE(run.singleMonth.value(id), 2); // the month, and the one before for growth
        qint64 cents = 0;
        for (int type = 1; type <= 4; ++type)
            cents += readmeMonthCents(type, sum(*managed[i], may, type)).value_or(0);
        QCOMPARE(costs.cost(int(i))->minor, cents);
    }
}

// An account is available only when every request for it answered: a month that fails takes
// its totals, and its cost, out of every column, and the Total with them.
void TestAccountsOverviewLoader::aFailingMonthMakesItsAccountUnavailable()
{
    TestHttpServer server([](const QByteArray &head) {
        if (head.contains("/accounts/12/") && head.contains("month_from=2026-02&month_to=2026-02"))
            return TestHttpServer::response(500, R"({"detail": "February is down."})");
        // 1,000 calls a month, 3,000 over the three.
        return TestHttpServer::response(
            200, head.contains("month_from=2026-01&month_to=2026-03")
                     ? R"({"results": [{"event_type": 1, "quantity": 3000}]})"
                     : R"({"results": [{"event_type": 1, "quantity": 1000}]})");
    });
    BillingClient client;
    client.setBaseUrl(server.url());
    client.setToken(QStringLiteral("demo-manager-token"));
    ConnectionLimits limits;
    limits.maxRetries = 0;
    client.setLimits(limits);
    AccountsOverviewLoader loader(&client);
    loader.setReadMonths(true);
    QSignalSpy finished(&loader, &AccountsOverviewLoader::finished);
    BillingQuery query;
    query.monthFrom = Month(2026, 1);
    query.monthTo = Month(2026, 3);
    query.eventTypes = {1};
    loader.start(query, QList<Account>{{11, QStringLiteral("A")}, {12, QStringLiteral("B")}});
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 15000);
    const auto overview = finished.first().at(0).value<AccountsOverview>();
    QVERIFY(overview.rows()[0].isAvailable());
    QVERIFY(!overview.rows()[1].isAvailable());
    QCOMPARE(overview.rows()[1].error.httpStatus, 500);
    QVERIFY(overview.rows()[1].months.isEmpty());
    QCOMPARE(overview.columnTotal(1), 3000.0);
    const AccountsOverviewCosts costs = AccountsOverviewCosts::of(overview, readmePrices());
    QCOMPARE(costs.cost(0)->minor, 3 * 40); // 0.40 a month
    QVERIFY(!costs.cost(1));
    QCOMPARE(costs.total()->minor, 120);
    // Not asked again for the growth's months.
    int earlier = 0;
    for (const QByteArray &request : server.requests())
        earlier += request.contains("/accounts/12/") && request.contains("month_from=2025-10");
    QCOMPARE(earlier, 0);
}

void TestAccountsOverviewLoader::cancelWhileReadingMonthsEndsOnce()
{
    MockHttpServer slow(mockOptions(200));
    QVERIFY(slow.start().isOk());
    BillingClient client;
    client.setBaseUrl(slow.url());
    client.setToken(slow.options().managerToken);
    AccountsOverviewLoader loader(&client);
    loader.setReadMonths(true);
    QSignalSpy finished(&loader, &AccountsOverviewLoader::finished);
    QSignalSpy progress(&loader, &AccountsOverviewLoader::progress);
    int months = 0;
    connect(&slow, &MockHttpServer::requestReceived, this, [&](const MockRequest &r) {
        const QUrlQuery q(r.url);
        months += q.queryItemValue(QStringLiteral("month_from"))
                  == q.queryItemValue(QStringLiteral("month_to"));
    });
    loader.start(queryFor(lastTwelveMonths()),
                 QList<Account>{{11, QStringLiteral("A")}, {12, QStringLiteral("B")}});
    QTRY_VERIFY_WITH_TIMEOUT(months > 0, 15000); // the months' pass has begun
    loader.cancel();
    QCOMPARE(finished.size(), 1);
    QVERIFY(finished.first().at(1).value<ApiError>().isCancelled());
    QTest::qWait(600);
    QCOMPARE(finished.size(), 1);
    QVERIFY(!loader.isRunning());
    // Progress counts every request planned: it never passes the accounts.
    for (const QList<QVariant> &p : progress)
        QVERIFY(p.at(0).toInt() <= p.at(1).toInt());
}

QTEST_GUILESS_MAIN(TestAccountsOverviewLoader)
#include "tst_accountsoverviewloader.moc"
