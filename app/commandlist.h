#pragma once

#include <QList>
#include <QString>
#include <QStringList>

class QCommandLineParser;

namespace neuroio::app {

// The commands neuroio-billing runs besides the dashboard, in one place for the dispatch in
// main, the help text and the message for a word that is not a command.
struct Command
{
    QString name;
    QString summary;
};

QList<Command> commands();
// "Commands:" and one line per command, for --help and for an unknown command.
QString commandsHelp();
// The program's arguments as Qt reads them, without the command word ("export") when asked.
QStringList argumentList(int argc, char **argv, bool withoutCommand = false);
// --help and --help-all, on stdout. The usage line names the command as a person types it
// ("neuroio-billing export"), not the path the program was started by. --help-all adds Qt's
// own options, which only Qt prints, and then ends the process. Needs a QCoreApplication.
bool asksForHelp(const QCommandLineParser &parser);
// -h, --help, --help-all or --version among the arguments: the answer is text, so no window
// or display is needed, whatever else the arguments say.
bool asksOnlyForText(int argc, char **argv);
void printHelp(QCommandLineParser &parser, const QString &command);
// "export, report or check"
QString commandNames();
// The command a mistyped word most likely meant ("exprot": "export"), or an empty string.
QString closestCommand(const QString &word);

} // namespace neuroio::app
