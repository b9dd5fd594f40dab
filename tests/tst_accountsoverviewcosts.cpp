#include "core/insights/accountsoverviewcosts.h"
#include "core/usage/accountsoverview.h"

#include "tests/overviewrows.h"
#include "tests/readmeprices.h"

#include <QTest>

using namespace neuroio;
using namespace neuroio::testing;

class TestAccountsOverviewCosts final : public QObject
{
    Q_OBJECT

private slots:
    void eachAccountsMonthsPricedOnTheirOwn();
    void anUnavailableAccountHasNoCost();
    void withoutMonthsNoCost();
    void aListWithoutAPriceForTheTypesShown();
    void aRangeWithoutBothEnds();
    void tooLargeSaysSo();
};

// At the README's list (tests/readmeprices.h), the figures worked out by hand.
void TestAccountsOverviewCosts::eachAccountsMonthsPricedOnTheirOwn()
{
    const MonthRange range(Month(2026, 1), Month(2026, 2));
    // A: 1,500,000 calls in January: 1,000,000 x 0.40/1000 + 500,000 x 0.25/1000 = 525.00;
    // 1,001 calls in February: 0.4004, rounded to 0.40. Licences 2 and 3: 25.00 + 37.50.
    // Entry storage (3) has no price: it costs nothing, whatever its quantity.
    // 525.00 + 0.40 + 62.50 = 587.90.
    const AccountsOverview::Row a
        = withMonths(answered(11, QStringLiteral("A"), {{1, 1501001}, {3, 900}, {4, 5}}),
                     {{{1, 1500000}, {3, 400}, {4, 2}}, {{1, 1001}, {3, 500}, {4, 3}}});
    // B: a million calls each month: the tiers start again, 400.00 + 400.00 (their sum at
    // once would be 650.00). Persons storage 1,234 and 0: 2.468, rounded to 2.47, and 0.
    // 802.47.
    const AccountsOverview::Row b
        = withMonths(answered(12, QStringLiteral("B"), {{1, 2000000}, {2, 1234}}),
                     {{{1, 1000000}, {2, 1234}}, {{1, 1000000}, {2, 0}}});
    // C: nothing at all in either month: a cost of 0, not none.
    const AccountsOverview::Row c = withMonths(answered(13, QStringLiteral("C"), {}), {{}, {}});
    const AccountsOverview overview({a, b, c}, {1, 2, 3, 4}, range);
    const AccountsOverviewCosts costs = AccountsOverviewCosts::of(overview, readmePrices());
    QVERIFY(costs.whyNone().isEmpty());
    QCOMPARE(costs.currency(), QStringLiteral("EUR"));
    QCOMPARE(costs.cost(0)->minor, 58790);
    QCOMPARE(costs.cost(1)->minor, 80247);
    QCOMPARE(costs.cost(2)->minor, 0);
    QCOMPARE(costs.total()->minor, 58790 + 80247);
    QCOMPARE(costs.total()->currency, QStringLiteral("EUR"));
    QCOMPARE(CostEstimate::plainText(*costs.total()), QStringLiteral("1390.37"));
}

void TestAccountsOverviewCosts::anUnavailableAccountHasNoCost()
{
    // 2,500 calls a month: 1.00 each month.
    const AccountsOverview::Row a
        = withMonths(answered(11, QStringLiteral("A"), {{1, 5000}}), {{{1, 2500}}, {{1, 2500}}});
    const AccountsOverview overview({a, failed(12)}, {1},
                                    MonthRange(Month(2026, 5), Month(2026, 6)));
    const AccountsOverviewCosts costs = AccountsOverviewCosts::of(overview, readmePrices());
    QCOMPARE(costs.cost(0)->minor, 200);
    QVERIFY(!costs.cost(1));             // never 0
    QCOMPARE(costs.total()->minor, 200); // over the account that answered
    QVERIFY(!costs.cost(2));             // no such row
}

void TestAccountsOverviewCosts::withoutMonthsNoCost()
{
    // Its range's total alone cannot be priced month by month, nor can one month short.
    const AccountsOverview overview(
        {answered(11, QStringLiteral("A"), {{1, 5000}}),
         withMonths(answered(12, QStringLiteral("B"), {{1, 5000}}), {{{1, 5000}}})},
        {1}, MonthRange(Month(2026, 5), Month(2026, 6)));
    const AccountsOverviewCosts costs = AccountsOverviewCosts::of(overview, readmePrices());
    QVERIFY(!costs.cost(0));
    QVERIFY(!costs.cost(1));
    QVERIFY(!costs.total());
}

void TestAccountsOverviewCosts::aListWithoutAPriceForTheTypesShown()
{
    const AccountsOverview overview(
        {withMonths(answered(11, QStringLiteral("A"), {{3, 70}}), {{{3, 70}}})}, {3},
        MonthRange(Month(2026, 5), Month(2026, 5)));
    const AccountsOverviewCosts costs = AccountsOverviewCosts::of(overview, readmePrices());
    QVERIFY(!costs.cost(0));
    QVERIFY(!costs.total());
    QCOMPARE(costs.whyNone(),
             QStringLiteral("No costs: your price list has no price for the event types shown."));
}

void TestAccountsOverviewCosts::aRangeWithoutBothEnds()
{
    const AccountsOverview overview({answered(11, QStringLiteral("A"), {{1, 5000}})}, {1});
    const AccountsOverviewCosts costs = AccountsOverviewCosts::of(overview, readmePrices());
    QVERIFY(!costs.cost(0));
    QVERIFY(costs.whyNone().contains(QStringLiteral("no first or no last month")));
}

void TestAccountsOverviewCosts::tooLargeSaysSo()
{
    // Beyond what a cost can be counted for (CostEstimate::kMaxQuantity): too large, and the
    // total with it, never a wrapped figure.
    const AccountsOverview overview(
        {withMonths(answered(11, QStringLiteral("A"), {{4, 1e300}}), {{{4, 1e300}}}),
         withMonths(answered(12, QStringLiteral("B"), {{4, 1}}), {{{4, 1}}})},
        {4}, MonthRange(Month(2026, 5), Month(2026, 5)));
    const AccountsOverviewCosts costs = AccountsOverviewCosts::of(overview, readmePrices());
    QVERIFY(costs.cost(0)->tooLarge);
    QCOMPARE(costs.cost(1)->minor, 1250);
    QVERIFY(costs.total()->tooLarge);
    QCOMPARE(costs.total()->minor, CostEstimate::kTooLarge);
}

QTEST_APPLESS_MAIN(TestAccountsOverviewCosts)
#include "tst_accountsoverviewcosts.moc"
