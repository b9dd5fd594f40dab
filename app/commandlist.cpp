#include "app/commandlist.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

#include <algorithm>
#include <numeric>
#include <vector>

namespace neuroio::app {

namespace {

// Levenshtein distance, with a swap of two neighbours counted as one edit: "exprot" is one
// edit from "export", as a person counts it.
int editDistance(const QString &a, const QString &b)
{
    const auto n = a.size();
    const auto m = b.size();
    std::vector<std::vector<int>> d(n + 1, std::vector<int>(m + 1));
    for (qsizetype i = 0; i <= n; ++i)
        d[i][0] = static_cast<int>(i);
    std::iota(d[0].begin(), d[0].end(), 0);
    for (qsizetype i = 1; i <= n; ++i) {
        for (qsizetype j = 1; j <= m; ++j) {
            const int cost = a[i - 1] == b[j - 1] ? 0 : 1;
            d[i][j] = std::min({d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost});
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                d[i][j] = std::min(d[i][j], d[i - 2][j - 2] + 1);
        }
    }
    return d[n][m];
}

} // namespace

QList<Command> commands()
{
    return {
        {QStringLiteral("export"),
         QCoreApplication::translate(
             "neuroio::app::CommandList",
             "write usage rows or totals as CSV or JSON (no display needed)")},
        {QStringLiteral("report"),
         QCoreApplication::translate(
             "neuroio::app::CommandList",
             "write a PDF report with charts and tables (no display needed)")},
        {QStringLiteral("check"),
         QCoreApplication::translate(
             "neuroio::app::CommandList",
             "say where each budget stands this month; exit 1 when one is over (for cron)")},
    };
}

QString commandsHelp()
{
    QString text
        = QCoreApplication::translate("neuroio::app::CommandList", "Commands:") + QLatin1Char('\n');
    for (const Command &command : commands())
        text += QStringLiteral("  %1  %2\n").arg(command.name, -8).arg(command.summary);
    text += QCoreApplication::translate("neuroio::app::CommandList",
                                        "Without a command, the dashboard opens. "
                                        "\"neuroio-billing COMMAND --help\" describes a command.")
            + QLatin1Char('\n');
    return text;
}

QStringList argumentList(int argc, char **argv, bool withoutCommand)
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i) {
        if (!(withoutCommand && i == 1))
            arguments.append(QString::fromLocal8Bit(argv[i]));
    }
    return arguments;
}

bool asksForHelp(const QCommandLineParser &parser)
{
    return parser.isSet(QStringLiteral("help")) || parser.isSet(QStringLiteral("help-all"));
}

bool asksOnlyForText(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray argument(argv[i]);
        if (argument == "--")
            return false;
        if (argument == "-h" || argument == "-?" || argument == "--help" || argument == "--help-all"
            || argument == "-v" || argument == "--version")
            return true;
    }
    return false;
}

void printHelp(QCommandLineParser &parser, const QString &command)
{
    if (parser.isSet(QStringLiteral("help-all")))
        parser.process(QCoreApplication::arguments()); // prints, then exits
    QString text = parser.helpText();
    // Qt writes "Usage: " (in the person's language) and the program as it was started
    // (argv[0]) on the first line; the command is what a person types.
    const QString program = QCoreApplication::arguments().value(0);
    const qsizetype lineEnd = text.indexOf(QLatin1Char('\n'));
    const qsizetype at = program.isEmpty() ? -1 : text.indexOf(program);
    if (at >= 0 && (lineEnd < 0 || at < lineEnd))
        text.replace(at, program.size(), command);
    QTextStream(stdout) << text;
}

QString commandNames()
{
    QStringList names;
    for (const Command &command : commands())
        names.append(command.name);
    // "export, report or check": commas, then the word before the last.
    const QString last = names.takeLast();
    const QString or_
        = QCoreApplication::translate("neuroio::app::CommandList", " or ", "between command names");
    return names.isEmpty() ? last : names.join(QStringLiteral(", ")) + or_ + last;
}

QString closestCommand(const QString &word)
{
    QString best;
    int bestDistance = 3; // three edits or more make another word, not a typo
    for (const Command &command : commands()) {
        const int distance = editDistance(word.toLower(), command.name);
        if (distance < bestDistance) {
            best = command.name;
            bestDistance = distance;
        }
    }
    return best;
}

} // namespace neuroio::app
