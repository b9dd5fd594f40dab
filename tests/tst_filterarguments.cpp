#include "app/filterarguments.h"
#include "core/views/savedviewstore.h"

#include <QCommandLineParser>
#include <QTemporaryDir>
#include <QTest>

using neuroio::ApiError;
using neuroio::BillingQuery;
using neuroio::Month;
using neuroio::MonthRange;
using neuroio::Result;
using neuroio::SavedView;
using neuroio::SavedViewStore;
using neuroio::app::FilterArguments;

namespace {

constexpr Month kCurrent(2026, 11); // the default range is then 2025-11 to 2026-10

} // namespace

class TestFilterArguments : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void rejects_data();
    void rejects();
    void dashboardView_data();
    void dashboardView();
    void query_data();
    void query();
    void emptyMeansNothingGiven();

private:
    Result<FilterArguments> read(const QStringList &arguments);

    QTemporaryDir m_dir;
    std::unique_ptr<SavedViewStore> m_views;
};

void TestFilterArguments::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_views = std::make_unique<SavedViewStore>(m_dir.path());
    SavedView q1;
    q1.name = QStringLiteral("Q1");
    q1.preset = MonthRange::Preset::Custom;
    q1.fixedRange = MonthRange(Month(2026, 1), Month(2026, 3));
    q1.accountId = 12;
    q1.spaceIds = {4, 5};
    q1.eventTypes = {2};
    q1.openAtStart = true;
    QVERIFY(m_views->save(q1).isOk());
    SavedView recent;
    recent.name = QStringLiteral("Recent");
    recent.preset = MonthRange::Preset::Last3Months;
    QVERIFY(m_views->save(recent).isOk());
}

Result<FilterArguments> TestFilterArguments::read(const QStringList &arguments)
{
    QCommandLineParser parser;
    FilterArguments::addOptions(parser);
    if (!parser.parse(QStringList{QStringLiteral("neuroio-billing")} + arguments))
        return Result<FilterArguments>::failure(ApiError::invalidInput(parser.errorText()));
    return FilterArguments::read(parser, *m_views);
}

void TestFilterArguments::rejects_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");

    QTest::newRow("month 13") << QStringList{"--from", "2025-13"}
                              << "--from: \"2025-13\" is not a month: the month must be 01 to 12";
    QTest::newRow("not a month") << QStringList{"--to", "June"} << "--to: \"June\"";
    QTest::newRow("reversed") << QStringList{
        "--from", "2025-06", "--to",
        "2025-01"} << "--from and --to: the range starts in 2025-06, after it ends in 2025-01";
    QTest::newRow("space not a number")
        << QStringList{"--spaces", "4,x"} << "--spaces: \"x\" is not a space id";
    QTest::newRow("space zero") << QStringList{"--spaces", "0"}
                                << "--spaces: \"0\" is not a space id";
    QTest::newRow("space empty item")
        << QStringList{"--spaces", "4,,5"} << "--spaces: \"\" is not a space id";
    QTest::newRow("unknown event type")
        << QStringList{"--event-types", "api-calls,bogus"}
        << "--event-types: \"bogus\" is not an event type; use api-calls, persons-storage, "
           "entry-storage, source-licenses, or 1 to 4";
    QTest::newRow("event type 5") << QStringList{"--event-types", "5"}
                                  << "--event-types: \"5\" is not an event type";
    QTest::newRow("negative account")
        << QStringList{"--account", "-1"} << "--account: \"-1\" is not an account id";
    QTest::newRow("no such view") << QStringList{"--view", "Nope"} << "--view: ";
    QTest::newRow("reversed over a view")
        << QStringList{"--view", "Q1", "--from", "2026-03", "--to", "2026-02"}
        << "--from and --to: the range starts in 2026-03, after it ends in 2026-02";
}

void TestFilterArguments::rejects()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const auto filters = read(arguments);
    QCOMPARE(filters.error.kind, ApiError::Kind::InvalidInput);
    QVERIFY2(filters.error.message.startsWith(message), qPrintable(filters.error.message));
}

void TestFilterArguments::dashboardView_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<MonthRange>("range");
    QTest::addColumn<bool>("relative");
    QTest::addColumn<QList<qint64>>("spaces");
    QTest::addColumn<QList<int>>("types");
    QTest::addColumn<qint64>("account"); // 0: the user's own usage

    const MonthRange defaults(Month(2025, 11), Month(2026, 10));
    QTest::newRow("nothing: the defaults")
        << QStringList{} << defaults << true << QList<qint64>{} << QList<int>{} << qint64(0);
    QTest::newRow("both months") << QStringList{"--from", "2025-01", "--to", "2025-06"}
                                 << MonthRange(Month(2025, 1), Month(2025, 6)) << false
                                 << QList<qint64>{} << QList<int>{} << qint64(0);
    QTest::newRow("from alone runs to the default end")
        << QStringList{"--from", "2026-03"} << MonthRange(Month(2026, 3), Month(2026, 10)) << false
        << QList<qint64>{} << QList<int>{} << qint64(0);
    QTest::newRow("from after the default end is one month")
        << QStringList{"--from", "2027-02"} << MonthRange(Month(2027, 2), Month(2027, 2)) << false
        << QList<qint64>{} << QList<int>{} << qint64(0);
    QTest::newRow("to alone keeps the default length")
        << QStringList{"--to", "2025-06"} << MonthRange(Month(2024, 7), Month(2025, 6)) << false
        << QList<qint64>{} << QList<int>{} << qint64(0);
    QTest::newRow("one month") << QStringList{"--from", "2026-02", "--to", "2026-02"}
                               << MonthRange(Month(2026, 2), Month(2026, 2)) << false
                               << QList<qint64>{} << QList<int>{} << qint64(0);
    QTest::newRow("spaces, types by name and number, account")
        << QStringList{"--spaces", "4, 5", "--event-types", "1,persons-storage", "--account", "12"}
        << defaults << true << QList<qint64>{4, 5} << QList<int>{1, 2} << qint64(12);
    QTest::newRow("a fixed view") << QStringList{"--view", "Q1"}
                                  << MonthRange(Month(2026, 1), Month(2026, 3)) << false
                                  << QList<qint64>{4, 5} << QList<int>{2} << qint64(12);
    QTest::newRow("a relative view stays relative")
        << QStringList{"--view", "Recent"} << MonthRange(Month(2026, 8), Month(2026, 10)) << true
        << QList<qint64>{} << QList<int>{} << qint64(0);
    QTest::newRow("options override the view")
        << QStringList{"--view", "Q1", "--account", "13", "--event-types", "4", "--spaces", "7"}
        << MonthRange(Month(2026, 1), Month(2026, 3)) << false << QList<qint64>{7} << QList<int>{4}
        << qint64(13);
    QTest::newRow("to alone keeps the view's length")
        << QStringList{"--view", "Recent", "--to", "2026-09"}
        << MonthRange(Month(2026, 7), Month(2026, 9)) << false << QList<qint64>{} << QList<int>{}
        << qint64(0);
    QTest::newRow("from alone runs to the view's end")
        << QStringList{"--view", "Q1", "--from", "2026-02"}
        << MonthRange(Month(2026, 2), Month(2026, 3)) << false << QList<qint64>{4, 5}
        << QList<int>{2} << qint64(12);
    QTest::newRow("from after the view's end is one month")
        << QStringList{"--view", "Q1", "--from", "2026-05"}
        << MonthRange(Month(2026, 5), Month(2026, 5)) << false << QList<qint64>{4, 5}
        << QList<int>{2} << qint64(12);
    QTest::newRow("to before the view keeps its length")
        << QStringList{"--view", "Q1", "--to", "2025-12"}
        << MonthRange(Month(2025, 10), Month(2025, 12)) << false << QList<qint64>{4, 5}
        << QList<int>{2} << qint64(12);
}

void TestFilterArguments::dashboardView()
{
    QFETCH(QStringList, arguments);
    QFETCH(MonthRange, range);
    QFETCH(bool, relative);
    QFETCH(QList<qint64>, spaces);
    QFETCH(QList<int>, types);
    QFETCH(qint64, account);
    const auto filters = read(arguments);
    QVERIFY2(filters.isOk(), qPrintable(filters.error.message));
    const SavedView view = filters.value.dashboardView(kCurrent);
    QCOMPARE(view.resolve(kCurrent), range);
    QCOMPARE(view.isRelative(), relative);
    QCOMPARE(view.spaceIds, spaces);
    QCOMPARE(view.eventTypes, types);
    QCOMPARE(view.accountId.value_or(0), account);
    QVERIFY(!view.openAtStart); // a view from the command line never marks itself for later
    // The status bar says "Opened the view Q1" only when the view is shown as saved.
    const bool unchangedView = arguments.size() == 2 && arguments.first() == "--view";
    QCOMPARE(view.name.isEmpty(), !unchangedView);
}

void TestFilterArguments::query_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<QList<qint64>>("spaces");
    QTest::addColumn<QList<int>>("types");
    QTest::addColumn<qint64>("account");

    // Without a view, the dashboard's default range: the last 12 full months (today 2026-11).
    QTest::newRow("nothing: the default")
        << QStringList{} << "2025-11"
        << "2026-10" << QList<qint64>{} << QList<int>{} << qint64(0);
    QTest::newRow("from alone runs to the default's end")
        << QStringList{"--from", "2026-03"} << "2026-03"
        << "2026-10" << QList<qint64>{} << QList<int>{} << qint64(0);
    QTest::newRow("to alone keeps the default's length")
        << QStringList{"--to", "2026-03"} << "2025-04"
        << "2026-03" << QList<qint64>{} << QList<int>{} << qint64(0);
    QTest::newRow("a relative view resolves today")
        << QStringList{"--view", "Recent"} << "2026-08"
        << "2026-10" << QList<qint64>{} << QList<int>{} << qint64(0);
    QTest::newRow("a view and overrides")
        << QStringList{"--view",   "Q1", "--to",          "2026-02",
                       "--spaces", "9",  "--event-types", "source-licenses"}
        << "2025-12"
        << "2026-02" << QList<qint64>{9} << QList<int>{4} << qint64(12);
    QTest::newRow("from after the view's end")
        << QStringList{"--view", "Q1", "--from", "2026-05"} << "2026-05"
        << "2026-05" << QList<qint64>{4, 5} << QList<int>{2} << qint64(12);
}

void TestFilterArguments::query()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(QList<qint64>, spaces);
    QFETCH(QList<int>, types);
    QFETCH(qint64, account);
    const auto filters = read(arguments);
    QVERIFY(filters.isOk());
    const BillingQuery query = filters.value.query(kCurrent);
    QCOMPARE(query.monthFrom ? query.monthFrom->toString() : QString(), from);
    QCOMPARE(query.monthTo ? query.monthTo->toString() : QString(), to);
    QCOMPARE(query.spaceIds, spaces);
    QCOMPARE(query.eventTypes, types);
    QCOMPARE(filters.value.scope().value_or(0), account);
}

void TestFilterArguments::emptyMeansNothingGiven()
{
    QVERIFY(read({}).value.isEmpty());
    for (const QStringList &one : {QStringList{"--from", "2026-01"}, QStringList{"--spaces", "4"},
                                   QStringList{"--event-types", "1"}, QStringList{"--account", "3"},
                                   QStringList{"--view", "Recent"}}) {
        QVERIFY2(!read(one).value.isEmpty(), qPrintable(one.join(QLatin1Char(' '))));
    }
}

QTEST_GUILESS_MAIN(TestFilterArguments)
#include "tst_filterarguments.moc"
