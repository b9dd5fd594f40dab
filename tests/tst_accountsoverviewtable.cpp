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
    const AccountsOverview o({answered(11, QStringLiteral("A, Ltd."), {{1, 300}}), failed(12)}, {1});
    const ExportTable table = accountsOverviewTable(o);
    QCOMPARE(table.columns, (QStringList{"account_id", "account_name", "status", "api_calls",
                                         "api_calls_share_percent", "error"}));
    const QList<ExportRow> &rows = table.rows;
    QCOMPARE(rows.size(), 3);
    QCOMPARE(rows[0][3].second.number, 300.0);
    QCOMPARE(rows[0][4].second.number, 100.0);
    QCOMPARE(rows[1][2].second.text, QStringLiteral("unavailable"));
    QCOMPARE(rows[1][3].second.kind, ExportValue::Kind::Missing); // never 0
    QVERIFY(rows[1][5].second.text.contains(QStringLiteral("Billing is down.")));
    QCOMPARE(rows[2][1].second.text, QStringLiteral("Total"));
    QCOMPARE(rows[2][2].second.text, QStringLiteral("incomplete"));
    QCOMPARE(rows[2][3].second.number, 300.0);
    // The share of 100% is of the one account that answered, and the Total row says so.
    QCOMPARE(rows[2][5].second.text,
             QStringLiteral("1 of 2 accounts unavailable; the totals and shares are over the 1 "
                            "that answered"));
}

QTEST_APPLESS_MAIN(TestAccountsOverviewTable)
#include "tst_accountsoverviewtable.moc"
