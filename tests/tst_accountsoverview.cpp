#include "core/usage/accountsoverview.h"

#include "tests/overviewrows.h"

#include <QTest>

using namespace neuroio;
using namespace neuroio::testing;

class TestAccountsOverview final : public QObject
{
    Q_OBJECT

private slots:
    void sharesAndTotals();
    void unavailableIsNeverZero();
    void monthsOfTheRange();
};

void TestAccountsOverview::sharesAndTotals()
{
    const AccountsOverview o({answered(11, QStringLiteral("A"), {{1, 300}, {4, 1}}),
                              answered(12, QStringLiteral("B"), {{1, 100}, {4, 3}})},
                             {1, 4});
    QCOMPARE(o.columnTotal(1), 400.0);
    QCOMPARE(o.columnTotal(4), 4.0);
    QCOMPARE(*o.share(0, 1), 75.0);
    QCOMPARE(*o.share(1, 4), 75.0);
    QVERIFY(!o.isIncomplete());
}

void TestAccountsOverview::unavailableIsNeverZero()
{
    const AccountsOverview o({answered(11, QStringLiteral("A"), {{1, 300}}), failed(12),
                              answered(13, QStringLiteral("C"), {{1, 100}})},
                             {1});
    QVERIFY(o.isIncomplete());
    QCOMPARE(o.unavailableCount(), 1);
    QVERIFY(!o.rows()[1].quantity(1).has_value());
    QVERIFY(!o.share(1, 1).has_value());
    QCOMPARE(o.columnTotal(1), 400.0); // of the accounts that answered
    QCOMPARE(*o.share(2, 1), 25.0);
}

void TestAccountsOverview::monthsOfTheRange()
{
    const AccountsOverview o(
        {withMonths(answered(11, QStringLiteral("A"), {{1, 3}}), {{{1, 1}}, {{1, 2}}}),
         answered(12, QStringLiteral("B"), {{1, 3}}),
         withMonths(answered(13, QStringLiteral("C"), {{1, 3}}), {{{1, 3}}}), failed(14)},
        {1}, MonthRange(Month(2025, 12), Month(2026, 1)));
    QCOMPARE(o.months(), (QList<Month>{Month(2025, 12), Month(2026, 1)}));
    QVERIFY(o.hasMonths(0));
    QVERIFY(!o.hasMonths(1));                              // not read
    QVERIFY(!o.hasMonths(2));                              // one short of the range
    QVERIFY(!o.hasMonths(3));                              // unavailable
    QVERIFY(AccountsOverview({}, {1}).months().isEmpty()); // no range: no months
}

QTEST_APPLESS_MAIN(TestAccountsOverview)
#include "tst_accountsoverview.moc"
