#include "core/api/eventtype.h"

#include <QTest>

using namespace neuroio;

class TestEventType final : public QObject
{
    Q_OBJECT

private slots:
    void names_data();
    void names();
    void fromText_data();
    void fromText();
};

void TestEventType::names_data()
{
    QTest::addColumn<int>("number");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("key");
    QTest::addColumn<bool>("known");
    QTest::addColumn<QString>("unit");
    QTest::addColumn<QString>("totalUnit");
    QTest::addColumn<bool>("level");
    QTest::newRow("1, a flow") << 1 << "API calls"
                               << "api-calls" << true << "calls"
                               << "calls" << false;
    QTest::newRow("2, a level") << 2 << "Persons storage"
                                << "persons-storage" << true << "persons"
                                << "person-months" << true;
    QTest::newRow("3, a level") << 3 << "Entry storage"
                                << "entry-storage" << true << "entries"
                                << "entry-months" << true;
    QTest::newRow("4, a level") << 4 << "Source licenses"
                                << "source-licenses" << true << "licenses"
                                << "license-months" << true;
    QTest::newRow("unknown 7") << 7 << "Event type 7"
                               << "7" << false << "units"
                               << "units" << false;
    QTest::newRow("zero") << 0 << "Event type 0"
                          << "0" << false << "units"
                          << "units" << false;
    QTest::newRow("negative") << -1 << "Event type -1"
                              << "-1" << false << "units"
                              << "units" << false;
}

void TestEventType::names()
{
    QFETCH(int, number);
    QFETCH(QString, name);
    QFETCH(QString, key);
    QFETCH(bool, known);
    QCOMPARE(eventTypeDisplayName(number), name);
    QCOMPARE(eventTypeKey(number), key);
    QCOMPARE(isKnownEventType(number), known);
    QFETCH(QString, unit);
    QFETCH(QString, totalUnit);
    QFETCH(bool, level);
    QCOMPARE(eventTypeUnit(number), unit);
    QCOMPARE(eventTypeTotalUnit(number), totalUnit);
    QCOMPARE(isLevelEventType(number), level);
}

void TestEventType::fromText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("expected"); // 0: rejected
    QTest::newRow("key") << "api-calls" << 1;
    QTest::newRow("key upper case") << "Source-Licenses" << 4;
    QTest::newRow("number") << "2" << 2;
    QTest::newRow("padded") << " 3 " << 3;
    QTest::newRow("unknown number") << "5" << 0;
    QTest::newRow("unknown key") << "api_calls" << 0;
    QTest::newRow("empty") << "" << 0;
}

void TestEventType::fromText()
{
    QFETCH(QString, text);
    QFETCH(int, expected);
    const auto type = eventTypeFromText(text);
    QCOMPARE(type.value_or(0), expected);
    QCOMPARE(knownEventTypes().size(), 4);
}

QTEST_APPLESS_MAIN(TestEventType)
#include "tst_eventtype.moc"
