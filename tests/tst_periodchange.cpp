#include "core/usage/periodchange.h"

#include <QTest>

#include <cmath>

using namespace neuroio;

Q_DECLARE_METATYPE(neuroio::PeriodChange::Against)

namespace {

// Totals with one entry for type 1 (NAN: none), and one for type 2 that must not be taken.
UsageTotals totals(double calls)
{
    UsageTotals out;
    if (!std::isnan(calls))
        out.append(UsageTotal{1, calls, {}});
    out.append(UsageTotal{2, 99999, {}});
    return out;
}

} // namespace

class TestPeriodChange final : public QObject
{
    Q_OBJECT

private slots:
    void againstFromKey_data();
    void againstFromKey();
    void earlierRange_data();
    void earlierRange();
    void change_data();
    void change();
};

void TestPeriodChange::earlierRange_data()
{
    QTest::addColumn<MonthRange>("range");
    QTest::addColumn<PeriodChange::Against>("against");
    QTest::addColumn<MonthRange>("earlier");
    using A = PeriodChange::Against;
    const MonthRange year(Month(2025, 11), Month(2026, 10));
    QTest::newRow("12 months, the previous 12")
        << year << A::PreviousPeriod << MonthRange(Month(2024, 11), Month(2025, 10));
    QTest::newRow("12 months, a year earlier")
        << year << A::YearEarlier << MonthRange(Month(2024, 11), Month(2025, 10));
    QTest::newRow("one month, the one before across a year")
        << MonthRange(Month(2026, 1), Month(2026, 1)) << A::PreviousPeriod
        << MonthRange(Month(2025, 12), Month(2025, 12));
    QTest::newRow("a quarter, the quarter before")
        << MonthRange(Month(2026, 8), Month(2026, 10)) << A::PreviousPeriod
        << MonthRange(Month(2026, 5), Month(2026, 7));
    QTest::newRow("a quarter, a year earlier")
        << MonthRange(Month(2026, 8), Month(2026, 10)) << A::YearEarlier
        << MonthRange(Month(2025, 8), Month(2025, 10));
    QTest::newRow("30 months, the 30 before")
        << MonthRange(Month(2024, 5), Month(2026, 10)) << A::PreviousPeriod
        << MonthRange(Month(2021, 11), Month(2024, 4));
    QTest::newRow("no range") << MonthRange() << A::PreviousPeriod << MonthRange();
}

void TestPeriodChange::earlierRange()
{
    QFETCH(MonthRange, range);
    QFETCH(PeriodChange::Against, against);
    QFETCH(MonthRange, earlier);
    QCOMPARE(PeriodChange::earlierRange(range, against), earlier);
}

void TestPeriodChange::change_data()
{
    QTest::addColumn<double>("now");
    QTest::addColumn<double>("before");
    QTest::addColumn<double>("percent"); // NAN: none
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("shortText");

    const QString months = QStringLiteral(" 2024-11 to 2025-10");
    QTest::newRow("up") << 1234.0 << 1000.0 << 23.4
                        << QStringLiteral("+23.4\u202f% (+234 calls) against") + months
                        << QStringLiteral("+23.4\u202f% against") + months;
    QTest::newRow("down") << 750.0 << 1000.0 << -25.0
                          << QStringLiteral("-25.0\u202f% (-250 calls) against") + months
                          << QStringLiteral("-25.0\u202f% against") + months;
    QTest::newRow("unchanged") << 1000.0 << 1000.0 << 0.0
                               << QStringLiteral("+0.0\u202f% (0 calls) against") + months
                               << QStringLiteral("+0.0\u202f% against") + months;
    QTest::newRow("a small rise rounds to a tenth")
        << 1000.4 << 1000.0 << 0.04 << QStringLiteral("+0.0\u202f% (+0.4 calls) against") + months
        << QStringLiteral("+0.0\u202f% against") + months;
    QTest::newRow("no total then: no data, not 0 %")
        << 1000.0 << double(NAN) << double(NAN) << QStringLiteral("no data for") + months
        << QStringLiteral("no data for") + months;
    QTest::newRow("no total now") << double(NAN) << 1000.0 << double(NAN)
                                  << QStringLiteral("no data for") + months
                                  << QStringLiteral("no data for") + months;
    QTest::newRow("none then: no percentage of nothing")
        << 1234.0 << 0.0 << double(NAN)
        << QStringLiteral("1234 calls more than in 2024-11 to 2025-10, which had none")
        << QStringLiteral("up from none in") + months;
    QTest::newRow("none then and now")
        << 0.0 << 0.0 << double(NAN) << QStringLiteral("none, as in") + months
        << QStringLiteral("none, as in") + months;
}

void TestPeriodChange::change()
{
    QFETCH(double, now);
    QFETCH(double, before);
    QFETCH(double, percent);
    QFETCH(QString, text);
    QFETCH(QString, shortText);
    const MonthRange earlier(Month(2024, 11), Month(2025, 10));
    const PeriodChange change = PeriodChange::of(1, totals(now), totals(before), earlier,
                                                 PeriodChange::Against::PreviousPeriod);
    QCOMPARE(change.hasData(), !std::isnan(now) && !std::isnan(before));
    if (std::isnan(percent)) {
        QVERIFY(!change.percent());
    } else {
        QVERIFY(change.percent());
        QVERIFY2(qAbs(*change.percent() - percent) < 1e-9,
                 qPrintable(QString::number(*change.percent())));
        QCOMPARE(*change.absolute(), now - before);
    }
    QCOMPARE(change.text(QStringLiteral("calls"), QLocale::c()), text);
    QCOMPARE(change.shortText(QLocale::c()), shortText);
}

void TestPeriodChange::againstFromKey_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<int>("against"); // -1: none

    QTest::newRow("previous") << "previous" << int(PeriodChange::Against::PreviousPeriod);
    QTest::newRow("year") << "year" << int(PeriodChange::Against::YearEarlier);
    QTest::newRow("capitals") << "Year" << -1;
    QTest::newRow("last") << "last" << -1;
    QTest::newRow("empty") << "" << -1;
}

void TestPeriodChange::againstFromKey()
{
    QFETCH(QString, key);
    QFETCH(int, against);
    const std::optional<PeriodChange::Against> read = PeriodChange::againstFromKey(key);
    QCOMPARE(read ? int(*read) : -1, against);
}

QTEST_GUILESS_MAIN(TestPeriodChange)
#include "tst_periodchange.moc"
