#include "core/usage/monthlytotals.h"

#include <QTest>

using namespace neuroio;

Q_DECLARE_METATYPE(neuroio::UsageTotals)

// The trend drawn from one total per month, before the rows are in.
class TestMonthlyTotals final : public QObject
{
    Q_OBJECT

private slots:
    void series_data();
    void series();
    void answersShorterThanTheMonthsLeaveNoData();
};

namespace {

UsageTotal total(std::optional<int> type, std::optional<double> quantity)
{
    return UsageTotal{type, quantity, {}};
}

const QList<Month> kMonths{Month(2026, 1), Month(2026, 2), Month(2026, 3)};

} // namespace

void TestMonthlyTotals::series_data()
{
    QTest::addColumn<QList<UsageTotals>>("answers");
    QTest::addColumn<QList<int>>("selected");
    QTest::addColumn<QList<int>>("types");
    QTest::addColumn<int>("type");
    QTest::addColumn<QList<double>>("quantities");
    QTest::addColumn<QList<int>>("rows"); // 0: no data, -1: the server's figure
    QTest::addColumn<bool>("anyUsage");

    const QList<UsageTotals> usual{
        {total(1, 10), total(2, 5)}, {total(1, 20), total(2, 5)}, {total(1, 30), total(2, 0)}};
    QTest::newRow("a flow, month by month")
        << usual << QList<int>{} << QList<int>{1, 2, 3, 4} << 1 << QList<double>{10, 20, 30}
        << QList<int>{-1, -1, -1} << true;
    QTest::newRow("a level of 0 is a figure, not a gap")
        << usual << QList<int>{} << QList<int>{1, 2, 3, 4} << 2 << QList<double>{5, 5, 0}
        << QList<int>{-1, -1, -1} << true;
    QTest::newRow("a type no answer reports has no data")
        << usual << QList<int>{} << QList<int>{1, 2, 3, 4} << 4 << QList<double>{0, 0, 0}
        << QList<int>{0, 0, 0} << true;
    QTest::newRow("selected types only, in the order selected")
        << usual << QList<int>{2, 1} << QList<int>{2, 1} << 1 << QList<double>{10, 20, 30}
        << QList<int>{-1, -1, -1} << true;
    QTest::newRow("an unknown type the server reports is shown")
        << QList<UsageTotals>{{total(9, 1)}, {}, {total(9, 2)}} << QList<int>{}
        << QList<int>{1, 2, 3, 4, 9} << 9 << QList<double>{1, 0, 2} << QList<int>{-1, 0, -1}
        << true;
    QTest::newRow("a total without quantity is no figure")
        << QList<UsageTotals>{{total(1, std::nullopt)}, {total(1, 4)}, {total(std::nullopt, 7)}}
        << QList<int>{} << QList<int>{1, 2, 3, 4} << 1 << QList<double>{0, 4, 0}
        << QList<int>{0, -1, 0} << true;
    QTest::newRow("only zeros: no usage")
        << QList<UsageTotals>{{total(1, 0)}, {total(1, 0)}, {total(1, 0)}} << QList<int>{1}
        << QList<int>{1} << 1 << QList<double>{0, 0, 0} << QList<int>{-1, -1, -1} << false;
}

void TestMonthlyTotals::series()
{
    QFETCH(QList<UsageTotals>, answers);
    QFETCH(QList<int>, selected);
    QFETCH(QList<int>, types);
    QFETCH(int, type);
    QFETCH(QList<double>, quantities);
    QFETCH(QList<int>, rows);
    QFETCH(bool, anyUsage);

    const MonthlyTotalsTrend trend = monthlyTrendFromTotals(kMonths, answers, selected);
    QCOMPARE(trend.eventTypes, types);
    QCOMPARE(trend.anyUsage, anyUsage);
    const QList<MonthlyPoint> points = trend.series.value(type);
    QCOMPARE(points.size(), kMonths.size());
    for (qsizetype i = 0; i < points.size(); ++i) {
        QCOMPARE(points[i].month, kMonths[i]);
        QCOMPARE(points[i].quantity, quantities[i]);
        QCOMPARE(points[i].rows, rows[i]);
    }
}

void TestMonthlyTotals::answersShorterThanTheMonthsLeaveNoData()
{
    const MonthlyTotalsTrend trend = monthlyTrendFromTotals(kMonths, {{total(1, 3)}}, {1});
    const QList<MonthlyPoint> points = trend.series.value(1);
    QCOMPARE(points.size(), 3);
    QCOMPARE(points[0].rows, MonthlyPoint::kCountedByServer);
    QCOMPARE(points[1].rows, 0);
    QCOMPARE(points[2].rows, 0);
}

QTEST_GUILESS_MAIN(TestMonthlyTotals)
#include "tst_monthlytotals.moc"
