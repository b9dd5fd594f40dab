#pragma once

#include <QList>
#include <QString>

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
// The parser's help, its usage line naming the command as a person types it
// ("neuroio-billing export") rather than the path the program was started by.
QString helpText(const QCommandLineParser &parser, const QString &command);
// The command a mistyped word most likely meant ("exprot": "export"), or an empty string.
QString closestCommand(const QString &word);

} // namespace neuroio::app
