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
    QTest::newRow("1") << 1 << "API calls"
                       << "api-calls" << true;
    QTest::newRow("2") << 2 << "Persons storage"
                       << "persons-storage" << true;
    QTest::newRow("3") << 3 << "Entry storage"
                       << "entry-storage" << true;
    QTest::newRow("4") << 4 << "Source licenses"
                       << "source-licenses" << true;
    QTest::newRow("unknown 7") << 7 << "Event type 7"
                               << "7" << false;
    QTest::newRow("zero") << 0 << "Event type 0"
                          << "0" << false;
    QTest::newRow("negative") << -1 << "Event type -1"
                              << "-1" << false;
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
