#include "core/insights/budget.h"

#include <QTest>

using namespace neuroio;

class TestBudget final : public QObject
{
    Q_OBJECT

private slots:
    void isOnSpaces_data();
    void isOnSpaces();
    void title_data();
    void title();
};

void TestBudget::isOnSpaces_data()
{
    QTest::addColumn<QList<qint64>>("budgetSpaces");
    QTest::addColumn<QList<qint64>>("viewSpaces");
    QTest::addColumn<bool>("on");

    QTest::newRow("every space, every space") << QList<qint64>{} << QList<qint64>{} << true;
    QTest::newRow("every space, one space") << QList<qint64>{} << QList<qint64>{4} << false;
    QTest::newRow("one space, every space") << QList<qint64>{4} << QList<qint64>{} << false;
    QTest::newRow("the same, in another order")
        << QList<qint64>{4, 9, 2} << QList<qint64>{2, 4, 9} << true;
    QTest::newRow("a space repeated") << QList<qint64>{4, 4} << QList<qint64>{4} << true;
    QTest::newRow("fewer") << QList<qint64>{4, 9} << QList<qint64>{4} << false;
    QTest::newRow("more") << QList<qint64>{4} << QList<qint64>{4, 9} << false;
}

void TestBudget::isOnSpaces()
{
    QFETCH(QList<qint64>, budgetSpaces);
    QFETCH(QList<qint64>, viewSpaces);
    QFETCH(bool, on);
    Budget budget;
    budget.eventType = 1;
    budget.limit = 10;
    budget.spaceIds = budgetSpaces;
    QCOMPARE(budget.isOnSpaces(viewSpaces), on);
}

void TestBudget::title_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("eventType");
    QTest::addColumn<QList<qint64>>("spaces");
    QTest::addColumn<QString>("title");

    QTest::newRow("every space") << QString() << 1 << QList<qint64>{}
                                 << QStringLiteral("API calls, every space");
    QTest::newRow("one space") << QString() << 2 << QList<qint64>{12}
                               << QStringLiteral("Persons storage, space 12");
    QTest::newRow("spaces") << QString() << 1 << QList<qint64>{12, 3}
                            << QStringLiteral("API calls, spaces 12, 3");
    QTest::newRow("named") << QStringLiteral("Labs") << 1 << QList<qint64>{12}
                           << QStringLiteral("Labs");
}

void TestBudget::title()
{
    QFETCH(QString, name);
    QFETCH(int, eventType);
    QFETCH(QList<qint64>, spaces);
    QFETCH(QString, title);
    Budget budget;
    budget.name = name;
    budget.eventType = eventType;
    budget.spaceIds = spaces;
    QCOMPARE(budget.title(), title);
}

QTEST_GUILESS_MAIN(TestBudget)
#include "tst_budget.moc"
