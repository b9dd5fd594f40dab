#include "core/api/responseparser.h"
#include "ui/dashboard/totalsmodel.h"
#include "ui/widgets/modelroles.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace neuroio;
using namespace neuroio::ui;

class TestTotalsModel final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }
    void rowsPerEventType();
    void changesOnceTheEarlierTotalsAreIn();
    void budgetsOutlastNewTotals();
};

void TestTotalsModel::rowsPerEventType()
{
    const auto totals = ResponseParser::usageTotals(
        R"({"results":[{"event_type":4,"quantity":113},{"event_type":1,"quantity":7590814},)"
        R"({"event_type":8},{"event_type":2,"quantity":0}]})",
        QStringLiteral("test"));
    QVERIFY(totals.isOk());
    TotalsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setTotals(totals.value);
    QCOMPARE(model.rowCount(), 4);
    const auto cell
        = [&](int row, int column) { return model.index(row, column).data().toString(); };
    // Ordered by event type, each in its own unit.
    QCOMPARE(cell(0, TotalsModel::EventTypeColumn), QStringLiteral("API calls"));
    QCOMPARE(cell(0, TotalsModel::QuantityColumn), QStringLiteral("7,590,814"));
    QCOMPARE(cell(0, TotalsModel::UnitColumn), QStringLiteral("calls"));
    QCOMPARE(cell(1, TotalsModel::QuantityColumn), QStringLiteral("0")); // a real zero
    QVERIFY(model.index(1, TotalsModel::QuantityColumn).data(HasDataRole).toBool());
    QCOMPARE(cell(2, TotalsModel::EventTypeColumn), QStringLiteral("Source licenses"));
    QCOMPARE(cell(3, TotalsModel::EventTypeColumn), QStringLiteral("Event type 8"));
    QCOMPARE(cell(3, TotalsModel::QuantityColumn), QString()); // missing, not 0
    QVERIFY(!model.index(3, TotalsModel::QuantityColumn).data(HasDataRole).toBool());
    QCOMPARE(model.index(0, TotalsModel::QuantityColumn).data(RawValueRole).toDouble(), 7590814.0);
    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

void TestTotalsModel::changesOnceTheEarlierTotalsAreIn()
{
    const auto parse = [](const char *json) {
        return ResponseParser::usageTotals(json, QStringLiteral("test")).value;
    };
    TotalsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setTotals(parse(R"({"results":[{"event_type":1,"quantity":1234},)"
                          R"({"event_type":2,"quantity":500}]})"));
    const auto cell = [&](int row, int column) { return model.index(row, column); };
    using A = PeriodChange::Against;
    // Not in yet: nothing said, no number.
    QCOMPARE(cell(0, TotalsModel::PreviousPeriodColumn).data().toString(), QString());
    QVERIFY(!cell(0, TotalsModel::PreviousPeriodColumn).data(RawValueRole).isValid());
    QVERIFY(!model.change(0, A::PreviousPeriod));

    const MonthRange before(Month(2025, 5), Month(2025, 10));
    model.setComparison(A::PreviousPeriod, before,
                        parse(R"({"results":[{"event_type":1,"quantity":1000}]})"));
    QCOMPARE(cell(0, TotalsModel::PreviousPeriodColumn).data().toString(),
             QStringLiteral("+23.4\u202f% against 2025-05 to 2025-10"));
    QCOMPARE(cell(0, TotalsModel::PreviousPeriodColumn).data(Qt::ToolTipRole).toString(),
             QStringLiteral("+23.4\u202f% (+234 calls) against 2025-05 to 2025-10"));
    QCOMPARE(cell(0, TotalsModel::PreviousPeriodColumn).data(RawValueRole).toDouble(), 23.4);
    QVERIFY(cell(0, TotalsModel::PreviousPeriodColumn).data(HasDataRole).toBool());
    // Persons storage had no total then: no data, never 0 %.
    QCOMPARE(cell(1, TotalsModel::PreviousPeriodColumn).data().toString(),
             QStringLiteral("no data for 2025-05 to 2025-10"));
    QVERIFY(!cell(1, TotalsModel::PreviousPeriodColumn).data(RawValueRole).isValid());
    QVERIFY(!cell(1, TotalsModel::PreviousPeriodColumn).data(HasDataRole).toBool());

    model.setComparisonFailed(A::YearEarlier, MonthRange(Month(2024, 11), Month(2025, 4)),
                              QStringLiteral("timed out"));
    QCOMPARE(cell(0, TotalsModel::YearEarlierColumn).data().toString(),
             QStringLiteral("could not compare with 2024-11 to 2025-04: timed out"));
    QCOMPARE(model.headerData(TotalsModel::YearEarlierColumn, Qt::Horizontal).toString(),
             QStringLiteral("Against a year earlier"));

    // New totals belong to other filters: the old comparisons go with them.
    model.setTotals(parse(R"({"results":[{"event_type":1,"quantity":5}]})"));
    QCOMPARE(cell(0, TotalsModel::PreviousPeriodColumn).data().toString(), QString());
    QCOMPARE(cell(0, TotalsModel::YearEarlierColumn).data().toString(), QString());
}

void TestTotalsModel::budgetsOutlastNewTotals()
{
    const auto totals = ResponseParser::usageTotals(
        R"({"results":[{"event_type":1,"quantity":1234},{"event_type":2,"quantity":500}]})",
        QStringLiteral("test"));
    TotalsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setTotals(totals.value);
    const QModelIndex calls = model.index(0, TotalsModel::BudgetColumn);
    QCOMPARE(calls.data().toString(), QString());
    QVERIFY(!calls.data(BudgetStateRole).isValid());
    QCOMPARE(model.headerData(TotalsModel::BudgetColumn, Qt::Horizontal).toString(),
             QStringLiteral("Budgets this month"));

    BudgetStatus over;
    over.budget.eventType = 1;
    over.budget.limit = 1000;
    over.actual = 1500;
    over.month = Month(2026, 11);
    over.state = BudgetStatus::State::Over;
    BudgetStatus ok = over;
    ok.budget.limit = 5000;
    ok.budget.name = QStringLiteral("Loose");
    ok.state = BudgetStatus::State::Ok;
    model.setBudgetStatuses({ok, over});
    QCOMPARE(model.budgetStatuses(1).size(), 2);
    // The same said again (a skipped check, a page turned) redraws nothing.
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    model.setBudgetStatuses({ok, over});
    QCOMPARE(resets.size(), 0);
    QVERIFY(model.budgetStatuses(2).isEmpty());
    QCOMPARE(model.index(0, TotalsModel::BudgetColumn).data().toString(),
             QStringLiteral("Within budget · Loose: 1,500 of 5,000 calls in 2026-11 so far\n"
                            "Over budget · API calls, every space: 1,500 of 1,000 calls in "
                            "2026-11"));
    QCOMPARE(model.index(0, TotalsModel::BudgetColumn).data(BudgetStateRole).toInt(),
             int(BudgetStatus::State::Over));
    QVERIFY(!model.index(1, TotalsModel::BudgetColumn).data(BudgetStateRole).isValid());
    // The budgets are about the month open now, not the range: new totals keep them.
    model.setTotals(totals.value);
    QCOMPARE(model.budgetStatuses(1).size(), 2);
}

QTEST_GUILESS_MAIN(TestTotalsModel)
#include "tst_totalsmodel.moc"
