#include "app/reportcommand.h"

#include "app/commandlist.h"
#include "app/commandsession.h"
#include "core/api/eventtype.h"
#include "ui/dashboard/dashboardcontroller.h"
#include "ui/dashboard/monthlytrendmodel.h"
#include "ui/dashboard/totalsmodel.h"
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
        QStringLiteral("Writes a PDF report of NeuroIO usage for a range of months: totals per "
                       "event type, the monthly trend, the usage by space, and every space.\n\n")
        + CommandSession::tokenHelp() + QStringLiteral("\n\n") + CommandSession::exitCodeHelp());
    parser.addHelpOption();
    CommandSession::addCommonOptions(parser);
    parser.addOption({QStringLiteral("output"), QStringLiteral("The PDF file to write."),
                      QStringLiteral("file")});
    if (!parser.parse(argumentList(argc, argv, true))) {
        CommandSession::printError(parser.errorText());
        return ExitBadArguments;
    }
    if (asksForHelp(parser)) {
        const QCoreApplication app(argc, argv); // the help text reads the program's name
        printHelp(parser, QStringLiteral("neuroio-billing report"));
        return ExitOk;
    }
    if (!parser.isSet(QStringLiteral("output"))) {
        CommandSession::printError(QStringLiteral("--output is required"));
        return ExitBadArguments;
    }

    // The charts are the dashboard's own widgets, drawn offscreen.
    qputenv("QT_QPA_PLATFORM", "offscreen");
    const QApplication app(argc, argv);
    CommandSession session;
    if (!session.configure(parser))
        return CommandSession::exitCodeFor(session.error());
    // A report covers a range the reader can see on its first page, so both ends are needed.
    if (!session.query().monthFrom || !session.query().monthTo) {
        CommandSession::printError(
            QStringLiteral("the report needs its months: --from and --to, or a --view"));
        return ExitBadArguments;
    }

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
        CommandSession::printError(QStringLiteral("interrupted; nothing was written"));
        return ExitInterrupted;
    }
    for (Panel panel : {Panel::Totals, Panel::Charts}) {
        if (controller.state(panel) == State::Failed) {
            const ApiError error = controller.error(panel);
            CommandSession::printError(error.userMessage()
                                       + QStringLiteral(" Nothing was written."));
            return CommandSession::exitCodeFor(error);
        }
    }

    ui::ReportContent content;
    content.scope = QStringLiteral("My usage");
    if (filters.accountId) {
        content.scope = QStringLiteral("Account %1").arg(*filters.accountId);
        for (const Account &a : controller.accounts()) {
            if (a.id == *filters.accountId)
                content.scope = QStringLiteral("%1 (account %2)").arg(a.name).arg(a.id);
        }
    }
    content.range = filters.range;
    content.filters
        = QStringLiteral("%1 · %2")
              .arg(filters.spaceIds.isEmpty()
                       ? QStringLiteral("All spaces")
                       : QStringLiteral("%1 of the spaces").arg(filters.spaceIds.size()))
              .arg(filters.eventTypes.isEmpty()
                       ? QStringLiteral("All event types")
                       : QStringLiteral("%1 event types").arg(filters.eventTypes.size()));
    content.madeAt = QDateTime::currentDateTime();
    content.totals = controller.totalsModel()->totals();
    content.eventTypes = controller.trendModel()->eventTypes();
    content.aggregator = &controller.aggregator();
    int pages = 0;
    const ApiError error
        = ui::ReportWriter::write(content, parser.value(QStringLiteral("output")), &pages);
    if (!error.isOk()) {
        CommandSession::printError(error.userMessage());
        return CommandSession::exitCodeFor(error);
    }
    QTextStream(stderr) << "neuroio-billing: wrote a " << pages << "-page report to "
                        << parser.value(QStringLiteral("output")) << '\n';
    return ExitOk;
}

} // namespace neuroio::app
