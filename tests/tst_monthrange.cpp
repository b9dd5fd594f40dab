#include "core/usage/monthrange.h"

#include <QTest>

using namespace neuroio;
using Preset = MonthRange::Preset;

Q_DECLARE_METATYPE(neuroio::MonthRange::Preset)

class TestMonthRange final : public QObject
{
    Q_OBJECT

private slots:
    void presets_data();
    void presets();
    void problems();
};

void TestMonthRange::presets_data()
{
    QTest::addColumn<Preset>("preset");
    QTest::addColumn<QString>("current");
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<QString>("label");

    QTest::newRow("this month") << Preset::ThisMonth << "2026-11"
                                << "2026-11"
                                << "2026-11"
                                << "This month so far: 2026-11";
    QTest::newRow("last month") << Preset::LastMonth << "2026-11"
                                << "2026-10"
                                << "2026-10"
                                << "Last month: 2026-10";
    QTest::newRow("last month in january") << Preset::LastMonth << "2027-01"
                                           << "2026-12"
                                           << "2026-12"
                                           << "Last month: 2026-12";
    QTest::newRow("last 3") << Preset::Last3Months << "2026-11"
                            << "2026-08"
                            << "2026-10"
                            << "Last 3 full months: 2026-08 to 2026-10";
    QTest::newRow("last 3 across new year") << Preset::Last3Months << "2026-02"
                                            << "2025-11"
                                            << "2026-01"
                                            << "Last 3 full months: 2025-11 to 2026-01";
    QTest::newRow("last 6") << Preset::Last6Months << "2026-03"
                            << "2025-09"
                            << "2026-02"
                            << "Last 6 full months: 2025-09 to 2026-02";
    QTest::newRow("last 12") << Preset::Last12Months << "2026-11"
                             << "2025-11"
                             << "2026-10"
                             << "Last 12 full months: 2025-11 to 2026-10";
    QTest::newRow("last 12 in january") << Preset::Last12Months << "2026-01"
                                        << "2025-01"
                                        << "2025-12"
                                        << "Last 12 full months: 2025-01 to 2025-12";
    QTest::newRow("this year") << Preset::ThisYear << "2026-11"
                               << "2026-01"
                               << "2026-11"
                               << "This year so far: 2026-01 to 2026-11";
    QTest::newRow("this year in january") << Preset::ThisYear << "2026-01"
                                          << "2026-01"
                                          << "2026-01"
                                          << "This year so far: 2026-01";
    QTest::newRow("last year") << Preset::LastYear << "2026-11"
                               << "2025-01"
                               << "2025-12"
                               << "Last year: 2025-01 to 2025-12";
}

void TestMonthRange::presets()
{
    QFETCH(Preset, preset);
    QFETCH(QString, current);
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(QString, label);
    const Month now = Month::fromString(current).value;
    const MonthRange range = MonthRange::forPreset(preset, now);
    QCOMPARE(range.from().toString(), from);
    QCOMPARE(range.to().toString(), to);
    QVERIFY(range.isValid());
    QCOMPARE(MonthRange::describe(preset, now), label);
}

void TestMonthRange::problems()
{
    const MonthRange reversed(Month(2026, 5), Month(2026, 2));
    QVERIFY(!reversed.isValid());
    QCOMPARE(reversed.check().message,
             QStringLiteral("the range starts in 2026-05, after it ends in 2026-02"));
    QCOMPARE(reversed.monthCount(), 0);
    QVERIFY(!MonthRange().isValid());
    QCOMPARE(MonthRange().check().kind, neuroio::ApiError::Kind::InvalidInput);
    QVERIFY(MonthRange(Month(2026, 2), Month(2026, 2)).check().isOk());
    QCOMPARE(MonthRange(Month(2025, 11), Month(2026, 10)).monthCount(), 12);
    QCOMPARE(MonthRange::presets().size(), 7);
}

QTEST_APPLESS_MAIN(TestMonthRange)
#include "tst_monthrange.moc"
