#include "app/reportcommand.h"

#include "app/commandlist.h"
#include "app/commandsession.h"
#include "core/insights/budgetchecker.h"
#include "core/insights/budgetfile.h"
#include "core/insights/pricelist.h"
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
                    "event type, each against the months before and a year earlier, the "
                    "forecast of the next three months, the monthly trend, the usage by space, "
                    "and every space; with --budgets, where each budget stands this month; "
                    "with --prices, the estimated cost."),
                 CommandSession::tokenHelp(), CommandSession::exitCodeHelp()));
    parser.addHelpOption();
    CommandSession::addCommonOptions(parser);
    parser.addOptions({
        {QStringLiteral("output"), tr("The PDF file to write."), tr("file")},
        {QStringLiteral("prices"),
         tr("Add each event type's estimated cost over the range at the prices in this price "
            "list (JSON): an estimate, each month priced on its own."),
         tr("file")},
        {QStringLiteral("budgets"),
         tr("Add where each budget in this file (JSON, as for check) stands in the month open "
            "now, by the server's clock."),
         tr("file")},
    });
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

    // Both files are read before anything is asked of the server: a problem in one is
    // named, with its place, and nothing is written.
    std::optional<PriceList> prices;
    if (parser.isSet(QStringLiteral("prices"))) {
        const Result<PriceList> read = PriceList::read(parser.value(QStringLiteral("prices")));
        if (!read.isOk()) {
            CommandSession::printError(tr("--prices: %1").arg(read.error.userMessage()));
            return ExitBadArguments;
        }
        prices = read.value;
    }
    std::optional<QList<Budget>> budgets;
    if (parser.isSet(QStringLiteral("budgets"))) {
        const QString path = parser.value(QStringLiteral("budgets"));
        const Result<QList<Budget>> read = BudgetFile::read(path);
        if (!read.isOk()) {
            CommandSession::printError(tr("--budgets: %1").arg(read.error.userMessage()));
            return ExitBadArguments;
        }
        if (read.value.isEmpty()) {
            CommandSession::printError(tr("--budgets: %1 holds no budget").arg(path));
            return ExitBadArguments;
        }
        budgets = read.value;
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

    controller.setPriceList(prices);
    // The budgets are checked beside the dashboard's loading, as the check command does.
    BudgetChecker checker(session.client());
    QList<BudgetStatus> statuses;
    ApiError checkError;

    bool panelsDone = false;
    bool accountsDone = false;
    bool budgetsDone = !budgets;
    const auto maybeQuit = [&] {
        if (panelsDone && accountsDone && budgetsDone)
            QCoreApplication::quit();
    };
    QObject::connect(&checker, &BudgetChecker::finished, &checker,
                     [&](const QList<BudgetStatus> &checked, const ApiError &error) {
                         statuses = checked;
                         checkError = error;
                         budgetsDone = true;
                         maybeQuit();
                     });
    QObject::connect(&controller, &ui::DashboardController::settled, &controller, [&] {
        panelsDone = true;
        maybeQuit();
    });
    QObject::connect(&controller, &ui::DashboardController::accountsChanged, &controller, [&] {
        accountsDone = true;
        maybeQuit();
    });
    session.catchInterrupt([&] {
        checker.cancel();
        session.client()->cancelAll();
        QCoreApplication::quit();
    });
    if (budgets) {
        if (const ApiError problem = checker.start(*budgets, session.accountId());
            !problem.isOk()) {
            CommandSession::printError(tr("--budgets: %1").arg(problem.userMessage()));
            return CommandSession::exitCodeFor(problem);
        }
    }
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
    if (budgets) {
        if (!checkError.isOk()) {
            CommandSession::printError(
                tr("the budgets could not be checked: %1 Nothing was written.")
                    .arg(checkError.userMessage()));
            return CommandSession::exitCodeFor(checkError);
        }
        controller.setBudgets(*budgets);
        controller.setBudgetStatuses(statuses, filters.accountId);
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
