// neuroio-billing: the NeuroIO Billing desktop application and its commands.

#include "app/applog.h"
#include "app/checkcommand.h"
#include "app/commandlist.h"
#include "app/commandsession.h"
#include "app/dashboardcommand.h"
#include "app/exitcodes.h"
#include "app/exportcommand.h"
#include "app/reportcommand.h"
#include "app/translationloader.h"

#include <QApplication>
#include <QCoreApplication>
#include <QTextStream>

#include <memory>

int main(int argc, char *argv[])
{
    // The same names everywhere, so the window and the commands share settings and views.
    QCoreApplication::setOrganizationName(QStringLiteral("NeuroIO"));
    QCoreApplication::setApplicationName(QStringLiteral("NeuroIO Billing"));
    QCoreApplication::setApplicationVersion(QStringLiteral(NEUROIO_VERSION));

    const QString command = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QString();
    const bool isCommand = command == QLatin1String("export") || command == QLatin1String("report")
                           || command == QLatin1String("check");
    // Before any Qt object: the platform's first words (a missing XDG_RUNTIME_DIR, say) go to
    // the log too, and a command's stderr keeps to its own messages.
    neuroio::app::installLog(isCommand ? neuroio::app::LogEcho::OwnDiagnostics
                                       : neuroio::app::LogEcho::Everything);
    // The application object comes first, then the texts in the person's language, then
    // anything that says something: a command's options and their help are texts too.
    std::unique_ptr<QCoreApplication> app;
    const bool textOnly = neuroio::app::asksOnlyForText(argc, argv);
    if (command == QLatin1String("report") && !textOnly) {
        // The charts are the dashboard's own widgets, drawn offscreen.
        qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QApplication>(argc, argv);
    } else if (!isCommand && (command.isEmpty() || command.startsWith(QLatin1Char('-')))
               && neuroio::app::DashboardCommand::needsWindow(argc, argv)) {
        app = std::make_unique<QApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    neuroio::app::installTranslations();

    if (command == QLatin1String("export"))
        return neuroio::app::ExportCommand::run(QCoreApplication::arguments());
    if (command == QLatin1String("report"))
        return neuroio::app::ReportCommand::run(argc, argv);
    if (command == QLatin1String("check"))
        return neuroio::app::CheckCommand::run(QCoreApplication::arguments());
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
