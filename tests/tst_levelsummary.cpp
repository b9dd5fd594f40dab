#include "core/usage/levelsummary.h"

#include <QTest>

using namespace neuroio;

class TestLevelSummary final : public QObject
{
    Q_OBJECT

private slots:
    void summary_data();
    void summary();
    void nothingToSummarise();
};

namespace {

QList<MonthlyPoint> series(const QString &first, const QList<double> &values)
{
    QList<MonthlyPoint> points;
    Month month = Month::fromString(first).value;
    for (double v : values) {
        // A negative value here stands for "no usage row in this month".
        points.append(v < 0 ? MonthlyPoint{month, 0, 0} : MonthlyPoint{month, v, 3});
        month = month.addMonths(1);
    }
    return points;
}

} // namespace

void TestLevelSummary::summary_data()
{
    QTest::addColumn<QList<double>>("values");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("basis");

    QTest::newRow("rising storage") << QList<double>{100000, 101000, 102500, 105379}
                                    << "105,379 persons in 2026-10 · average 102,220"
                                    << "The average is over all 4 months of the range.";
    QTest::newRow("the last month empty: the latest level is the month before")
        << QList<double>{90000, 100000, 110000, -1}
        << "110,000 persons in 2026-09 · average 100,000"
        << "The average is over the 3 months with usage; 1 of the range had none.";
    QTest::newRow("one month") << QList<double>{-1, -1, -1, 7} << "7 persons in 2026-10 · average 7"
                               << "The average is the level of the one month with usage; 3 of "
                                  "the range had none.";
    QTest::newRow("average rounds to whole units")
        << QList<double>{1, 2} << "2 persons in 2026-08 · average 2"
        << "The average is over all 2 months of the range.";
}

void TestLevelSummary::summary()
{
    QFETCH(QList<double>, values);
    QFETCH(QString, text);
    QFETCH(QString, basis);
    const LevelSummary summary = LevelSummary::of(series(QStringLiteral("2026-07"), values));
    QVERIFY(summary.isValid());
    QCOMPARE(summary.text(2, QLocale(QLocale::English, QLocale::UnitedStates)), text);
    QCOMPARE(summary.averageBasis(), basis);
}

void TestLevelSummary::nothingToSummarise()
{
    QVERIFY(!LevelSummary::of({}).isValid());
    QVERIFY(!LevelSummary::of(series(QStringLiteral("2026-01"), {-1, -1})).isValid());
}

QTEST_GUILESS_MAIN(TestLevelSummary)
#include "tst_levelsummary.moc"
