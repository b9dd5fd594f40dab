#include "core/export/accountsoverviewtable.h"
#include "core/insights/pricelist.h"
#include "core/usage/accountsoverview.h"

#include "tests/overviewrows.h"

#include <QTest>

using namespace neuroio;
using namespace neuroio::testing;

class TestAccountsOverviewTable final : public QObject
{
    Q_OBJECT

private slots:
    void columnsAndRows();
    void estimatedCosts();
};

void TestAccountsOverviewTable::columnsAndRows()
{
    AccountsOverview::Row growing = answered(11, QStringLiteral("A, Ltd."), {{1, 300}});
    growing.earlier = UsageTotals{UsageTotal{1, 240.0, {}}};
    const AccountsOverview o({growing, failed(12), answered(13, QStringLiteral("New"), {{1, 0}})},
                             {1}, MonthRange(Month(2026, 4), Month(2026, 6)));
    const ExportTable table = accountsOverviewTable(o);
    QCOMPARE(table.columns,
             (QStringList{"account_id", "account_name", "status", "api_calls",
                          "api_calls_share_percent", "api_calls_growth_percent", "error"}));
    const QList<ExportRow> &rows = table.rows;
    QCOMPARE(rows.size(), 4);
    QCOMPARE(rows[0][3].second.number, 300.0);
    QCOMPARE(rows[0][4].second.number, 100.0);
    QCOMPARE(rows[0][5].second.number, 25.0); // 300 against 240 in 2026-01 to 2026-03
    QCOMPARE(rows[1][2].second.text, QStringLiteral("unavailable"));
    QCOMPARE(rows[1][3].second.kind, ExportValue::Kind::Missing); // never 0
    QCOMPARE(rows[1][5].second.kind, ExportValue::Kind::Missing);
    QVERIFY(rows[1][6].second.text.contains(QStringLiteral("Billing is down.")));
    QCOMPARE(rows[2][5].second.kind, ExportValue::Kind::Missing); // no earlier months read
    QCOMPARE(rows[3][1].second.text, QStringLiteral("Total"));
    QCOMPARE(rows[3][2].second.text, QStringLiteral("incomplete"));
    QCOMPARE(rows[3][3].second.number, 300.0);
    QCOMPARE(rows[3][5].second.kind, ExportValue::Kind::Missing);
    // The share of 100% is of the accounts that answered, and the Total row says so.
    QCOMPARE(rows[3][6].second.text,
             QStringLiteral("1 of 3 accounts unavailable; the totals and shares are over the 2 "
                            "that answered"));
}

// With a price list: estimated_cost and currency before the error, amounts as plain text with
// every minor digit, none for an unavailable account, and the Total row their sum.
void TestAccountsOverviewTable::estimatedCosts()
{
    const Result<PriceList> prices = PriceList::fromJson(
        R"({"format": "neuroio-billing-prices", "version": 1, "currency": "JPY",
            "prices": [{"event_type": "api-calls", "per": 1000, "price": "7"}]})");
    QVERIFY(prices.isOk());
    // 1,500 calls in each month at 7 yen a thousand: 10.5 yen, rounded to 11 (JPY has no
    // minor digits), twice: 22, where pricing the 3,000 at once would say 21.
    // 1,000 calls in the first month and none in the second: 7.
    const AccountsOverview o(
        {withMonths(answered(11, QStringLiteral("A"), {{1, 3000}}), {{{1, 1500}}, {{1, 1500}}}),
         failed(12),
         withMonths(answered(13, QStringLiteral("C"), {{1, 1000}}), {{{1, 1000}}, {{1, 0}}})},
        {1}, MonthRange(Month(2026, 4), Month(2026, 5)));
    const ExportTable table = accountsOverviewTable(o, AccountsOverviewCosts::of(o, prices.value));
    QCOMPARE(table.columns, (QStringList{"account_id", "account_name", "status", "api_calls",
                                         "api_calls_share_percent", "api_calls_growth_percent",
                                         "estimated_cost", "currency", "error"}));
    const auto cell = [&](int row, const QString &column) {
        return table.rows[row][table.columns.indexOf(column)].second;
    };
    QCOMPARE(cell(0, "estimated_cost").text, QStringLiteral("22"));
    QCOMPARE(cell(0, "currency").text, QStringLiteral("JPY"));
    QCOMPARE(cell(1, "estimated_cost").kind, ExportValue::Kind::Missing); // never 0
    QCOMPARE(cell(2, "estimated_cost").text, QStringLiteral("7"));
    QCOMPARE(cell(3, "account_name").text, QStringLiteral("Total"));
    QCOMPARE(cell(3, "estimated_cost").text, QStringLiteral("29"));
    QCOMPARE(cell(3, "currency").text, QStringLiteral("JPY"));
    // Without a price list, the columns of before.
    QVERIFY(!accountsOverviewTable(o).columns.contains(QStringLiteral("estimated_cost")));
}

QTEST_APPLESS_MAIN(TestAccountsOverviewTable)
#include "tst_accountsoverviewtable.moc"
