#include "core/export/accountsoverviewtable.h"
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

QTEST_APPLESS_MAIN(TestAccountsOverviewTable)
#include "tst_accountsoverviewtable.moc"
