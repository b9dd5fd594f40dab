#include "ui/dashboard/chartsummary.h"

#include <QTest>

using namespace neuroio;
using namespace neuroio::ui;

using Values = QList<std::optional<double>>;
Q_DECLARE_METATYPE(Values)

// The words a screen reader says for a chart: each case of a trend and of a breakdown, in a
// locale whose numbers differ from plain ones, so a number that bypassed QLocale shows.
class TestChartSummary final : public QObject
{
    Q_OBJECT

private slots:
    void trend_data();
    void trend();
    void breakdown_data();
    void breakdown();
    void numbersFollowTheLocale();
};

namespace {

const QLocale kEnglish(QLocale::English, QLocale::UnitedStates);
const QString kNarrowSpace = QStringLiteral("\u202f");

} // namespace

void TestChartSummary::trend_data()
{
    QTest::addColumn<Values>("values");
    QTest::addColumn<QString>("expected");
    const QString percent = kNarrowSpace + QLatin1Char('%');
    QTest::newRow("rise") << Values{
        100.0, 90.0,
        112.0} << QStringLiteral("API calls rose 12.0%1 from 2025-11 to 2026-01.").arg(percent);
    QTest::newRow("fall") << Values{
        2000.0, 2500.0,
        1500.0} << QStringLiteral("API calls fell 25.0%1 from 2025-11 to 2026-01.").arg(percent);
    QTest::newRow("flat") << Values{1500.0, 10.0, 1500.0}
                          << QStringLiteral("API calls unchanged from 2025-11 to 2026-01, at "
                                            "1,500.");
    QTest::newRow("flat within the decimal shown")
        << Values{100000.0, 100010.0}
        << QStringLiteral("API calls unchanged from 2025-11 to 2025-12, at 100,010.");
    QTest::newRow("zero start") << Values{0.0, 5.0, 1234.0}
                                << QStringLiteral("API calls rose from 0 in 2025-11 to 1,234 in "
                                                  "2026-01.");
    QTest::newRow("zero throughout") << Values{0.0, 0.0}
                                     << QStringLiteral("API calls unchanged from 2025-11 to "
                                                       "2025-12, at 0.");
    QTest::newRow("one month") << Values{4321.0}
                               << QStringLiteral("API calls: 4,321 in 2025-11, the only month "
                                                 "with usage.");
    QTest::newRow("no data") << Values{} << QStringLiteral("API calls: no usage in these months.");
    QTest::newRow("months without usage") << Values{std::nullopt, std::nullopt}
                                          << QStringLiteral("API calls: no usage in these months.");
    // Before the first month with usage and after the last, the chart draws nothing: the
    // change is counted between the months it draws.
    QTest::newRow("gaps at both ends")
        << Values{std::nullopt, 50.0, 75.0, std::nullopt}
        << QStringLiteral("API calls rose 50.0%1 from 2025-12 to 2026-01.").arg(percent);
    QTest::newRow("one month with usage among gaps")
        << Values{std::nullopt, 7.0, std::nullopt}
        << QStringLiteral("API calls: 7 in 2025-12, the only month with usage.");
}

void TestChartSummary::trend()
{
    QFETCH(Values, values);
    QFETCH(QString, expected);
    QCOMPARE(ChartSummary::trend(QStringLiteral("API calls"), Month(2025, 11), values, kEnglish),
             expected);
}

void TestChartSummary::breakdown_data()
{
    QTest::addColumn<QStringList>("names");
    QTest::addColumn<QList<double>>("percents");
    QTest::addColumn<QString>("expected");
    QTest::newRow("largest first")
        << QStringList{QStringLiteral("Lab"), QStringLiteral("Office")} << QList<double>{60.5, 39.5}
        << QStringLiteral("API calls by space: the largest share is Lab, with 60.5\u202f% of the "
                          "total.");
    QTest::newRow("largest anywhere")
        << QStringList{QStringLiteral("Lab"), QStringLiteral("Office"), QStringLiteral("Others")}
        << QList<double>{20.0, 30.0, 50.0}
        << QStringLiteral("API calls by space: the largest share is Others, with 50.0\u202f% of "
                          "the total.");
    QTest::newRow("no data") << QStringList{} << QList<double>{}
                             << QStringLiteral("API calls by space: no usage.");
}

void TestChartSummary::breakdown()
{
    QFETCH(QStringList, names);
    QFETCH(QList<double>, percents);
    QFETCH(QString, expected);
    QCOMPARE(ChartSummary::breakdown(QStringLiteral("API calls"), names, percents, kEnglish),
             expected);
}

void TestChartSummary::numbersFollowTheLocale()
{
    const QLocale german(QLocale::German, QLocale::Germany);
    QCOMPARE(ChartSummary::trend(QStringLiteral("API-Aufrufe"), Month(2025, 11),
                                 Values{1000.0, 1126.0}, german),
             QStringLiteral("API-Aufrufe rose 12,6\u202f% from 2025-11 to 2025-12."));
    QCOMPARE(
        ChartSummary::trend(QStringLiteral("API-Aufrufe"), Month(2025, 11), Values{1234.5}, german),
        QStringLiteral("API-Aufrufe: 1.234,5 in 2025-11, the only month with usage."));
}

QTEST_GUILESS_MAIN(TestChartSummary)
#include "tst_chartsummary.moc"
