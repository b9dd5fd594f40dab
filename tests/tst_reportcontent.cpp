#include "core/export/reportcontent.h"

#include <QTest>

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

} // namespace

class TestReportContent final : public QObject
{
    Q_OBJECT

private slots:
    void scopeNamesTheAccount_data();
    void scopeNamesTheAccount();
    void filtersSayWhatIsSelected_data();
    void filtersSayWhatIsSelected();
    void everySpaceAsTheDashboardShowsIt();
};

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

QTEST_GUILESS_MAIN(TestReportContent)
#include "tst_reportcontent.moc"
