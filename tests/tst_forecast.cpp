#include "core/insights/forecast.h"
#include "tests/monthlypoints.h"

#include <QTest>
#include <QTimeZone>

#include <cmath>

using namespace neuroio;
using namespace neuroio::testing;

namespace {

// Closed months ending in 2026-10; NAN is a month without usage.
QList<MonthlyPoint> series(const QList<double> &values)
{
    return monthlyPointsEnding(Month(2026, 10), values);
}

QDateTime utc(int year, int month, int day, int hour = 0)
{
    return QDateTime(QDate(year, month, day), QTime(hour, 0), QTimeZone::utc());
}

} // namespace

class TestForecast final : public QObject
{
    Q_OBJECT

private slots:
    void knownAnswers_data();
    void knownAnswers();
    void tooFewMonthsSaysWhy_data();
    void tooFewMonthsSaysWhy();
    void onlyTheLastTwelveMonthsCount();
    void neverBelowZero();
    void aRangesForecastLeavesTheOpenMonthOut();
    void openMonthProjection_data();
    void openMonthProjection();
};

void TestForecast::knownAnswers_data()
{
    QTest::addColumn<QList<double>>("values");
    QTest::addColumn<double>("slope");
    QTest::addColumn<QList<double>>("expected"); // the next three months
    QTest::addColumn<double>("halfBand");

    QTest::newRow("flat") << QList<double>(8, 500.0) << 0.0 << QList<double>{500, 500, 500} << 0.0;
    QTest::newRow("linear") << QList<double>{100, 110, 120, 130, 140, 150, 160, 170} << 10.0
                            << QList<double>{180, 190, 200} << 0.0;
    // Six months at 0, then six at 100: of the 66 slopes between two months, 30 are 0 and the
    // 36 across the step are 100/d; the median is the mean of the 3rd and 4th smallest of
    // those, 100/10 and 100/9. The intercepts' median is then the trend's value at the last
    // month.
    const double stepSlope = (100.0 / 10 + 100.0 / 9) / 2;
    QList<double> step(6, 0.0);
    step += QList<double>(6, 100.0);
    {
        // Intercepts y_i - slope * x_i for x_i = -11..0; their median, as the code takes it.
        std::vector<double> intercepts;
        for (int i = 0; i < 12; ++i)
            intercepts.push_back(step[i] - stepSlope * (i - 11));
        std::sort(intercepts.begin(), intercepts.end());
        const double intercept = (intercepts[5] + intercepts[6]) / 2;
        std::vector<double> residuals;
        for (int i = 0; i < 12; ++i)
            residuals.push_back(std::fabs(step[i] - (intercept + stepSlope * (i - 11))));
        std::sort(residuals.begin(), residuals.end());
        const double mad = (residuals[5] + residuals[6]) / 2;
        QTest::newRow("a step") << step << stepSlope
                                << QList<double>{intercept + stepSlope, intercept + 2 * stepSlope,
                                                 intercept + 3 * stepSlope}
                                << 2 * 1.4826 * mad;
    }
    // A line with alternating noise of +-5: the median slope is still 10 (every pair of
    // months the same distance from each other in noise cancels), and the band is two robust
    // standard deviations of the +-5 scatter.
    QList<double> noisy;
    for (int i = 0; i < 10; ++i)
        noisy.append(1000 + 10 * i + (i % 2 == 0 ? 5 : -5));
    QTest::newRow("noise") << noisy << 10.0 << QList<double>{1100, 1110, 1120} << 2 * 1.4826 * 5;
    // A month without usage is left out, not taken as 0.
    QTest::newRow("a month without usage") << QList<double>{100, 110, NAN, 130, 140, 150, 160}
                                           << 10.0 << QList<double>{170, 180, 190} << 0.0;
}

void TestForecast::knownAnswers()
{
    QFETCH(QList<double>, values);
    QFETCH(double, slope);
    QFETCH(QList<double>, expected);
    QFETCH(double, halfBand);
    const TrendForecast forecast = TrendForecast::fit(series(values));
    QVERIFY2(forecast.isValid(), qPrintable(forecast.whyNone));
    QVERIFY(qAbs(forecast.slopePerMonth - slope) < 1e-9);
    QCOMPARE(forecast.points.size(), 3);
    for (int i = 0; i < 3; ++i) {
        const ForecastPoint &p = forecast.points[i];
        QCOMPARE(p.month, Month(2026, 11).addMonths(i));
        QVERIFY2(
            qAbs(p.value - expected[i]) < 1e-6,
            qPrintable(
                QStringLiteral("month %1: %2, expected %3").arg(i).arg(p.value).arg(expected[i])));
        QVERIFY(qAbs((p.high - p.value) - halfBand) < 1e-6);
        QVERIFY(qAbs((p.value - p.low) - std::min(halfBand, p.value)) < 1e-6);
    }
}

void TestForecast::tooFewMonthsSaysWhy_data()
{
    QTest::addColumn<QList<double>>("values");
    QTest::addColumn<int>("monthsUsed");
    QTest::newRow("none") << QList<double>{} << 0;
    QTest::newRow("five") << QList<double>{1, 2, 3, 4, 5} << 5;
    QTest::newRow("six, one without usage") << QList<double>{1, 2, NAN, 4, 5, 6} << 5;
}

void TestForecast::tooFewMonthsSaysWhy()
{
    QFETCH(QList<double>, values);
    QFETCH(int, monthsUsed);
    const TrendForecast forecast = TrendForecast::fit(series(values));
    QVERIFY(!forecast.isValid());
    QCOMPARE(forecast.monthsUsed, monthsUsed);
    QVERIFY(!forecast.whyNone.isEmpty());
    if (monthsUsed > 0)
        QVERIFY2(forecast.whyNone.contains(QString::number(monthsUsed)),
                 qPrintable(forecast.whyNone));
}

void TestForecast::onlyTheLastTwelveMonthsCount()
{
    // A steep old history, then twelve flat months: the forecast is flat.
    QList<double> values;
    for (int i = 0; i < 12; ++i)
        values.append(1000.0 * i);
    values += QList<double>(12, 50.0);
    const TrendForecast forecast = TrendForecast::fit(series(values));
    QCOMPARE(forecast.monthsUsed, 12);
    QCOMPARE(forecast.slopePerMonth, 0.0);
    QCOMPARE(forecast.points.first().value, 50.0);
}

void TestForecast::neverBelowZero()
{
    const TrendForecast forecast = TrendForecast::fit(series({60, 50, 40, 30, 20, 10}));
    QVERIFY(forecast.isValid());
    QCOMPARE(forecast.points[0].value, 0.0);
    QCOMPARE(forecast.points[2].value, 0.0);
    QCOMPARE(forecast.points[2].low, 0.0);
}

void TestForecast::aRangesForecastLeavesTheOpenMonthOut()
{
    // 2026-03 to 2026-10 rising by 100, and 2026-11, open, with a partial 20.
    QList<MonthlyPoint> months = series({1000, 1100, 1200, 1300, 1400, 1500, 1600, 1700});
    MonthlyPoint open;
    open.month = Month(2026, 11);
    open.quantity = 20;
    open.rows = MonthlyPoint::kCountedByServer;
    months.append(open);
    const TrendForecast forecast = TrendForecast::ofRange(months, Month(2026, 11));
    QVERIFY2(forecast.isValid(), qPrintable(forecast.whyNone));
    QCOMPARE(forecast.monthsUsed, 8);
    QCOMPARE(forecast.points.first().month, Month(2026, 11));
    QCOMPARE(forecast.points.first().value, 1800.0);
    // Ending before the last closed month: none, and why.
    const TrendForecast early = TrendForecast::ofRange(months.mid(0, 7), Month(2026, 11));
    QVERIFY(!early.isValid());
    QVERIFY2(early.whyNone.contains(QStringLiteral("2026-10")), qPrintable(early.whyNone));
    // No month known to be open: every month counts.
    QCOMPARE(TrendForecast::ofRange(months.mid(0, 8), Month()).points.first().value, 1800.0);
}

void TestForecast::openMonthProjection_data()
{
    QTest::addColumn<double>("soFar");
    QTest::addColumn<QDateTime>("now");
    QTest::addColumn<double>("projected"); // -1: none
    QTest::newRow("half of November") << 1000.0 << utc(2026, 11, 16) << 2000.0;
    QTest::newRow("ten of 28 February days") << 100.0 << utc(2026, 2, 11) << 280.0;
    QTest::newRow("the last hour of a 31-day month")
        << 3100.0 << utc(2026, 12, 31, 23) << 3100.0 * 31 / (30 + 23.0 / 24);
    QTest::newRow("the first day: too early") << 50.0 << utc(2026, 11, 1, 20) << -1.0;
    QTest::newRow("nothing yet") << 0.0 << utc(2026, 11, 20) << 0.0;
    QTest::newRow("another time zone: counted in UTC")
        << 1000.0 << QDateTime(QDate(2026, 11, 16), QTime(2, 0), QTimeZone(7200)) << 2000.0;
}

void TestForecast::openMonthProjection()
{
    QFETCH(double, soFar);
    QFETCH(QDateTime, now);
    QFETCH(double, projected);
    const OpenMonthProjection projection = OpenMonthProjection::of(soFar, now);
    QCOMPARE(projection.month, Month::fromDate(now.toUTC().date()));
    if (projected < 0) {
        QVERIFY(!projection.projected);
        QVERIFY(!projection.whyNone.isEmpty());
    } else {
        QVERIFY(projection.projected);
        QVERIFY2(qAbs(*projection.projected - projected) < 1e-6,
                 qPrintable(QString::number(*projection.projected)));
    }
}

QTEST_GUILESS_MAIN(TestForecast)
#include "tst_forecast.moc"
