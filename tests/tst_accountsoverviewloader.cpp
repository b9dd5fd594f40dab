#include "core/usage/accountsoverviewloader.h"
#include "tests/mockdata.h"

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

private:
    struct Run
    {
        AccountsOverview overview;
        ApiError error;
        int listings = 0;
    };
    Run load(MockHttpServer &server, const QString &token,
             const std::optional<QList<Account>> &known = std::nullopt);
};

TestAccountsOverviewLoader::Run
TestAccountsOverviewLoader::load(MockHttpServer &server, const QString &token,
                                 const std::optional<QList<Account>> &known)
{
    BillingClient client;
    client.setBaseUrl(server.url());
    client.setToken(token);
    AccountsOverviewLoader loader(&client);
    Run run;
    const auto counter
        = connect(&server, &MockHttpServer::requestReceived, this, [&run](const MockRequest &r) {
              run.listings += r.url.path() == QLatin1String("/v1/accounts/");
          });
    QSignalSpy finished(&loader, &AccountsOverviewLoader::finished);
    BillingQuery query;
    query.monthFrom = lastTwelveMonths().from;
    query.monthTo = lastTwelveMonths().to;
    loader.start(query, known);
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

QTEST_GUILESS_MAIN(TestAccountsOverviewLoader)
#include "tst_accountsoverviewloader.moc"
