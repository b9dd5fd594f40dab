#include "core/usage/accountsoverview.h"

#include <QTest>

using namespace neuroio;

namespace {

AccountsOverview::Row row(qint64 id, const QString &name, QList<std::pair<int, double>> totals)
{
    AccountsOverview::Row r;
    r.account = Account{id, name};
    UsageTotals list;
    for (const auto &t : totals)
        list.append(UsageTotal{t.first, t.second, {}});
    r.totals = list;
    return r;
}

AccountsOverview::Row failed(qint64 id)
{
    AccountsOverview::Row r;
    r.account = Account{id, QStringLiteral("Broken")};
    r.error.kind = ApiError::Kind::HttpStatus;
    r.error.httpStatus = 500;
    r.error.message = QStringLiteral("Billing is down.");
    r.error.endpoint = QStringLiteral("GET /v1/accounts/%1/billing/usage/total/").arg(id);
    return r;
}

} // namespace

class TestAccountsOverview final : public QObject
{
    Q_OBJECT

private slots:
    void sharesAndTotals();
    void unavailableIsNeverZero();
};

void TestAccountsOverview::sharesAndTotals()
{
    const AccountsOverview o({row(11, QStringLiteral("A"), {{1, 300}, {4, 1}}),
                              row(12, QStringLiteral("B"), {{1, 100}, {4, 3}})},
                             {1, 4});
    QCOMPARE(o.columnTotal(1), 400.0);
    QCOMPARE(o.columnTotal(4), 4.0);
    QCOMPARE(*o.share(0, 1), 75.0);
    QCOMPARE(*o.share(1, 4), 75.0);
    QVERIFY(!o.isIncomplete());
}

void TestAccountsOverview::unavailableIsNeverZero()
{
    const AccountsOverview o({row(11, QStringLiteral("A"), {{1, 300}}), failed(12),
                              row(13, QStringLiteral("C"), {{1, 100}})},
                             {1});
    QVERIFY(o.isIncomplete());
    QCOMPARE(o.unavailableCount(), 1);
    QVERIFY(!o.rows()[1].quantity(1).has_value());
    QVERIFY(!o.share(1, 1).has_value());
    QCOMPARE(o.columnTotal(1), 400.0); // of the accounts that answered
    QCOMPARE(*o.share(2, 1), 25.0);
}

QTEST_APPLESS_MAIN(TestAccountsOverview)
#include "tst_accountsoverview.moc"
