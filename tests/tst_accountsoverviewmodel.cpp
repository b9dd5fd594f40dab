#include "core/insights/pricelist.h"
#include "ui/accounts/accountsoverviewmodel.h"
#include "ui/widgets/modelroles.h"
#include "ui/widgets/totallastproxymodel.h"

#include <QAbstractItemModelTester>
#include <QTest>

#include <tuple>

using namespace neuroio;
using namespace neuroio::ui;

class TestAccountsOverviewModel final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }
    void cellsAndTotalRow();
    void sortingKeepsTotalLast();
    void levelsCompareTheLatestMonth();
    void estimatedCostColumn();
    void sortingByCost();
    void costsThatCannotBe();

private:
    static AccountsOverview overview();
    static AccountsOverview pricedOverview();
    static PriceList prices();
};

// API calls per 1000: 0.40 up to a million calls in a month, 0.25 after.
PriceList TestAccountsOverviewModel::prices()
{
    const Result<PriceList> list = PriceList::fromJson(
        R"({"format": "neuroio-billing-prices", "version": 1, "currency": "EUR",
            "prices": [{"event_type": "api-calls", "per": 1000,
                        "tiers": [{"up_to": 1000000, "price": "0.40"}, {"price": "0.25"}]}]})");
    if (!list.isOk())
        qFatal("%s", qPrintable(list.error.userMessage()));
    return list.value;
}

// Zeta made more calls than Alpha, but in one month, where the cheaper tier starts sooner:
// 1,000,000 x 0.40/1000 + 600,000 x 0.25/1000 = 550.00, against Alpha's 750,000 a month,
// 300.00 twice = 600.00. Mu made none: 0.00.
AccountsOverview TestAccountsOverviewModel::pricedOverview()
{
    QList<AccountsOverview::Row> rows;
    const QList<std::tuple<QString, double, double>> accounts{
        {QStringLiteral("Zeta"), 1600000, 0},
        {QStringLiteral("Alpha"), 750000, 750000},
        {QStringLiteral("Mu"), 0, 0}};
    qint64 id = 11;
    for (const auto &[name, first, second] : accounts) {
        AccountsOverview::Row r;
        r.account = Account{id++, name};
        r.totals = UsageTotals{UsageTotal{1, first + second, {}}};
        r.months = {UsageTotals{UsageTotal{1, first, {}}}, UsageTotals{UsageTotal{1, second, {}}}};
        rows.append(r);
    }
    AccountsOverview::Row broken;
    broken.account = Account{99, QStringLiteral("Broken")};
    broken.error.kind = ApiError::Kind::Network;
    broken.error.message = QStringLiteral("connection reset");
    rows.append(broken);
    return AccountsOverview(rows, {1}, MonthRange(Month(2026, 1), Month(2026, 2)));
}

AccountsOverview TestAccountsOverviewModel::overview()
{
    QList<AccountsOverview::Row> rows;
    const QList<std::pair<QString, double>> accounts{
        {QStringLiteral("Zeta"), 1000}, {QStringLiteral("Alpha"), 3000}, {QStringLiteral("Mu"), 0}};
    qint64 id = 11;
    for (const auto &a : accounts) {
        AccountsOverview::Row r;
        r.account = Account{id++, a.first};
        r.totals = UsageTotals{UsageTotal{1, a.second, {}}};
        rows.append(r);
    }
    // Growth against the six months before: Zeta from 800, Alpha's earlier months unread, Mu
    // from nothing to nothing.
    rows[0].earlier = UsageTotals{UsageTotal{1, 800.0, {}}};
    rows[1].earlierError.kind = ApiError::Kind::Timeout;
    rows[1].earlierError.message = QStringLiteral("the server sent nothing for 30 s");
    rows[2].earlier = UsageTotals{UsageTotal{1, 0.0, {}}};
    AccountsOverview::Row broken;
    broken.account = Account{99, QStringLiteral("Broken")};
    broken.error.kind = ApiError::Kind::Network;
    broken.error.message = QStringLiteral("connection reset");
    broken.error.endpoint = QStringLiteral("GET /v1/accounts/99/billing/usage/total/");
    rows.append(broken);
    return AccountsOverview(rows, {1}, MonthRange(Month(2026, 1), Month(2026, 6)));
}

void TestAccountsOverviewModel::cellsAndTotalRow()
{
    AccountsOverviewModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setOverview(overview());
    QCOMPARE(model.rowCount(), 5);
    QCOMPARE(model.columnCount(), 4);
    QCOMPARE(model.headerData(1, Qt::Horizontal).toString(), QStringLiteral("API calls"));
    QCOMPARE(model.headerData(2, Qt::Horizontal).toString(), QStringLiteral("Share"));
    QCOMPARE(model.index(1, 0).data().toString(), QStringLiteral("Alpha (12)"));
    QCOMPARE(model.index(1, 1).data().toString(), QStringLiteral("3,000"));
    QCOMPARE(model.index(1, 2).data().toString(), QString::fromUtf8("75.0\u202f%"));
    QCOMPARE(model.index(3, 1).data().toString(), QStringLiteral("unavailable"));
    QVERIFY(model.index(3, 1)
                .data(Qt::ToolTipRole)
                .toString()
                .contains(QStringLiteral("connection reset")));
    QVERIFY(!model.index(3, 1).data(RawValueRole).isValid());
    QCOMPARE(model.index(4, 0).data().toString(),
             QStringLiteral("Total (incomplete: 1 unavailable)"));
    QCOMPARE(model.index(4, 1).data().toString(), QStringLiteral("4,000"));
    QVERIFY(model.index(4, 0).data(IsTotalRole).toBool());
    QCOMPARE(model.index(0, 0).data(AccountIdRole).toLongLong(), 11);

    // Growth: in words and signs, the percent to sort by, never 0 % for nothing.
    QCOMPARE(model.headerData(3, Qt::Horizontal).toString(), QStringLiteral("Growth"));
    QVERIFY(model.headerData(3, Qt::Horizontal, Qt::ToolTipRole)
                .toString()
                .contains(QStringLiteral("2025-07 to 2025-12")));
    QCOMPARE(model.index(0, 3).data().toString(), QString::fromUtf8("+25.0\u202f%"));
    QCOMPARE(model.index(0, 3).data(RawValueRole).toDouble(), 25.0);
    QCOMPARE(model.index(0, 3).data(Qt::ToolTipRole).toString(),
             QString::fromUtf8("+25.0\u202f% (+200 calls) against 2025-07 to 2025-12"));
    QCOMPARE(model.index(1, 3).data().toString(), QStringLiteral("unknown"));
    QVERIFY(model.index(1, 3)
                .data(Qt::ToolTipRole)
                .toString()
                .contains(QStringLiteral("nothing for 30 s")));
    QCOMPARE(model.index(2, 3).data().toString(), QStringLiteral("none, as before"));
    QVERIFY(!model.index(2, 3).data(RawValueRole).isValid());
    QCOMPARE(model.index(3, 3).data().toString(), QString()); // unavailable: said once
    QCOMPARE(model.index(4, 3).data().toString(), QString());
}

void TestAccountsOverviewModel::sortingKeepsTotalLast()
{
    AccountsOverviewModel model;
    model.setOverview(overview());
    TotalLastProxyModel proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setSourceModel(&model);
    const auto names = [&] {
        QStringList list;
        for (int r = 0; r < proxy.rowCount(); ++r)
            list.append(proxy.index(r, 0).data(RawValueRole).toString());
        return list;
    };
    proxy.sort(1, Qt::DescendingOrder);
    QCOMPARE(names(),
             (QStringList{"Alpha", "Zeta", "Mu", "Broken", "Total (incomplete: 1 unavailable)"}));
    proxy.sort(1, Qt::AscendingOrder);
    QCOMPARE(names(),
             (QStringList{"Broken", "Mu", "Zeta", "Alpha", "Total (incomplete: 1 unavailable)"}));
    proxy.sort(0, Qt::AscendingOrder);
    QCOMPARE(names().first(), QStringLiteral("Alpha"));
    QCOMPARE(names().last(), QStringLiteral("Total (incomplete: 1 unavailable)"));
}

// Storage is a level: accounts are compared by their level in the range's last month, and the
// total endpoint's unit-months and the average level are one hover away.
void TestAccountsOverviewModel::levelsCompareTheLatestMonth()
{
    QList<AccountsOverview::Row> rows;
    for (const auto &[id, total, latest] :
         QList<std::tuple<qint64, double, double>>{{11, 1200, 110}, {12, 360, 30}}) {
        AccountsOverview::Row r;
        r.account = Account{id, QStringLiteral("Account %1").arg(id)};
        r.totals = UsageTotals{UsageTotal{2, total, {}}};
        r.latest = UsageTotals{UsageTotal{2, latest, {}}};
        rows.append(r);
    }
    AccountsOverviewModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setOverview(AccountsOverview(rows, {2}, MonthRange(Month(2025, 11), Month(2026, 10))));
    QCOMPARE(model.headerData(1, Qt::Horizontal).toString(),
             QStringLiteral("Persons storage in 2026-10"));
    QCOMPARE(model.index(0, 1).data().toString(), QStringLiteral("110"));
    QCOMPARE(model.index(0, 2).data(RawValueRole).toDouble(), 110.0 * 100 / 140);
    QCOMPARE(model.index(0, 1).data(Qt::ToolTipRole).toString(),
             QStringLiteral("110 persons in 2026-10 · average 100 · 1,200 person-months over "
                            "2025-11 to 2026-10"));
    QCOMPARE(model.index(2, 1).data().toString(), QStringLiteral("140"));
}

void TestAccountsOverviewModel::estimatedCostColumn()
{
    AccountsOverviewModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const AccountsOverview o = pricedOverview();
    model.setOverview(o, AccountsOverviewCosts::of(o, prices()));
    QCOMPARE(model.columnCount(), 5); // account, calls, share, growth, cost
    QCOMPARE(model.costColumn(), 4);
    QVERIFY(!model.isShareColumn(4) && !model.isGrowthColumn(4));
    QCOMPARE(model.headerData(4, Qt::Horizontal).toString(),
             QStringLiteral("Estimated cost (from your price list)"));
    QVERIFY(model.headerData(4, Qt::Horizontal, Qt::ToolTipRole)
                .toString()
                .startsWith(QStringLiteral("An estimate from your price list (EUR), not a bill")));
    QCOMPARE(model.index(0, 4).data().toString(), QStringLiteral("€550.00"));
    QCOMPARE(model.index(0, 4).data(RawValueRole).toLongLong(), 55000);
    QCOMPARE(model.index(1, 4).data().toString(), QStringLiteral("€600.00"));
    QCOMPARE(model.index(2, 4).data().toString(), QStringLiteral("€0.00"));
    QCOMPARE(model.index(1, 4).data(Qt::ToolTipRole).toString(),
             QStringLiteral("€600.00 over 2026-01 to 2026-02: an estimate from your price list, "
                            "not a bill"));
    // Unavailable: no cost, never 0, and why.
    QCOMPARE(model.index(3, 4).data().toString(), QString());
    QVERIFY(!model.index(3, 4).data(RawValueRole).isValid());
    QVERIFY(model.index(3, 4)
                .data(Qt::ToolTipRole)
                .toString()
                .contains(QStringLiteral("connection reset")));
    // The Total: the accounts that answered.
    QCOMPARE(model.index(4, 4).data().toString(), QStringLiteral("€1,150.00"));
    QVERIFY(
        model.index(4, 4)
            .data(Qt::ToolTipRole)
            .toString()
            .contains(QStringLiteral("all accounts together: an estimate from your price list")));
    // The other columns are as they were.
    QCOMPARE(model.index(0, 1).data().toString(), QStringLiteral("1,600,000"));
    // Without a price list, no cost column.
    model.setOverview(o);
    QCOMPARE(model.columnCount(), 4);
    QCOMPARE(model.costColumn(), -1);
}

void TestAccountsOverviewModel::sortingByCost()
{
    AccountsOverviewModel model;
    const AccountsOverview o = pricedOverview();
    model.setOverview(o, AccountsOverviewCosts::of(o, prices()));
    TotalLastProxyModel proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setSourceModel(&model);
    const auto names = [&] {
        QStringList list;
        for (int r = 0; r < proxy.rowCount(); ++r)
            list.append(proxy.index(r, 0).data(RawValueRole).toString());
        return list;
    };
    proxy.sort(1, Qt::DescendingOrder); // by calls
    QCOMPARE(names().mid(0, 2), (QStringList{"Zeta", "Alpha"}));
    proxy.sort(4, Qt::DescendingOrder); // by cost: the fewer calls cost more
    QCOMPARE(names(),
             (QStringList{"Alpha", "Zeta", "Mu", "Broken", "Total (incomplete: 1 unavailable)"}));
    proxy.sort(4, Qt::AscendingOrder);
    QCOMPARE(names(),
             (QStringList{"Broken", "Mu", "Zeta", "Alpha", "Total (incomplete: 1 unavailable)"}));
}

void TestAccountsOverviewModel::costsThatCannotBe()
{
    AccountsOverviewModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    // Entry storage only, which the list does not price: the column says why, with no figure.
    AccountsOverview::Row r;
    r.account = Account{11, QStringLiteral("A")};
    r.totals = UsageTotals{UsageTotal{3, 70.0, {}}};
    r.months = {*r.totals};
    const AccountsOverview o({r}, {3}, MonthRange(Month(2026, 1), Month(2026, 1)));
    model.setOverview(o, AccountsOverviewCosts::of(o, prices()));
    QCOMPARE(model.columnCount(), 5);
    QCOMPARE(model.index(0, 4).data().toString(), QString());
    QCOMPARE(model.index(1, 4).data().toString(), QString());
    const QString why
        = QStringLiteral("No costs: your price list has no price for the event types shown.");
    QCOMPARE(model.index(0, 4).data(Qt::ToolTipRole).toString(), why);
    QCOMPARE(model.headerData(4, Qt::Horizontal, Qt::ToolTipRole).toString(), why);
}

QTEST_MAIN(TestAccountsOverviewModel)
#include "tst_accountsoverviewmodel.moc"
