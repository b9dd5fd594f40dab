#include "core/export/reportcontent.h"

#include <QLocale>
#include <QTest>

#include <algorithm>

using namespace neuroio;

namespace {

UsageRecord row(Month month, qint64 space, const char *name, int type, double quantity)
{
    UsageRecord r;
    r.month = month;
    r.spaceId = space;
    r.spaceName = QString::fromUtf8(name);
    r.eventType = type;
    r.quantity = quantity;
    return r;
}

using Finding = ReportContent::Finding;

// A finding's text by its label; a null string when there is none.
QString said(const QList<Finding> &findings, const QString &label)
{
    for (const Finding &finding : findings) {
        if (finding.label == label)
            return finding.text;
    }
    return {};
}

QStringList labels(const QList<Finding> &findings)
{
    QStringList all;
    for (const Finding &finding : findings)
        all << finding.label;
    return all;
}

// Months of one type with a total each: closed months for a forecast, or a range's months.
QList<MonthlyPoint> months(Month first, const QList<double> &quantities)
{
    QList<MonthlyPoint> points;
    for (double quantity : quantities) {
        MonthlyPoint point;
        point.month = first;
        point.quantity = quantity;
        point.rows = 1;
        points.append(point);
        first = first.addMonths(1);
    }
    return points;
}

const MonthRange kHalfYear(Month(2026, 1), Month(2026, 6));
const MonthRange kBefore(Month(2025, 7), Month(2025, 12));
const MonthRange kYearEarlier(Month(2025, 1), Month(2025, 6));

} // namespace

class TestReportContent final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void scopeNamesTheAccount_data();
    void scopeNamesTheAccount();
    void filtersSayWhatIsSelected_data();
    void filtersSayWhatIsSelected();
    void everySpaceAsTheDashboardShowsIt();
    void changesSayTheirMonthsOrWhyNone_data();
    void changesSayTheirMonthsOrWhyNone();
    void aYearLongRangeHasOneChange();
    void forecastIsLabelledAndApartFromTheTotals();
    void noForecastSaysWhy_data();
    void noForecastSaysWhy();
    void budgetsOnlyWhenKnown();
    void costOnlyWithAPriceList();
    void headingNamesWhatIsThere();
};

void TestReportContent::initTestCase()
{
    // The words are checked as an English reader gets them, whatever runs the test.
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestReportContent::scopeNamesTheAccount_data()
{
    QTest::addColumn<qint64>("account"); // 0: own usage
    QTest::addColumn<QString>("scope");
    QTest::newRow("own") << qint64(0) << "My usage";
    QTest::newRow("listed") << qint64(11) << "Northwind (account 11)";
    QTest::newRow("not listed") << qint64(99) << "Account 99";
}

void TestReportContent::scopeNamesTheAccount()
{
    QFETCH(qint64, account);
    QFETCH(QString, scope);
    ReportSubject subject;
    subject.accounts = {Account{11, QStringLiteral("Northwind")}};
    if (account)
        subject.accountId = account;
    QCOMPARE(ReportContent::scopeText(subject), scope);
}

void TestReportContent::filtersSayWhatIsSelected_data()
{
    QTest::addColumn<QList<qint64>>("spaces");
    QTest::addColumn<int>("listed");
    QTest::addColumn<QList<int>>("types");
    QTest::addColumn<QString>("text");
    QTest::newRow("all") << QList<qint64>{} << 6 << QList<int>{} << "All spaces · All event types";
    QTest::newRow("some of a list")
        << QList<qint64>{4, 5} << 6 << QList<int>{1} << "2 of 6 spaces · 1 of 4 event types";
    QTest::newRow("no list: no total") << QList<qint64>{16, 17} << -1 << QList<int>{2, 3}
                                       << "Selected spaces: 2 · 2 of 4 event types";
}

void TestReportContent::filtersSayWhatIsSelected()
{
    QFETCH(QList<qint64>, spaces);
    QFETCH(int, listed);
    QFETCH(QList<int>, types);
    QFETCH(QString, text);
    ReportSubject subject;
    subject.spaceIds = spaces;
    subject.spacesListed = listed;
    subject.eventTypes = types;
    QCOMPARE(ReportContent::filtersText(subject), text);
}

void TestReportContent::everySpaceAsTheDashboardShowsIt()
{
    const MonthRange range(Month(2026, 1), Month(2026, 2));
    UsageAggregator aggregator;
    aggregator.reset(range);
    aggregator.add({row(Month(2026, 1), 4, "Lobby", 1, 100), row(Month(2026, 2), 4, "Lobby", 1, 50),
                    row(Month(2026, 1), 5, "Garage", 1, 400),
                    row(Month(2026, 1), 4, "Lobby", 2, 30), row(Month(2026, 2), 4, "Lobby", 2, 35),
                    row(Month(2026, 2), 5, "Garage", 2, 7)});
    ReportSubject subject;
    subject.range = range;
    subject.eventTypes = {1, 2};
    const UsageTotals totals{UsageTotal{1, 550, {}}, UsageTotal{2, 72, {}}};
    const QDateTime made(QDate(2026, 3, 1), QTime(9, 30));
    const ReportContent content = ReportContent::build(subject, totals, aggregator, made);

    QCOMPARE(content.title, QStringLiteral("NeuroIO usage report"));
    QCOMPARE(content.documentTitle(),
             QStringLiteral("NeuroIO usage report: My usage, 2026-01 to 2026-02"));
    QCOMPARE(content.eventTypes, (QList<int>{1, 2}));
    QCOMPARE(content.totals.size(), 2);
    QCOMPARE(content.aggregator, &aggregator);
    QCOMPARE(content.spaces.size(), 2);
    // Largest API calls first; calls summed, persons storage at its last month's level.
    QCOMPARE(content.spaces[0].name, QStringLiteral("Garage"));
    QCOMPARE(content.spaces[0].values.value(1), 400.0);
    QCOMPARE(content.spaces[0].values.value(2), 7.0);
    QCOMPARE(content.spaces[1].name, QStringLiteral("Lobby"));
    QCOMPARE(content.spaces[1].values.value(1), 150.0);
    QCOMPARE(content.spaces[1].values.value(2), 35.0);

    // Nothing selected: every known type is a column, and a type the rows carried too.
    aggregator.add(row(Month(2026, 1), 4, "Lobby", 7, 1));
    subject.eventTypes = {};
    QCOMPARE(ReportContent::build(subject, totals, aggregator, made).eventTypes,
             (QList<int>{1, 2, 3, 4, 7}));
}

void TestReportContent::changesSayTheirMonthsOrWhyNone_data()
{
    QTest::addColumn<std::optional<PeriodComparison>>("comparison");
    QTest::addColumn<QString>("text");
    const QString thin = QStringLiteral("\u202f");
    QTest::newRow("up") << std::optional(PeriodComparison{kBefore, UsageTotals{{1, 400, {}}}, {}})
                        << "+25.0" + thin + "% (+100 calls) against 2025-07 to 2025-12";
    QTest::newRow("down") << std::optional(
        PeriodComparison{kBefore, UsageTotals{{1, 1000, {}}}, {}})
                          << "-50.0" + thin + "% (-500 calls) against 2025-07 to 2025-12";
    // The earlier months have no figure for the type: no change to tell, never 0 %.
    QTest::newRow("no data") << std::optional(
        PeriodComparison{kBefore, UsageTotals{{2, 30, {}}}, {}})
                             << QStringLiteral("no data for 2025-07 to 2025-12");
    QTest::newRow("none before") << std::optional(
        PeriodComparison{kBefore, UsageTotals{{1, 0, {}}}, {}})
                                 << QStringLiteral("500 calls more than in 2025-07 to 2025-12, "
                                                   "which had none");
    QTest::newRow("open month")
        << std::optional(PeriodComparison{kBefore, std::nullopt,
                                          QStringLiteral("2026-06 is not over yet, so its "
                                                         "total is partial")})
        << QStringLiteral("not compared with 2025-07 to 2025-12: 2026-06 is not over yet, so "
                          "its total is partial");
    QTest::newRow("not in yet") << std::optional<PeriodComparison>()
                                << QStringLiteral("not compared: the earlier totals had not come "
                                                  "in when the report was made");
}

void TestReportContent::changesSayTheirMonthsOrWhyNone()
{
    QFETCH(std::optional<PeriodComparison>, comparison);
    QFETCH(QString, text);
    ReportInsights insights;
    insights.previousPeriod = comparison;
    insights.yearEarlier
        = PeriodComparison{kYearEarlier, UsageTotals{{1, 250, {}}, {2, 40, {}}}, {}};
    const UsageTotals totals{UsageTotal{1, 500, {}}};
    const QList<Finding> findings = ReportContent::findingsFor(1, kHalfYear, totals, insights);
    QCOMPARE(said(findings, QStringLiteral("Against the months before")), text);
    QCOMPARE(said(findings, QStringLiteral("Against a year earlier")),
             QStringLiteral("+100.0\u202f% (+250 calls) against 2025-01 to 2025-06"));
    // A level's change is in its unit-months, as its total.
    QCOMPARE(said(ReportContent::findingsFor(2, kHalfYear, {UsageTotal{2, 50, {}}}, insights),
                  QStringLiteral("Against a year earlier")),
             QStringLiteral("+25.0\u202f% (+10 person-months) against 2025-01 to 2025-06"));
}

void TestReportContent::aYearLongRangeHasOneChange()
{
    const MonthRange year(Month(2025, 11), Month(2026, 10));
    const MonthRange before(Month(2024, 11), Month(2025, 10));
    ReportInsights insights;
    insights.previousPeriod = PeriodComparison{before, UsageTotals{{1, 800, {}}}, {}};
    insights.yearEarlier = insights.previousPeriod;
    const QList<Finding> findings
        = ReportContent::findingsFor(1, year, {UsageTotal{1, 1000, {}}}, insights);
    QCOMPARE(labels(findings),
             (QStringList{QStringLiteral("Against the year before"), QStringLiteral("Forecast")}));
    QCOMPARE(findings.first().text,
             QStringLiteral("+25.0\u202f% (+200 calls) against 2024-11 to 2025-10"));
}

void TestReportContent::forecastIsLabelledAndApartFromTheTotals()
{
    // Six closed months on a straight line, then the open month: the forecast goes on from
    // the last closed month, leaves the open one out, and has no band (no scatter).
    const MonthRange range(Month(2026, 5), Month(2026, 11));
    QList<MonthlyPoint> series = months(Month(2026, 5), {100, 200, 300, 400, 500, 600, 7});
    ReportInsights insights;
    insights.openMonth = Month(2026, 11);
    insights.forecasts.insert(1, TrendForecast::ofRange(series, insights.openMonth));
    const UsageTotals totals{UsageTotal{1, 2107, {}}};
    const QList<Finding> findings = ReportContent::findingsFor(1, range, totals, insights);
    QCOMPARE(said(findings, QStringLiteral("Forecast")),
             QStringLiteral("2026-11: 700 calls (700 to 700); 2026-12: 800 calls (800 to 800); "
                            "2027-01: 900 calls (900 to 900) — from the trend of 6 closed "
                            "months, not part of any total"));

    // A level's forecast is its level, in its own unit; the band shows the scatter.
    series = months(Month(2026, 5), {1000, 1120, 1180, 1300, 1420, 1480});
    const TrendForecast levels = TrendForecast::ofRange(series, Month(2026, 11));
    QVERIFY(levels.isValid());
    QVERIFY(levels.points.first().low < levels.points.first().high);
    QVERIFY(ReportContent::forecastText(2, levels).startsWith(
        QStringLiteral("2026-11: %1 persons (%2 to %3); ")
            .arg(QLocale().toString(qRound64(levels.points[0].value)))
            .arg(QLocale().toString(qRound64(levels.points[0].low)))
            .arg(QLocale().toString(qRound64(levels.points[0].high)))));

    // Built into a report, the totals stay the server's: no forecast month is added.
    UsageAggregator aggregator;
    aggregator.reset(range);
    ReportSubject subject;
    subject.range = range;
    subject.eventTypes = {1};
    const ReportContent content
        = ReportContent::build(subject, totals, aggregator, QDateTime(), insights);
    QCOMPARE(content.totals.size(), 1);
    QCOMPARE(*content.totals.first().quantity, 2107.0);
    QCOMPARE(content.openMonth, Month(2026, 11));
    QCOMPARE(content.findings.value(1), findings);
}

void TestReportContent::noForecastSaysWhy_data()
{
    QTest::addColumn<QList<MonthlyPoint>>("series");
    QTest::addColumn<bool>("known"); // false: the monthly figures had not come in
    QTest::addColumn<QString>("text");
    QTest::newRow("too few months")
        << months(Month(2026, 7), {100, 200, 300, 400}) << true
        << QStringLiteral("none: 4 closed months with usage; a forecast needs 6");
    QTest::newRow("range ends earlier")
        << months(Month(2026, 1), {100, 200, 300, 400, 500, 600}) << true
        << QStringLiteral("none: the range ends before the last closed month, 2026-10");
    QTest::newRow("not in") << QList<MonthlyPoint>() << false
                            << QStringLiteral("none: the monthly figures had not come in");
}

void TestReportContent::noForecastSaysWhy()
{
    QFETCH(QList<MonthlyPoint>, series);
    QFETCH(bool, known);
    QFETCH(QString, text);
    ReportInsights insights;
    insights.openMonth = Month(2026, 11);
    if (known)
        insights.forecasts.insert(1, TrendForecast::ofRange(series, insights.openMonth));
    QCOMPARE(said(ReportContent::findingsFor(1, kHalfYear, {UsageTotal{1, 1, {}}}, insights),
                  QStringLiteral("Forecast")),
             text);
}

void TestReportContent::budgetsOnlyWhenKnown()
{
    const UsageTotals totals{UsageTotal{1, 500, {}}, UsageTotal{2, 50, {}}, UsageTotal{3, 9, {}}};
    ReportInsights insights;
    // No budgets known: the report says nothing of budgets.
    for (int type : {1, 2, 3}) {
        const QStringList shown = labels(ReportContent::findingsFor(type, kHalfYear, totals, {}));
        QVERIFY2(
            std::none_of(shown.cbegin(), shown.cend(),
                         [](const QString &l) { return l.startsWith(QLatin1String("Budget")); }),
            qPrintable(shown.join(QLatin1Char('|'))));
    }

    Budget calls;
    calls.eventType = 1;
    calls.limit = 1000;
    Budget storage;
    storage.name = QStringLiteral("Lab storage");
    storage.eventType = 2;
    storage.spaceIds = {4, 5};
    storage.limit = 100;
    Budget entries;
    entries.eventType = 3;
    entries.limit = 10;
    BudgetStatus over;
    over.budget = storage;
    over.state = BudgetStatus::State::Over;
    over.month = Month(2026, 11);
    over.actual = 120;
    over.actualMonth = Month(2026, 11);
    BudgetStatus ok;
    ok.budget = calls;
    ok.state = BudgetStatus::State::Ok;
    ok.month = Month(2026, 11);
    ok.actual = 300;
    ok.actualMonth = Month(2026, 11);
    insights.budgets = {calls, storage, entries};
    insights.budgetStatuses = {ok, over}; // the entries' budget was not checked

    const QString november = QStringLiteral("Budget in 2026-11");
    // The state in words, not in colour: "Over budget", "Within budget".
    QCOMPARE(said(ReportContent::findingsFor(2, kHalfYear, totals, insights), november),
             QStringLiteral("Over budget · Lab storage: 120 persons in 2026-11, ceiling 100"));
    QCOMPARE(said(ReportContent::findingsFor(1, kHalfYear, totals, insights), november),
             QStringLiteral("Within budget · API calls, every space: 300 of 1,000 calls in "
                            "2026-11 so far"));
    QCOMPARE(
        said(ReportContent::findingsFor(3, kHalfYear, totals, insights), QStringLiteral("Budget")),
        QStringLiteral("not checked when the report was made"));
    QCOMPARE(
        said(ReportContent::findingsFor(4, kHalfYear, totals, insights), QStringLiteral("Budget")),
        QStringLiteral("none set for Source licenses"));
}

void TestReportContent::costOnlyWithAPriceList()
{
    const UsageTotals totals{UsageTotal{1, 500, {}}, UsageTotal{3, 9, {}}};
    ReportInsights insights;
    QVERIFY(said(ReportContent::findingsFor(1, kHalfYear, totals, insights),
                 QStringLiteral("Estimated cost"))
                .isNull());
    insights.costs = QMap<int, Money>{{1, Money{384163, QStringLiteral("EUR"), 2, false}}};
    QCOMPARE(said(ReportContent::findingsFor(1, kHalfYear, totals, insights),
                  QStringLiteral("Estimated cost")),
             QStringLiteral("€3,841.63, an estimate from your price list, not a bill"));
    // A type the list has no price for has no cost, never 0.
    QCOMPARE(said(ReportContent::findingsFor(3, kHalfYear, totals, insights),
                  QStringLiteral("Estimated cost")),
             QStringLiteral("none: your price list has no price for Entry storage"));
    // A type it prices, without months to price (none in the range, or none loaded), says so.
    insights.pricedTypes = {1, 3};
    QCOMPARE(said(ReportContent::findingsFor(3, kHalfYear, totals, insights),
                  QStringLiteral("Estimated cost")),
             QStringLiteral("none: no monthly figures of Entry storage to price"));
}

void TestReportContent::headingNamesWhatIsThere()
{
    UsageAggregator aggregator;
    aggregator.reset(kHalfYear);
    ReportSubject subject;
    subject.range = kHalfYear;
    subject.eventTypes = {1};
    ReportInsights insights;
    const auto title = [&] {
        return ReportContent::build(subject, {}, aggregator, QDateTime(), insights).findingsTitle;
    };
    QCOMPARE(title(), QStringLiteral("Changes and forecasts"));
    insights.costs = QMap<int, Money>();
    QCOMPARE(title(), QStringLiteral("Changes, forecasts and costs"));
    insights.budgets = {Budget{QString(), 1, {}, 10}};
    QCOMPARE(title(), QStringLiteral("Changes, forecasts, budgets and costs"));
    insights.costs.reset();
    QCOMPARE(title(), QStringLiteral("Changes, forecasts and budgets"));
}

QTEST_GUILESS_MAIN(TestReportContent)
#include "tst_reportcontent.moc"
