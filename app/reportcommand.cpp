#include "app/reportcommand.h"

#include "app/commandlist.h"
#include "app/commandsession.h"
#include "ui/dashboard/dashboardcontroller.h"
#include "ui/output/reportwriter.h"

#include <QApplication>
#include <QTextStream>

namespace neuroio::app {

using Panel = ui::DashboardController::Panel;
using State = ui::DashboardController::State;

int ReportCommand::run(int &argc, char **argv)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("%1\n\n%2\n\n%3")
            .arg(tr("Writes a PDF report of NeuroIO usage for a range of months: totals per "
                    "event type, the monthly trend, the usage by space, and every space."),
                 CommandSession::tokenHelp(), CommandSession::exitCodeHelp()));
    parser.addHelpOption();
    CommandSession::addCommonOptions(parser);
    parser.addOption({QStringLiteral("output"), tr("The PDF file to write."), tr("file")});
    if (!parser.parse(argumentList(argc, argv, true))) {
        CommandSession::printError(parser.errorText());
        return ExitBadArguments;
    }
    if (asksForHelp(parser)) {
        printHelp(parser, QStringLiteral("neuroio-billing report"));
        return ExitOk;
    }
    if (!parser.isSet(QStringLiteral("output"))) {
        CommandSession::printError(tr("--output is required"));
        return ExitBadArguments;
    }

    Q_ASSERT(qobject_cast<QApplication *>(QCoreApplication::instance()));
    CommandSession session;
    if (!session.configure(parser))
        return CommandSession::exitCodeFor(session.error());
    // The same months as export and the window for the same options; the first page says them.
    CommandSession::printError(session.monthsNote());
    session.warnAboutUnknownSpaces();

    ui::DashboardController controller(session.client());
    ui::DashboardFilters filters;
    filters.range = MonthRange(*session.query().monthFrom, *session.query().monthTo);
    filters.spaceIds = session.query().spaceIds;
    filters.eventTypes = session.query().eventTypes;
    filters.accountId = session.accountId();

    bool panelsDone = false;
    bool accountsDone = false;
    const auto maybeQuit = [&] {
        if (panelsDone && accountsDone)
            QCoreApplication::quit();
    };
    QObject::connect(&controller, &ui::DashboardController::settled, &controller, [&] {
        panelsDone = true;
        maybeQuit();
    });
    QObject::connect(&controller, &ui::DashboardController::accountsChanged, &controller, [&] {
        accountsDone = true;
        maybeQuit();
    });
    session.catchInterrupt([&] {
        session.client()->cancelAll();
        QCoreApplication::quit();
    });
    controller.start(filters);
    QCoreApplication::exec();
    if (session.wasInterrupted()) {
        CommandSession::printError(tr("interrupted; nothing was written"));
        return ExitInterrupted;
    }
    for (Panel panel : {Panel::Totals, Panel::Charts}) {
        if (controller.state(panel) == State::Failed) {
            const ApiError error = controller.error(panel);
            CommandSession::printError(tr("%1 Nothing was written.").arg(error.userMessage()));
            return CommandSession::exitCodeFor(error);
        }
    }

    const ReportContent content = controller.reportContent(QDateTime::currentDateTime());
    int pages = 0;
    const ApiError error
        = ui::ReportWriter::write(content, parser.value(QStringLiteral("output")), &pages);
    if (!error.isOk()) {
        CommandSession::printError(error.userMessage());
        return CommandSession::exitCodeFor(error);
    }
    QTextStream(stderr)
        << "neuroio-billing: "
        << tr("wrote a %1-page report to %2").arg(pages).arg(parser.value(QStringLiteral("output")))
        << '\n';
    return ExitOk;
}

} // namespace neuroio::app
