#include "core/usage/usagesort.h"

#include <QTest>

using namespace neuroio;
using Field = UsageSortKey::Field;

Q_DECLARE_METATYPE(neuroio::UsageSortKey)

// Rows are named by letters in the server's order; a sort is spelled as the letters it gives.
class TestUsageSort final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }
    void order_data();
    void order();
    void aHundredThousandRowsStayWhole();
    void namesThatReadTheSameKeepServerOrder();

private:
    static QList<UsageRecord> rows();
};

QList<UsageRecord> TestUsageSort::rows()
{
    auto row = [](const char *month, const char *space, std::optional<int> type,
                  std::optional<double> quantity, QJsonValue extra) {
        UsageRecord r;
        if (month)
            r.month = Month::fromString(QString::fromLatin1(month)).value;
        if (space)
            r.spaceName = QString::fromUtf8(space);
        r.eventType = type;
        r.quantity = quantity;
        if (!extra.isUndefined())
            r.extras.append({QStringLiteral("region"), extra});
        return r;
    };
    return {
        row("2026-03", "Berlin HQ", 1, 500, QJsonValue(3)),      // a
        row("2026-01", "östra Lager", 2, 20, QJsonValue(10)),    // b
        row(nullptr, "Space 10", 1, std::nullopt, QJsonValue()), // c: no month, no quantity
        row("2026-02", "Space 9", 4, 20, QJsonValue::Undefined), // d: no extra
        row("2026-01", "berlin Airport", 3, 7.5, QJsonValue(2)), // e
    };
}

void TestUsageSort::order_data()
{
    QTest::addColumn<UsageSortKey>("key");
    QTest::addColumn<QString>("letters");
    QTest::newRow("month, missing last") << UsageSortKey{Field::Month, {}, false} << "bedac";
    QTest::newRow("month down, missing still last")
        << UsageSortKey{Field::Month, {}, true} << "adbec";
    QTest::newRow("quantity, ties keep server order")
        << UsageSortKey{Field::Quantity, {}, false} << "ebdac";
    QTest::newRow("quantity down") << UsageSortKey{Field::Quantity, {}, true} << "abdec";
    QTest::newRow("space, as people read: case, accents, numbers")
        << UsageSortKey{Field::Space, {}, false} << "eabdc";
    QTest::newRow("event type by name") << UsageSortKey{Field::EventType, {}, false} << "acebd";
    QTest::newRow("an extra field, as numbers")
        << UsageSortKey{Field::Extra, QStringLiteral("region"), false} << "eabcd";
}

void TestUsageSort::order()
{
    QFETCH(UsageSortKey, key);
    QFETCH(QString, letters);
    QString got;
    for (int i : sortedUsageOrder(rows(), key))
        got.append(QChar(u'a' + i));
    QCOMPARE(got, letters);
}

void TestUsageSort::aHundredThousandRowsStayWhole()
{
    QList<UsageRecord> many;
    for (int i = 0; i < 100000; ++i) {
        UsageRecord r;
        r.month = Month(2022 + i % 4, 1 + i % 12);
        r.quantity = (i * 7919) % 100003;
        many.append(r);
    }
    const QList<int> order = sortedUsageOrder(many, {Field::Quantity, {}, true});
    QCOMPARE(order.size(), many.size());
    QList<int> seen = order;
    std::sort(seen.begin(), seen.end());
    for (int i = 0; i < seen.size(); ++i)
        QCOMPARE(seen[i], i); // every row once: none lost, none twice
    for (int i = 1; i < order.size(); ++i)
        QVERIFY(*many[order[i - 1]].quantity >= *many[order[i]].quantity);
}

void TestUsageSort::namesThatReadTheSameKeepServerOrder()
{
    // Each distinct name is ranked once; names a person reads as the same share a rank, so
    // their rows stay in the server's order, up and down. A space without a name sorts by id.
    QList<UsageRecord> records;
    for (const char *name : std::initializer_list<const char *>{"lobby", "Attic", "Lobby", nullptr,
                                                                "LOBBY", "attic"}) {
        UsageRecord r;
        if (name)
            r.spaceName = QString::fromLatin1(name);
        else
            r.spaceId = 7;
        records.append(r);
    }
    const auto letters = [&records](bool descending) {
        QString got;
        for (int i : sortedUsageOrder(records, {Field::Space, {}, descending}))
            got.append(QChar(u'a' + i));
        return got;
    };
    QCOMPARE(letters(false), QStringLiteral("dbface"));
    QCOMPARE(letters(true), QStringLiteral("acebfd"));
}

QTEST_GUILESS_MAIN(TestUsageSort)
#include "tst_usagesort.moc"
