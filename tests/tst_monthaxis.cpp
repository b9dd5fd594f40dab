#include "core/usage/monthaxis.h"

#include <QTest>

#include <algorithm>

using namespace neuroio;

// Axis labels are read by people, so the test spells out what they see: "index label" pairs.
class TestMonthAxis final : public QObject
{
    Q_OBJECT

private slots:
    void ticks_data();
    void ticks();
    void everyRangeKeepsTheRules_data();
    void everyRangeKeepsTheRules();
    void followsTheLocale();
};

namespace {

QString spelled(const QList<MonthTick> &ticks)
{
    QStringList parts;
    for (const MonthTick &t : ticks)
        parts.append(QStringLiteral("%1 %2").arg(t.index).arg(t.label));
    return parts.join(QLatin1Char('|'));
}

Month month(const char *text)
{
    return Month::fromString(QString::fromLatin1(text)).value;
}

} // namespace

void TestMonthAxis::ticks_data()
{
    QTest::addColumn<QString>("first");
    QTest::addColumn<int>("count");
    QTest::addColumn<int>("maxLabels");
    QTest::addColumn<QString>("expected");

    QTest::newRow("1 month") << "2026-10" << 1 << 6 << "0 Oct 2026";
    QTest::newRow("5 months, every month")
        << "2026-06" << 5 << 6 << "0 Jun 2026|1 Jul|2 Aug|3 Sep|4 Oct";
    QTest::newRow("12 months: the year turns and says so")
        << "2025-11" << 12 << 6 << "0 Nov 2025|2 Jan 2026|4 Mar|6 May|8 Jul|11 Oct";
    QTest::newRow("12 months, room for all") << "2025-11" << 12 << 12
                                             << "0 Nov 2025|1 Dec|2 Jan 2026|3 Feb|4 Mar|5 Apr|"
                                                "6 May|7 Jun|8 Jul|9 Aug|10 Sep|11 Oct";
    QTest::newRow("13 months, quarters")
        << "2025-10" << 13 << 6 << "0 Oct 2025|3 Jan 2026|6 Apr|9 Jul|12 Oct";
    QTest::newRow("24 months, half-years")
        << "2024-11" << 24 << 6 << "0 Nov 2024|8 Jul 2025|14 Jan 2026|23 Oct";
    QTest::newRow("50 months, Januaries")
        << "2022-09" << 50 << 6 << "0 Sep 2022|16 Jan 2024|28 Jan 2025|40 Jan 2026|49 Oct";
    QTest::newRow("120 months, Januaries")
        << "2016-11" << 120 << 12
        << "0 Nov 2016|14 Jan 2018|26 Jan 2019|38 Jan 2020|50 Jan 2021|62 Jan 2022|"
           "74 Jan 2023|86 Jan 2024|98 Jan 2025|119 Oct 2026";
    QTest::newRow("120 months, little room: Januaries, none crowding the last label")
        << "2017-01" << 120 << 6
        << "0 Jan 2017|12 Jan 2018|24 Jan 2019|36 Jan 2020|48 Jan 2021|60 Jan 2022|"
           "72 Jan 2023|84 Jan 2024|96 Jan 2025|119 Dec 2026";
    QTest::newRow("a range inside one year")
        << "2026-01" << 12 << 4 << "0 Jan 2026|3 Apr|6 Jul|11 Dec";
}

void TestMonthAxis::ticks()
{
    QFETCH(QString, first);
    QFETCH(int, count);
    QFETCH(int, maxLabels);
    QFETCH(QString, expected);
    const QList<MonthTick> ticks
        = monthAxisTicks(Month::fromString(first).value, count, maxLabels, QLocale::c());
    QCOMPARE(spelled(ticks), expected);
}

void TestMonthAxis::everyRangeKeepsTheRules_data()
{
    QTest::addColumn<int>("maxLabels");
    QTest::newRow("small chart") << 4;
    QTest::newRow("half a window") << 6;
    QTest::newRow("whole window") << 12;
}

// Whatever the range: ends labelled, ticks in order on whole calendar steps, each label the
// month it marks, and the year given wherever the label before was in another year.
void TestMonthAxis::everyRangeKeepsTheRules()
{
    QFETCH(int, maxLabels);
    for (const Month first : {month("2019-01"), month("2020-07"), month("2025-11")}) {
        for (int count = 1; count <= 150; ++count) {
            const QList<MonthTick> ticks = monthAxisTicks(first, count, maxLabels, QLocale::c());
            const QByteArray where
                = QStringLiteral("%1 + %2 months").arg(first.toString()).arg(count).toUtf8();
            QVERIFY2(!ticks.isEmpty(), where.constData());
            QVERIFY2(ticks.constFirst().index == 0, where.constData());
            QVERIFY2(ticks.constLast().index == count - 1, where.constData());
            int previousYear = 0;
            QList<Month> regular;
            for (int i = 0; i < ticks.size(); ++i) {
                const MonthTick &t = ticks.at(i);
                QVERIFY2(t.month == first.addMonths(t.index), where.constData());
                const QString name = QLocale::c().monthName(t.month.month(), QLocale::ShortFormat);
                QVERIFY2(t.label.startsWith(name), where.constData());
                const bool hasYear = t.label.endsWith(QString::number(t.month.year()));
                QVERIFY2(hasYear == (t.month.year() != previousYear), where.constData());
                previousYear = t.month.year();
                if (i > 0)
                    QVERIFY2(t.index > ticks.at(i - 1).index, where.constData());
                if (i > 0 && i < ticks.size() - 1)
                    regular.append(t.month);
            }
            // The ticks between the ends share one calendar step.
            const QList<int> steps = monthAxisSteps();
            const bool oneStep = std::any_of(steps.begin(), steps.end(), [&](int s) {
                return std::all_of(regular.begin(), regular.end(),
                                   [s](const Month &m) { return (m.month() - 1) % s == 0; });
            });
            QVERIFY2(oneStep, where.constData());
        }
    }
}

void TestMonthAxis::followsTheLocale()
{
    const QList<MonthTick> ticks
        = monthAxisTicks(month("2025-12"), 2, 6, QLocale(QLocale::German, QLocale::Germany));
    QCOMPARE(ticks.size(), 2);
    QCOMPARE(ticks.at(0).label, QStringLiteral("Dez. 2025"));
    QCOMPARE(ticks.at(1).label, QStringLiteral("Jan. 2026"));
}

QTEST_GUILESS_MAIN(TestMonthAxis)
#include "tst_monthaxis.moc"
