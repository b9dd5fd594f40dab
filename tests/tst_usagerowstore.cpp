#include "core/usage/usagerowstore.h"

#include <QTest>

using namespace neuroio;

// The store must give every row back exactly as it came, however few fields the server sent.
class TestUsageRowStore final : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip_data();
    void roundTrip();
    void spacesAreKeptOnceByIdAndName();
    void extraNamesInTheOrderFirstSeen();
    void clearForgetsEverything();
    void thousandsOfEventTypes();
};

namespace {

UsageRecord fullRow()
{
    UsageRecord r;
    r.id = 9007199254740993LL;
    r.month = Month(2026, 10);
    r.spaceId = 42;
    r.spaceName = QStringLiteral("Lager Süd");
    r.eventType = 3;
    r.quantity = 12.5;
    return r;
}

} // namespace

void TestUsageRowStore::roundTrip_data()
{
    QTest::addColumn<UsageRecord>("record");
    QTest::newRow("every field") << fullRow();
    QTest::newRow("nothing at all") << UsageRecord();
    UsageRecord r = fullRow();
    r.quantity = 0.0;
    QTest::newRow("a quantity of 0 stays sent") << r;
    r = fullRow();
    r.quantity = -0.25;
    r.month = Month(1, 1);
    QTest::newRow("negative quantity, first month") << r;
    r = fullRow();
    r.spaceName.reset();
    QTest::newRow("space id only") << r;
    r = fullRow();
    r.spaceId.reset();
    r.spaceName = QString();
    QTest::newRow("an empty space name, no id") << r;
    r = fullRow();
    r.eventType = 77;
    r.id.reset();
    QTest::newRow("unknown event type, no id") << r;
    r = fullRow();
    r.extras = {{QStringLiteral("region"), QJsonValue(QStringLiteral("eu"))},
                {QStringLiteral("tier"), QJsonValue(2)}};
    QTest::newRow("extras in order") << r;
    r = fullRow();
    r.quantity.reset();
    r.nullFields = {QStringLiteral("quantity")};
    QTest::newRow("a field sent as null") << r;
    r = fullRow();
    r.month = Month(9999, 12);
    QTest::newRow("last month there is") << r;
    r = fullRow();
    r.month = Month(2026, 13);
    QTest::newRow("a month no calendar has") << r;
    r = fullRow();
    r.month = Month();
    r.eventType = -5;
    QTest::newRow("a null month, a negative type") << r;
}

void TestUsageRowStore::roundTrip()
{
    QFETCH(UsageRecord, record);
    UsageRowStore store;
    store.append(fullRow()); // the row under test is not the first
    store.append(record);
    store.append(fullRow());
    QCOMPARE(store.size(), 3);
    QVERIFY(store.record(1) == record);
    QVERIFY(store.record(0) == fullRow());
    QVERIFY(store.record(2) == fullRow());
    QCOMPARE(store.month(1), record.month);
    QCOMPARE(store.eventType(1), record.eventType);
    QCOMPARE(store.quantity(1), record.quantity);
    QCOMPARE(store.extras(1) ? *store.extras(1) : ExtraFields(), record.extras);
    QVERIFY(store.extras(0) == nullptr);
}

void TestUsageRowStore::spacesAreKeptOnceByIdAndName()
{
    UsageRowStore store;
    UsageRecord a = fullRow();
    UsageRecord renamed = fullRow();
    renamed.spaceName = QStringLiteral("Lager Nord"); // same id, another name
    UsageRecord nameOnly = fullRow();
    nameOnly.spaceId.reset();
    UsageRecord none = fullRow();
    none.spaceId.reset();
    none.spaceName.reset();
    QList<UsageRecord> rows;
    for (int i = 0; i < 1000; ++i)
        rows << a << renamed << nameOnly << none;
    store.append(rows);
    QCOMPARE(store.size(), 4000);
    QCOMPARE(store.spaces().size(), 3);
    QCOMPARE(store.spaceIndex(0), 0);
    QCOMPARE(store.spaceIndex(1), 1);
    QCOMPARE(store.spaceIndex(2), 2);
    QCOMPARE(store.spaceIndex(3), -1);
    QCOMPARE(store.spaceIndex(3996), 0);
    QCOMPARE(store.spaces().at(1).name, std::optional<QString>(QStringLiteral("Lager Nord")));
    QCOMPARE(store.spaces().at(2).id, std::optional<qint64>());
    QVERIFY(store.record(3997) == renamed);
    QVERIFY(store.record(3999) == none);
}

void TestUsageRowStore::extraNamesInTheOrderFirstSeen()
{
    UsageRowStore store;
    UsageRecord r = fullRow();
    r.extras = {{QStringLiteral("tier"), QJsonValue(1)}};
    store.append(r);
    store.append(fullRow());
    r.extras = {{QStringLiteral("region"), QJsonValue(QStringLiteral("eu"))},
                {QStringLiteral("tier"), QJsonValue(2)}};
    store.append(r);
    QCOMPARE(store.extraNames(), QStringList({QStringLiteral("tier"), QStringLiteral("region")}));
    QVERIFY(store.extras(1) == nullptr);
    QCOMPARE(store.extras(2)->size(), 2);
}

void TestUsageRowStore::clearForgetsEverything()
{
    UsageRowStore store;
    UsageRecord r = fullRow();
    r.extras = {{QStringLiteral("tier"), QJsonValue(1)}};
    store.append(r);
    store.clear();
    QVERIFY(store.isEmpty());
    QVERIFY(store.spaces().isEmpty());
    QVERIFY(store.extraNames().isEmpty());
    store.append(fullRow());
    QCOMPARE(store.spaceIndex(0), 0);
    QVERIFY(store.extras(0) == nullptr);
}

// Event types share ten bits of a row; past 1023 distinct ones they are kept beside the rows.
void TestUsageRowStore::thousandsOfEventTypes()
{
    UsageRowStore store;
    for (int type = 0; type < 3000; ++type) {
        UsageRecord r = fullRow();
        r.eventType = type * 7 - 1000;
        store.append(r);
    }
    for (int type = 0; type < 3000; ++type) {
        QCOMPARE(store.eventType(type), std::optional<int>(type * 7 - 1000));
        QCOMPARE(store.record(type).eventType, std::optional<int>(type * 7 - 1000));
        QVERIFY(store.extras(type) == nullptr || store.extras(type)->isEmpty());
    }
    QVERIFY(store.extraNames().isEmpty());
}

QTEST_GUILESS_MAIN(TestUsageRowStore)
#include "tst_usagerowstore.moc"
