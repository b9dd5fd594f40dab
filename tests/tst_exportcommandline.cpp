#include "app/filterarguments.h"
#include "core/api/eventtype.h"
#include "core/views/exportcommandline.h"
#include "core/views/savedviewstore.h"

#include <QCommandLineParser>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace neuroio;
using namespace neuroio::app;

Q_DECLARE_METATYPE(neuroio::SavedView)

// The line "Copy as Command Line" puts on the clipboard, read back by the command line's own
// parser: the export it runs asks for exactly what the view shows.
class TestExportCommandLine final : public QObject
{
    Q_OBJECT

private slots:
    void readsBackAsTheView_data();
    void readsBackAsTheView();
};

void TestExportCommandLine::readsBackAsTheView_data()
{
    QTest::addColumn<SavedView>("view");
    QTest::addColumn<QString>("line");

    SavedView plain;
    QTest::newRow("the default: the last 12 full months, left to the command")
        << plain << QStringLiteral("neuroio-billing export --output usage.csv");
    SavedView quarter;
    quarter.preset = MonthRange::Preset::Last3Months;
    quarter.spaceIds = {4, 17};
    quarter.eventTypes = {1, 4};
    QTest::newRow("a relative quarter, resolved, spaces and types")
        << quarter
        << QStringLiteral("neuroio-billing export --from 2026-08 --to 2026-10 --spaces 4,17 "
                          "--event-types api-calls,source-licenses --output usage.csv");
    SavedView account;
    account.accountId = 12;
    account.preset = MonthRange::Preset::Custom;
    account.fixedRange = MonthRange(Month(2025, 1), Month(2025, 6));
    account.eventTypes = {3};
    QTest::newRow("a managed account, a fixed range")
        << account
        << QStringLiteral("neuroio-billing export --account 12 --from 2025-01 --to 2025-06 "
                          "--event-types entry-storage --output usage.csv");
}

void TestExportCommandLine::readsBackAsTheView()
{
    QFETCH(SavedView, view);
    QFETCH(QString, line);
    const Month current(2026, 11);
    QCOMPARE(exportCommandLine(view, current), line);
    // Nothing a shell would take for anything but a word.
    static const QRegularExpression word(QStringLiteral("^[A-Za-z0-9_.,:-]+$"));
    const QStringList arguments = exportArguments(view, current);
    for (const QString &argument : arguments)
        QVERIFY2(word.match(argument).hasMatch(), qPrintable(argument));

    QCommandLineParser parser;
    FilterArguments::addOptions(parser);
    parser.addOption(QCommandLineOption(QStringLiteral("output"), QString(), QStringLiteral("f")));
    // As the program reads it: its name, the command, then the command's options.
    QCOMPARE(arguments.mid(0, 2),
             (QStringList{QStringLiteral("neuroio-billing"), QStringLiteral("export")}));
    QStringList options = arguments;
    options.removeAt(1);
    QVERIFY2(parser.parse(options), qPrintable(parser.errorText()));
    QVERIFY(parser.positionalArguments().isEmpty());
    QTemporaryDir noViews;
    const auto read = FilterArguments::read(parser, SavedViewStore(noViews.path()));
    QVERIFY2(read.isOk(), qPrintable(read.error.message));
    const BillingQuery query = read.value.query(current);
    const MonthRange range = view.resolve(current);
    QCOMPARE(query.monthFrom, std::optional(range.from()));
    QCOMPARE(query.monthTo, std::optional(range.to()));
    QCOMPARE(query.spaceIds, view.spaceIds);
    QCOMPARE(query.eventTypes, view.eventTypes);
    QCOMPARE(read.value.scope(), view.accountId);
}

QTEST_GUILESS_MAIN(TestExportCommandLine)
#include "tst_exportcommandline.moc"
