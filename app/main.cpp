// neuroio-billing: the NeuroIO Billing desktop application and its commands.

#include "app/applog.h"
#include "app/commandlist.h"
#include "app/commandsession.h"
#include "app/dashboardcommand.h"
#include "app/exitcodes.h"
#include "app/exportcommand.h"
#include "app/reportcommand.h"

#include <QCoreApplication>
#include <QTextStream>

int main(int argc, char *argv[])
{
    // The same names everywhere, so the window and the commands share settings and views.
    QCoreApplication::setOrganizationName(QStringLiteral("NeuroIO"));
    QCoreApplication::setApplicationName(QStringLiteral("NeuroIO Billing"));
    QCoreApplication::setApplicationVersion(QStringLiteral(NEUROIO_VERSION));

    const QString command = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QString();
    const bool isCommand = command == QLatin1String("export") || command == QLatin1String("report");
    // Before any Qt object: the platform's first words (a missing XDG_RUNTIME_DIR, say) go to
    // the log too, and a command's stderr keeps to its own messages.
    neuroio::app::installLog(isCommand ? neuroio::app::LogEcho::OwnDiagnostics
                                       : neuroio::app::LogEcho::Everything);
    if (command == QLatin1String("export")) {
        const QCoreApplication app(argc, argv);
        return neuroio::app::ExportCommand::run(QCoreApplication::arguments());
    }
    if (command == QLatin1String("report"))
        return neuroio::app::ReportCommand::run(argc, argv);
    if (!command.isEmpty() && !command.startsWith(QLatin1Char('-'))) {
        const QString meant = neuroio::app::closestCommand(command);
        neuroio::app::CommandSession::printError(
            (meant.isEmpty()
                 ? QCoreApplication::translate("neuroio::app::Main", "\"%1\" is not a command.")
                       .arg(command)
                 : QCoreApplication::translate("neuroio::app::Main",
                                               "\"%1\" is not a command (did you mean \"%2\"?).")
                       .arg(command, meant))
            + QLatin1Char('\n'));
        QTextStream(stderr) << neuroio::app::commandsHelp();
        return neuroio::app::ExitBadArguments;
    }
    return neuroio::app::DashboardCommand::run(argc, argv);
}
