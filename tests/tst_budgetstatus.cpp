#include "core/insights/budgetstatus.h"
#include "tests/monthlypoints.h"

#include <QTest>
#include <QTimeZone>

#include <cmath>

using namespace neuroio;
using namespace neuroio::testing;

Q_DECLARE_METATYPE(neuroio::BudgetStatus::State)

namespace {

// Closed months ending in 2026-10; NAN is a month without usage.
QList<MonthlyPoint> closedMonths(const QList<double> &values)
{
    return monthlyPointsEnding(Month(2026, 10), values);
}

Budget budget(int type, double limit)
{
    Budget b;
    b.eventType = type;
    b.limit = limit;
    return b;
}

// 16 November 2026, 00:00 UTC: half of the month has passed.
const QDateTime kMidNovember(QDate(2026, 11, 16), QTime(0, 0), QTimeZone::utc());
const QDateTime kFirstOfNovember(QDate(2026, 11, 1), QTime(6, 0), QTimeZone::utc());

} // namespace

class TestBudgetStatus final : public QObject
{
    Q_OBJECT

private slots:
    void states_data();
    void states();
    void saysWhatItJudgedBy();
    void saysItsFigures_data();
    void saysItsFigures();
};

void TestBudgetStatus::states_data()
{
    QTest::addColumn<Budget>("budget");
    QTest::addColumn<QList<double>>("closed");
    QTest::addColumn<double>("open"); // NAN: the server reports none for the open month
    QTest::addColumn<QDateTime>("now");
    QTest::addColumn<BudgetStatus::State>("state");
    QTest::addColumn<double>("projected"); // NAN: none
    QTest::addColumn<Month>("projectedMonth");

    const QList<double> flat(8, 1000.0);
    const Month november(2026, 11);
    const Month december(2026, 12);
    const Month january(2027, 1);
    using S = BudgetStatus::State;
    // A flow (API calls, type 1), limit 3,000 a month.
    QTest::newRow("calls: on course below the limit")
        << budget(1, 3000) << flat << 1000.0 << kMidNovember << S::Ok << 2000.0 << november;
    QTest::newRow("calls: on course above the limit")
        << budget(1, 3000) << flat << 1600.0 << kMidNovember << S::AtRisk << 3200.0 << november;
    QTest::newRow("calls: exactly on the limit is not above it")
        << budget(1, 3000) << flat << 1500.0 << kMidNovember << S::Ok << 3000.0 << november;
    QTest::newRow("calls: already over")
        << budget(1, 3000) << flat << 3000.5 << kMidNovember << S::Over << 6001.0 << november;
    QTest::newRow("calls: none yet")
        << budget(1, 3000) << flat << double(NAN) << kMidNovember << S::Ok << 0.0 << november;
    // In the month's first day the rate so far says too little: the closed months' trend
    // stands in for the month's end.
    QTest::newRow("calls: first day, rising trend")
        << budget(1, 3000) << QList<double>{2000, 2200, 2400, 2600, 2800, 3000} << 10.0
        << kFirstOfNovember << S::AtRisk << 3200.0 << november;
    QTest::newRow("calls: first day, no trend")
        << budget(1, 3000) << QList<double>{2000, 2200} << 10.0 << kFirstOfNovember << S::Ok
        << double(NAN) << Month();
    // A level (persons storage, type 2), ceiling 1,500.
    const QList<double> rising{1000, 1100, 1200, 1300, 1400, 1500};
    // The trend (100 a month, 1,500 in October) goes on from the open month: 1,600 in
    // November, 1,700 in December, 1,800 in January.
    QTest::newRow("storage: the trend crosses the ceiling next month")
        << budget(2, 1650) << rising << 1550.0 << kMidNovember << S::AtRisk << 1700.0 << december;
    QTest::newRow("storage: below, the trend's highest month shown")
        << budget(2, 5000) << rising << 1550.0 << kMidNovember << S::Ok << 1800.0 << january;
    QTest::newRow("storage: over the ceiling")
        << budget(2, 1500) << rising << 1550.0 << kMidNovember << S::Over << 1600.0 << november;
    QTest::newRow("storage: not reported yet, the last month stands")
        << budget(2, 1450) << rising << double(NAN) << kMidNovember << S::Over << 1600.0
        << november;
    QTest::newRow("storage: reported as 0, the last month stands")
        << budget(2, 1450) << rising << 0.0 << kMidNovember << S::Over << 1600.0 << november;
    QTest::newRow("storage: too few months for a forecast")
        << budget(2, 5000) << QList<double>{1000, 1100} << 1200.0 << kMidNovember << S::Ok
        << double(NAN) << Month();
}

void TestBudgetStatus::states()
{
    QFETCH(Budget, budget);
    QFETCH(QList<double>, closed);
    QFETCH(double, open);
    QFETCH(QDateTime, now);
    QFETCH(BudgetStatus::State, state);
    QFETCH(double, projected);
    QFETCH(Month, projectedMonth);
    const BudgetStatus status = BudgetStatus::of(
        budget, closedMonths(closed), std::isnan(open) ? std::nullopt : std::optional(open), now);
    QCOMPARE(status.month, Month(2026, 11));
    QCOMPARE(status.state, state);
    if (std::isnan(projected)) {
        QVERIFY(!status.projected);
        QVERIFY(!status.whyNoProjection.isEmpty());
    } else {
        QVERIFY(status.projected);
        QVERIFY2(qAbs(*status.projected - projected) < 1e-6,
                 qPrintable(QString::number(*status.projected)));
        QCOMPARE(status.projectedMonth, projectedMonth);
    }
}

void TestBudgetStatus::saysWhatItJudgedBy()
{
    const QLocale c = QLocale::c();
    BudgetStatus calls = BudgetStatus::of(budget(1, 3000), closedMonths(QList<double>(8, 1000)),
                                          1600.0, kMidNovember);
    QCOMPARE(calls.text(c), QStringLiteral("at risk  API calls, every space: 1600 calls in "
                                           "2026-11 so far, on course for 3200 by its end "
                                           "(limit 3000)"));
    Budget labs = budget(2, 1650);
    labs.spaceIds = {12, 14};
    const BudgetStatus storage = BudgetStatus::of(
        labs, closedMonths({1000, 1100, 1200, 1300, 1400, 1500}), 1550.0, kMidNovember);
    QCOMPARE(storage.text(c), QStringLiteral("at risk  Persons storage, spaces 12, 14: 1550 "
                                             "persons in 2026-11; forecast 1700 in 2026-12 "
                                             "(ceiling 1650)"));
    const BudgetStatus unreported = BudgetStatus::of(
        budget(2, 5000), closedMonths({1000, 1100, 1200, 1300, 1400, 1500}), 0.0, kMidNovember);
    QCOMPARE(unreported.actualMonth, Month(2026, 10));
    QVERIFY2(unreported.text(c).contains(QStringLiteral(": 1500 persons in 2026-10; forecast")),
             qPrintable(unreported.text(c)));
    const BudgetStatus early
        = BudgetStatus::of(budget(1, 3000), closedMonths({1, 2}), 10.0, kFirstOfNovember);
    QVERIFY2(early.text(c).contains(QStringLiteral("no projection: 2 closed months")),
             qPrintable(early.text(c)));
}

void TestBudgetStatus::saysItsFigures_data()
{
    QTest::addColumn<Budget>("budget");
    QTest::addColumn<QList<double>>("closed");
    QTest::addColumn<double>("open");
    QTest::addColumn<QString>("text");

    const QList<double> flat(8, 1000);
    const QList<double> rising{1000, 1100, 1200, 1300, 1400, 1500};
    // Half of November has passed: 1600 so far is on course for 3200.
    QTest::newRow("limit, over") << budget(1, 1500) << flat << 1600.0
                                 << "1600 of 1500 calls in 2026-11";
    QTest::newRow("limit, at risk")
        << budget(1, 3000) << flat << 1600.0 << "on course for 3200 of 3000 calls in 2026-11";
    QTest::newRow("limit, ok") << budget(1, 4000) << flat << 1600.0
                               << "1600 of 4000 calls in 2026-11 so far";
    QTest::newRow("ceiling, over")
        << budget(2, 1500) << rising << 1550.0 << "1550 persons in 2026-11, ceiling 1500";
    QTest::newRow("ceiling, at risk")
        << budget(2, 1650) << rising << 1550.0 << "forecast 1700 persons in 2026-12, ceiling 1650";
    QTest::newRow("ceiling, ok") << budget(2, 5000) << rising << 1550.0
                                 << "1550 persons in 2026-11, ceiling 5000";
}

void TestBudgetStatus::saysItsFigures()
{
    QFETCH(Budget, budget);
    QFETCH(QList<double>, closed);
    QFETCH(double, open);
    QFETCH(QString, text);
    const BudgetStatus status = BudgetStatus::of(budget, closedMonths(closed), open, kMidNovember);
    QCOMPARE(status.figuresText(QLocale::c()), text);
    const QString state
        = QString::fromLatin1(QTest::currentDataTag()).section(QLatin1Char(','), 1).trimmed();
    const QString title = state == QLatin1String("over")      ? QStringLiteral("Over budget")
                          : state == QLatin1String("at risk") ? QStringLiteral("At risk")
                                                              : QStringLiteral("Within budget");
    QCOMPARE(status.summary(QLocale::c()),
             title + QStringLiteral(" · ") + budget.title() + QStringLiteral(": ") + text);
}

QTEST_GUILESS_MAIN(TestBudgetStatus)
#include "tst_budgetstatus.moc"
