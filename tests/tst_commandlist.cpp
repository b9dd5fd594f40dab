#include "app/commandlist.h"

#include <QTest>

using namespace neuroio::app;

class TestCommandList final : public QObject
{
    Q_OBJECT

private slots:
    void closestCommand_data();
    void closestCommand();
    void helpNamesEveryCommand();
    void argumentsWithoutTheCommand();
};

void TestCommandList::closestCommand_data()
{
    QTest::addColumn<QString>("word");
    QTest::addColumn<QString>("meant"); // empty: no command is near

    QTest::newRow("swapped letters") << "exprot"
                                     << "export";
    QTest::newRow("one missing") << "exort"
                                 << "export";
    QTest::newRow("one extra") << "reports"
                               << "report";
    QTest::newRow("capitals") << "EXPORT"
                              << "export";
    QTest::newRow("two edits") << "rpeort"
                               << "report";
    QTest::newRow("another word") << "frobnicate"
                                  << "";
    QTest::newRow("three edits") << "expxxx"
                                 << "";
    QTest::newRow("empty") << ""
                           << "";
}

void TestCommandList::closestCommand()
{
    QFETCH(QString, word);
    QFETCH(QString, meant);
    QCOMPARE(neuroio::app::closestCommand(word), meant);
}

void TestCommandList::helpNamesEveryCommand()
{
    const QString help = commandsHelp();
    QVERIFY(help.startsWith(QStringLiteral("Commands:\n")));
    for (const Command &command : commands()) {
        QVERIFY2(help.contains(QStringLiteral("  %1 ").arg(command.name)),
                 qPrintable(command.name));
        QVERIFY(help.contains(command.summary));
    }
    QCOMPARE(commandNames(), QStringLiteral("export, report or check"));
}

void TestCommandList::argumentsWithoutTheCommand()
{
    char program[] = "neuroio-billing";
    char command[] = "export";
    char option[] = "--from";
    char value[] = "2026-01";
    char *argv[] = {program, command, option, value};
    QCOMPARE(argumentList(4, argv),
             (QStringList{"neuroio-billing", "export", "--from", "2026-01"}));
    QCOMPARE(argumentList(4, argv, true), (QStringList{"neuroio-billing", "--from", "2026-01"}));
}

QTEST_GUILESS_MAIN(TestCommandList)
#include "tst_commandlist.moc"
