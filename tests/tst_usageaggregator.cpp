#include "core/usage/usageaggregator.h"
#include "core/usage/usagerowstore.h"

#include <QTest>

#include <climits>

using namespace neuroio;

namespace {

UsageRecord row(const char *month, qint64 space, int type, double quantity,
                const char *name = nullptr)
{
    UsageRecord r;
    r.month = Month::fromString(QString::fromLatin1(month)).value;
    r.spaceId = space;
    r.spaceName = name ? QString::fromUtf8(name) : QStringLiteral("Space %1").arg(space);
    r.eventType = type;
    r.quantity = quantity;
    return r;
}

} // namespace

class TestUsageAggregator final : public QObject
{
    Q_OBJECT

private slots:
    void monthlyBuckets_data();
    void monthlyBuckets();
    void topNinePlusOthers_data();
    void topNinePlusOthers();
    void levelsUseLastMonth();
    void levelsInAnyRowOrder();
    void searchNarrowsTheSpacesNotTheShares();
    void everySpaceWhenAskedForAll();
    void quantitiesPastIntMax();
    void incompleteRowsAreCountedNotCharted();
    void spacesSeenSortedByName();
    void storedRowsFoldLikeRecords();
};

void TestUsageAggregator::monthlyBuckets_data()
{
    QTest::addColumn<QList<UsageRecord>>("rows");
    QTest::addColumn<bool>("withRange");
    QTest::addColumn<QStringList>("months");
    QTest::addColumn<QList<double>>("quantities");
    QTest::addColumn<QList<int>>("rowCounts");

    QTest::newRow("sums spaces per month")
        << QList<UsageRecord>{row("2026-01", 4, 1, 10), row("2026-01", 5, 1, 5),
                              row("2026-02", 4, 1, 7), row("2026-02", 4, 2, 1000)}
        << false << QStringList{"2026-01", "2026-02"} << QList<double>{15, 7} << QList<int>{2, 1};
    QTest::newRow("range fills empty months") << QList<UsageRecord>{row("2025-12", 4, 1, 3)} << true
                                              << QStringList{"2025-11", "2025-12", "2026-01"}
                                              << QList<double>{0, 3, 0} << QList<int>{0, 1, 0};
    QTest::newRow("gap without range")
        << QList<UsageRecord>{row("2025-11", 4, 1, 1), row("2026-01", 4, 1, 2.5)} << false
        << QStringList{"2025-11", "2025-12", "2026-01"} << QList<double>{1, 0, 2.5}
        << QList<int>{1, 0, 1};
    QTest::newRow("nothing") << QList<UsageRecord>{} << false << QStringList{} << QList<double>{}
                             << QList<int>{};
}

void TestUsageAggregator::monthlyBuckets()
{
    QFETCH(QList<UsageRecord>, rows);
    QFETCH(bool, withRange);
    QFETCH(QStringList, months);
    QFETCH(QList<double>, quantities);
    QFETCH(QList<int>, rowCounts);
    UsageAggregator aggregator;
    if (withRange)
        aggregator.reset(MonthRange(Month(2025, 11), Month(2026, 1)));
    aggregator.add(rows);
    const QList<MonthlyPoint> series = aggregator.monthly(1);
    QStringList gotMonths;
    QList<double> gotQuantities;
    QList<int> gotRows;
    for (const MonthlyPoint &p : series) {
        gotMonths.append(p.month.toString());
        gotQuantities.append(p.quantity);
        gotRows.append(p.rows);
    }
    QCOMPARE(gotMonths, months);
    QCOMPARE(gotQuantities, quantities);
    QCOMPARE(gotRows, rowCounts);
}

void TestUsageAggregator::topNinePlusOthers_data()
{
    QTest::addColumn<int>("spaces");
    QTest::addColumn<int>("expectedItems");
    QTest::addColumn<int>("inOthers");

    QTest::newRow("3 spaces: all shown") << 3 << 3 << 0;
    QTest::newRow("10 spaces: all shown, no Others of one") << 10 << 10 << 0;
    QTest::newRow("11 spaces: 9 + Others of 2") << 11 << 10 << 2;
    QTest::newRow("40 spaces: 9 + Others of 31") << 40 << 10 << 31;
}

void TestUsageAggregator::topNinePlusOthers()
{
    QFETCH(int, spaces);
    QFETCH(int, expectedItems);
    QFETCH(int, inOthers);
    UsageAggregator aggregator;
    double total = 0;
    for (int s = 1; s <= spaces; ++s) {
        aggregator.add(row("2026-01", s, 1, s * 10));
        aggregator.add(row("2026-02", s, 1, s));
        total += s * 11;
    }
    const SpaceBreakdown b = aggregator.breakdown(1);
    QCOMPARE(b.items.size(), expectedItems);
    QCOMPARE(b.total, total);
    QVERIFY(!b.isLevel);
    QCOMPARE(b.items.first().spaceId, std::optional<qint64>(spaces)); // largest first
    QCOMPARE(b.items.first().quantity, double(spaces * 11));
    double percentSum = 0;
    double quantitySum = 0;
    for (const SpaceShare &s : b.items) {
        percentSum += s.percent;
        quantitySum += s.quantity;
        QCOMPARE(s.percent, s.quantity * 100 / total);
    }
    QVERIFY(qFuzzyCompare(percentSum, 100.0));
    QCOMPARE(quantitySum, total);
    QCOMPARE(b.items.last().isOthers, inOthers > 0);
    if (inOthers) {
        QCOMPARE(b.items.last().spacesInOthers, inOthers);
        QCOMPARE(b.items.last().name, QStringLiteral("Others (%1 spaces)").arg(inOthers));
        // Others holds the smallest spaces: 1..inOthers.
        QCOMPARE(b.items.last().quantity, double(11 * inOthers * (inOthers + 1) / 2));
    }
}

void TestUsageAggregator::searchNarrowsTheSpacesNotTheShares()
{
    UsageAggregator aggregator;
    const QStringList names{QStringLiteral("Berlin HQ"), QStringLiteral("Berlin Airport"),
                            QStringLiteral("Rotterdam"), QStringLiteral("東京 Shinjuku")};
    for (int s = 0; s < names.size(); ++s) {
        UsageRecord r = row("2026-01", s + 1, 1, 100 * (s + 1));
        r.spaceName = names[s];
        aggregator.add(r);
    }
    const SpaceBreakdown berlin = aggregator.breakdown(1, 10, QStringLiteral(" berlin "));
    QCOMPARE(berlin.match, QStringLiteral("berlin"));
    QCOMPARE(berlin.spaceCount, 4);
    QCOMPARE(berlin.matchCount, 2);
    QCOMPARE(berlin.items.size(), 2);
    QCOMPARE(berlin.items.at(0).name, QStringLiteral("Berlin Airport"));
    QCOMPARE(berlin.total, 1000.0);
    QCOMPARE(berlin.items.at(0).percent, 20.0); // of every space, not of the matches
    const SpaceBreakdown tokyo = aggregator.breakdown(1, 10, QStringLiteral("東京"));
    QCOMPARE(tokyo.items.size(), 1);
    QCOMPARE(tokyo.items.at(0).percent, 40.0);
    QCOMPARE(aggregator.breakdown(1, 10, QStringLiteral("Paris")).items.size(), 0);
}

void TestUsageAggregator::everySpaceWhenAskedForAll()
{
    UsageAggregator aggregator;
    for (int s = 1; s <= 500; ++s)
        aggregator.add(row("2026-01", s, 1, s));
    const SpaceBreakdown all = aggregator.breakdown(1, INT_MAX);
    QCOMPARE(all.items.size(), 500);
    QVERIFY(!all.items.last().isOthers);
    const SpaceBreakdown top20 = aggregator.breakdown(1, 20);
    QCOMPARE(top20.items.size(), 21);
    QCOMPARE(top20.items.last().name, QStringLiteral("Others (480 spaces)"));
}

void TestUsageAggregator::quantitiesPastIntMax()
{
    // Quantities are 64-bit counts: rows of INT_MAX add up past it, exactly, in the monthly
    // series, the sums and the report's every-space breakdown (whose topSpaces is INT_MAX).
    // Under ./dev test --sanitize, int arithmetic anywhere on this path would stop the test.
    const double intMax = INT_MAX;
    const double twoTo40 = 1099511627776.0;
    UsageAggregator aggregator;
    aggregator.add(row("2026-01", 4, 1, intMax));
    aggregator.add(row("2026-01", 4, 1, 1));
    aggregator.add(row("2026-01", 5, 1, intMax));
    aggregator.add(row("2026-02", 4, 1, twoTo40));
    const QList<MonthlyPoint> series = aggregator.monthly(1);
    QCOMPARE(series.size(), 2);
    QCOMPARE(series[0].quantity, 4294967295.0);
    QCOMPARE(series[1].quantity, twoTo40);
    QCOMPARE(aggregator.sums().value(1), 1103806595071.0);
    const SpaceBreakdown all = aggregator.breakdown(1, INT_MAX);
    QCOMPARE(all.items.size(), 2);
    QVERIFY(!all.items.last().isOthers);
    QCOMPARE(all.items[0].quantity, 1101659111424.0);
    QCOMPARE(all.items[1].quantity, intMax);
    QCOMPARE(all.total, 1103806595071.0);
    const SpaceBreakdown one = aggregator.breakdown(1, 0);
    QCOMPARE(one.items.size(), 1);
    QVERIFY(one.items[0].isOthers);
    QCOMPARE(one.items[0].quantity, 1103806595071.0);
}

void TestUsageAggregator::levelsUseLastMonth()
{
    UsageAggregator aggregator;
    aggregator.add(row("2026-01", 4, 2, 100, "Berlin HQ"));
    aggregator.add(row("2026-02", 4, 2, 120, "Berlin HQ"));
    aggregator.add(row("2026-01", 5, 2, 900, "Zürich Lab")); // gone by February
    aggregator.add(row("2026-02", 6, 2, 40, "Łódź Depot"));
    const SpaceBreakdown b = aggregator.breakdown(2);
    QVERIFY(b.isLevel);
    QCOMPARE(b.asOf, Month(2026, 2));
    QCOMPARE(b.total, 160.0);
    QCOMPARE(b.items.size(), 2);
    QCOMPARE(b.items[0].name, QStringLiteral("Berlin HQ"));
    QCOMPARE(b.items[0].percent, 75.0);
    QCOMPARE(b.items[1].percent, 25.0);
}

// The server may send months in any order, and a space twice in a month (two rows of one
// level): the breakdown's level is still the sum of the space's rows in the last month.
void TestUsageAggregator::levelsInAnyRowOrder()
{
    UsageAggregator aggregator;
    aggregator.add(row("2026-03", 4, 2, 50, "Berlin HQ"));
    aggregator.add(row("2026-01", 4, 2, 999, "Berlin HQ")); // older: not the level
    aggregator.add(row("2026-03", 4, 2, 25, "Berlin HQ"));  // the same month again: added
    aggregator.add(row("2026-02", 5, 2, 500, "Zürich Lab"));
    aggregator.add(row("2026-03", 6, 2, 25, "Łódź Depot"));
    aggregator.add(row("2026-02", 6, 2, 700, "Łódź Depot"));
    const SpaceBreakdown b = aggregator.breakdown(2);
    QCOMPARE(b.asOf, Month(2026, 3));
    QCOMPARE(b.items.size(), 2);
    QCOMPARE(b.items[0].name, QStringLiteral("Berlin HQ"));
    QCOMPARE(b.items[0].quantity, 75.0);
    QCOMPARE(b.items[1].quantity, 25.0);
    QCOMPARE(b.total, 100.0);
    QCOMPARE(aggregator.breakdown(2).spaceCount, 2); // Zürich has no level in 2026-03
}

void TestUsageAggregator::incompleteRowsAreCountedNotCharted()
{
    UsageAggregator aggregator;
    UsageRecord noQuantity = row("2026-01", 4, 1, 0);
    noQuantity.quantity.reset();
    UsageRecord noType = row("2026-01", 4, 1, 5);
    noType.eventType.reset();
    aggregator.add({noQuantity, noType, row("2026-01", 4, 1, 7)});
    QCOMPARE(aggregator.rowsAdded(), 3);
    QCOMPARE(aggregator.rowsSkipped(), 2);
    QCOMPARE(aggregator.sums().value(1), 7.0);
    QCOMPARE(aggregator.monthly(1).first().rows, 1);
}

void TestUsageAggregator::spacesSeenSortedByName()
{
    UsageAggregator aggregator;
    aggregator.add(row("2026-01", 9, 1, 1, "Zürich Lab"));
    aggregator.add(row("2026-01", 4, 3, 1, "Berlin HQ"));
    aggregator.add(row("2026-02", 9, 2, 1, "Zürich Lab"));
    const QList<Space> spaces = aggregator.spacesSeen();
    QCOMPARE(spaces.size(), 2);
    QCOMPARE(spaces[0].name, QStringLiteral("Berlin HQ"));
    QCOMPARE(aggregator.eventTypesSeen(), (QList<int>{1, 2, 3}));
}

// The dashboard folds rows where the store keeps them: every figure must be what folding the
// same records gives, including spaces without an id, renamed spaces and incomplete rows.
void TestUsageAggregator::storedRowsFoldLikeRecords()
{
    QList<UsageRecord> records;
    for (int m = 0; m < 5; ++m) {
        const QByteArray month = Month(2026, 1).addMonths(m).toString().toLatin1();
        for (int space = 1; space <= 7; ++space) {
            for (int type : {1, 3, 60, 700})
                records.append(row(month.constData(), space, type, space * 10 + type + m));
        }
    }
    // Renamed in a later month: the last name a row gave wins.
    records.append(row("2026-05", 2, 1, 5, "Renamed two"));
    records.append(row("2026-05", 2, 3, 5, "Renamed two"));
    UsageRecord noId = row("2026-03", 0, 1, 9, "Only a name");
    noId.spaceId.reset();
    records.append(noId);
    UsageRecord noSpace = row("2026-04", 0, 3, 11);
    noSpace.spaceId.reset();
    noSpace.spaceName.reset();
    records.append(noSpace);
    UsageRecord noQuantity = row("2026-02", 8, 1, 0, "Counted, not charted");
    noQuantity.quantity.reset();
    records.append(noQuantity);
    UsageRecord noType = row("2026-02", 0, 1, 4, "Nameless type");
    noType.spaceId.reset();
    noType.eventType.reset();
    records.append(noType);

    UsageAggregator fromRecords;
    fromRecords.reset(MonthRange(Month(2026, 1), Month(2026, 5)));
    fromRecords.add(records);
    UsageRowStore store;
    UsageAggregator fromStore;
    fromStore.reset(MonthRange(Month(2026, 1), Month(2026, 5)));
    // In pieces, as pages and cached months arrive.
    for (qsizetype first = 0; first < records.size(); first += 17) {
        const qsizetype before = store.size();
        store.append(records.mid(first, 17));
        fromStore.add(store, before, store.size());
    }

    QCOMPARE(fromStore.rowsAdded(), fromRecords.rowsAdded());
    QCOMPARE(fromStore.rowsSkipped(), fromRecords.rowsSkipped());
    QCOMPARE(fromStore.rowsSkipped(), 2);
    QCOMPARE(fromStore.eventTypesSeen(), fromRecords.eventTypesSeen());
    QCOMPARE(fromStore.sums(), fromRecords.sums());
    QCOMPARE(fromStore.spacesSeen(), fromRecords.spacesSeen());
    for (int type : fromRecords.eventTypesSeen()) {
        const QList<MonthlyPoint> a = fromStore.monthly(type);
        const QList<MonthlyPoint> b = fromRecords.monthly(type);
        QCOMPARE(a.size(), b.size());
        for (qsizetype i = 0; i < a.size(); ++i) {
            QCOMPARE(a[i].month, b[i].month);
            QCOMPARE(a[i].quantity, b[i].quantity);
            QCOMPARE(a[i].rows, b[i].rows);
        }
        const SpaceBreakdown x = fromStore.breakdown(type, INT_MAX);
        const SpaceBreakdown y = fromRecords.breakdown(type, INT_MAX);
        QCOMPARE(x.items.size(), y.items.size());
        for (qsizetype i = 0; i < x.items.size(); ++i) {
            QCOMPARE(x.items[i].spaceId, y.items[i].spaceId);
            QCOMPARE(x.items[i].name, y.items[i].name);
            QCOMPARE(x.items[i].quantity, y.items[i].quantity);
        }
    }
    const SpaceBreakdown calls = fromStore.breakdown(1, INT_MAX);
    QVERIFY(std::any_of(calls.items.cbegin(), calls.items.cend(), [](const SpaceShare &s) {
        return s.name == QStringLiteral("Renamed two");
    }));
    QVERIFY(std::any_of(calls.items.cbegin(), calls.items.cend(), [](const SpaceShare &s) {
        return !s.spaceId && s.name == QStringLiteral("Only a name");
    }));
}

QTEST_APPLESS_MAIN(TestUsageAggregator)
#include "tst_usageaggregator.moc"
