#include "app/dashboardcommand.h"

#include "app/commandlist.h"
#include "app/commandsession.h"
#include "app/exitcodes.h"
#include "app/filterarguments.h"
#include "app/screenshottaker.h"
#include "core/api/billingclient.h"
#include "core/api/session.h"
#include "core/usage/periodchange.h"
#include "core/usage/usagecache.h"
#include "core/views/savedviewstore.h"
#include "mockserver/mockhttpserver.h"
#include "ui/budgets/budgetactions.h"
#include "ui/costs/pricelistactions.h"
#include "ui/dashboard/dashboardcontroller.h"
#include "ui/dashboard/dashboardpage.h"
#include "ui/mainwindow.h"
#include "ui/session/sessioncontroller.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QTextStream>

#include <memory>

namespace neuroio::app {

namespace {

bool hasDisplay()
{
    return !qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")
           || !qEnvironmentVariableIsEmpty("DISPLAY")
           || !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY");
}

void addOptions(QCommandLineParser &parser)
{
    parser.setApplicationDescription(
        QStringLiteral("%1\n\n%2\n%3")
            .arg(QCoreApplication::translate("neuroio::app::DashboardCommand",
                                             "See, chart and export NeuroIO usage."),
                 commandsHelp(),
                 QCoreApplication::translate(
                     "neuroio::app::DashboardCommand",
                     "The token comes from the environment variable NEUROIO_API_TOKEN, never from "
                     "an "
                     "argument (other users can read a process's arguments).\n\n"
                     "The filter options set what the dashboard shows first; --from alone runs to "
                     "the "
                     "end of the default range (or the view's), --to alone keeps its length. With "
                     "--demo or --screenshot the dashboard starts from its defaults and these "
                     "options "
                     "only, never from filters remembered from an earlier session, so the same "
                     "command "
                     "gives the same picture.")));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(
        QStringLiteral("command"),
        QCoreApplication::translate("neuroio::app::DashboardCommand",
                                    "%1; none opens the dashboard.")
            .arg(commandNames()),
        QCoreApplication::translate("neuroio::app::DashboardCommand", "[command]"));
    FilterArguments::addOptions(parser);
    parser.addOptions({
        {QStringLiteral("demo"),
         QCoreApplication::translate("neuroio::app::DashboardCommand",
                                     "Start a local server with generated data and show it.")},
        {{QStringLiteral("server"), QStringLiteral("base-url")},
         QCoreApplication::translate("neuroio::app::DashboardCommand",
                                     "NeuroIO server (default %1).")
             .arg(BillingClient::defaultBaseUrl().toString()),
         QCoreApplication::translate("neuroio::app::DashboardCommand", "url"),
         BillingClient::defaultBaseUrl().toString()},
        {QStringLiteral("screenshot"),
         QCoreApplication::translate(
             "neuroio::app::DashboardCommand",
             "When everything has loaded, save the window as a PNG and exit."),
         QCoreApplication::translate("neuroio::app::DashboardCommand", "file")},
        {QStringLiteral("chart"),
         QCoreApplication::translate("neuroio::app::DashboardCommand",
                                     "The chart shown first: %1 (the first is the default).")
             .arg(ui::DashboardPage::chartNames().join(QStringLiteral(", "))),
         QCoreApplication::translate("neuroio::app::DashboardCommand", "name"),
         ui::DashboardPage::chartNames().constFirst()},
        {QStringLiteral("accounts-overview"),
         QCoreApplication::translate("neuroio::app::DashboardCommand",
                                     "Once the dashboard has loaded, open the accounts overview "
                                     "(manager tokens).")},
        {QStringLiteral("no-cache"),
         QCoreApplication::translate("neuroio::app::DashboardCommand",
                                     "Read every month from the server; keep nothing on disk.")},
        {QStringLiteral("compare"),
         QCoreApplication::translate("neuroio::app::DashboardCommand",
                                     "Draw earlier months over the trend charts, dotted: "
                                     "\"previous\" (the months just before) or \"year\" (a "
                                     "year earlier)."),
         QCoreApplication::translate("neuroio::app::DashboardCommand", "previous|year")},
        {QStringLiteral("prices"),
         QCoreApplication::translate(
             "neuroio::app::DashboardCommand",
             "Estimate costs from this price list (JSON) in this run; View > Prices keeps one."),
         QCoreApplication::translate("neuroio::app::DashboardCommand", "file")},
        {QStringLiteral("budgets"),
         QCoreApplication::translate("neuroio::app::DashboardCommand",
                                     "The budgets file to show and edit (default: budgets.json "
                                     "beside the saved views)."),
         QCoreApplication::translate("neuroio::app::DashboardCommand", "file")},
        {QStringLiteral("screenshot-timeout"),
         QCoreApplication::translate("neuroio::app::DashboardCommand",
                                     "Seconds to wait for loading before giving up (default 15)."),
         QCoreApplication::translate("neuroio::app::DashboardCommand", "seconds"),
         QStringLiteral("15")},
    });
}

} // namespace

bool DashboardCommand::needsWindow(int argc, char **argv)
{
    return hasDisplay() && !asksOnlyForText(argc, argv);
}

int DashboardCommand::run(int &argc, char **argv)
{
    QCommandLineParser parser;
    addOptions(parser);
    if (!parser.parse(argumentList(argc, argv))) {
        CommandSession::printError(tr("%1 See neuroio-billing --help.").arg(parser.errorText()));
        return ExitBadArguments;
    }
    if (asksForHelp(parser)) {
        printHelp(parser, QStringLiteral("neuroio-billing"));
        return ExitOk;
    }
    if (parser.isSet(QStringLiteral("version"))) {
        QTextStream(stdout) << "neuroio-billing " << QCoreApplication::applicationVersion()
                            << " (Qt " << qVersion() << ")\n";
        return ExitOk;
    }
    if (!parser.positionalArguments().isEmpty()) {
        CommandSession::printError(
            tr("unexpected argument \"%1\"").arg(parser.positionalArguments().constFirst()));
        return ExitBadArguments;
    }
    const Month current = Month::current();
    const auto filters = FilterArguments::read(parser, SavedViewStore());
    if (!filters.isOk()) {
        CommandSession::printError(filters.error.userMessage());
        return CommandSession::exitCodeFor(filters.error);
    }
    const QString chart = parser.value(QStringLiteral("chart"));
    if (!ui::DashboardPage::chartNames().contains(chart)) {
        CommandSession::printError(
            tr("--chart must be %1, not \"%2\"")
                .arg(ui::DashboardPage::chartNames().join(tr(" or ", "between chart names")),
                     chart));
        return ExitBadArguments;
    }
    bool timeoutOk = false;
    const int timeout = parser.value(QStringLiteral("screenshot-timeout")).toInt(&timeoutOk);
    if (!timeoutOk || timeout < 1) {
        CommandSession::printError(tr("--screenshot-timeout must be a whole number of seconds"));
        return ExitBadArguments;
    }
    const bool demo = parser.isSet(QStringLiteral("demo"));
    const bool screenshot = parser.isSet(QStringLiteral("screenshot"));
    const QUrl server = QUrl::fromUserInput(parser.value(QStringLiteral("server")));
    if (parser.isSet(QStringLiteral("server"))) {
        if (demo) {
            CommandSession::printError(tr("--demo and --server exclude each other"));
            return ExitBadArguments;
        }
        if (const ApiError unsafe = BillingClient::checkUrl(server); !unsafe.isOk()) {
            CommandSession::printError(tr("--server: %1").arg(unsafe.message));
            return ExitBadArguments;
        }
    }

    if (!hasDisplay()) {
        // QApplication would abort with a plugin error; say what to do instead.
        QTextStream(stderr) << "neuroio-billing: "
                            << tr("no display found (neither DISPLAY nor "
                                  "WAYLAND_DISPLAY is set).\n"
                                  "Run it under a virtual display, for example:\n"
                                  "  xvfb-run -a %1 --demo --screenshot dashboard.png\n"
                                  "or use a command that needs none: neuroio-billing export, "
                                  "neuroio-billing report.\n")
                                   .arg(QString::fromLocal8Bit(argv[0]));
        return ExitFailed;
    }

    Q_ASSERT(qobject_cast<QApplication *>(QCoreApplication::instance()));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/neuroio-billing.svg")));
    // The desktop entry and AppStream id: Wayland matches the window to its icon by it.
    QGuiApplication::setDesktopFileName(QStringLiteral("io.neuroio.BillingDesktop"));

    Session session;
    // Closed months on disk (cache/maxMegabytes in the settings, 200 by default). Not for a
    // demo: its server is new each time, so nothing would be read again.
    std::unique_ptr<UsageCache> cache;
    if (!demo && !parser.isSet(QStringLiteral("no-cache"))) {
        cache = std::make_unique<UsageCache>(UsageCache::defaultFolder(),
                                             UsageCache::maxBytesFromSettings());
    }
    ui::MainWindow window(&session);
    window.setUsageCache(cache.get());
    if (parser.isSet(QStringLiteral("prices"))) {
        if (const ApiError error
            = window.priceListActions()->useForThisRun(parser.value(QStringLiteral("prices")));
            !error.isOk()) {
            CommandSession::printError(tr("--prices: %1").arg(error.userMessage()));
            return ExitBadArguments;
        }
    }
    if (parser.isSet(QStringLiteral("compare"))) {
        const QString key = parser.value(QStringLiteral("compare"));
        const std::optional<PeriodChange::Against> against = PeriodChange::againstFromKey(key);
        if (!against) {
            CommandSession::printError(
                tr("--compare: \"%1\" is not a comparison; use previous or year").arg(key));
            return ExitBadArguments;
        }
        window.dashboardPage()->setTrendComparison(against);
    }
    if (parser.isSet(QStringLiteral("budgets")))
        window.budgetActions()->load(parser.value(QStringLiteral("budgets")));
    window.dashboardPage()->showChart(chart);
    if (!filters.value.isEmpty())
        window.setStartView(filters.value.dashboardView(current));
    // A demo or a picture starts from the defaults and the options given, and keeps nothing.
    const auto remember = demo || screenshot ? ui::Remember::Nothing : ui::Remember::Filters;

    std::unique_ptr<mock::MockHttpServer> demoServer;
    const auto startDemo = [&] {
        if (!demoServer) {
            demoServer = std::make_unique<mock::MockHttpServer>(mock::MockOptions{});
            if (const ApiError error = demoServer->start(); !error.isOk()) {
                CommandSession::printError(
                    tr("the demo server did not start: %1").arg(error.message));
                demoServer.reset();
                return;
            }
        }
        window.connectTo(demoServer->url(), demoServer->options().managerToken,
                         tr("demo data on %1").arg(demoServer->url().toString()),
                         ui::Remember::Nothing);
    };
    QObject::connect(&window, &ui::MainWindow::demoRequested, &window, startDemo);

    const QString token = qEnvironmentVariable("NEUROIO_API_TOKEN").trimmed();
    if (demo)
        startDemo();
    else if (!token.isEmpty())
        window.connectTo(server, token, server.host(), remember);
    else
        window.sessionController()->restoreSavedConnection(remember);

    const bool overviewFirst = parser.isSet(QStringLiteral("accounts-overview"));
    if (overviewFirst) {
        QObject::connect(window.controller(), &ui::DashboardController::settled, &window,
                         &ui::MainWindow::showAccountsOverview, Qt::SingleShotConnection);
    }
    std::unique_ptr<ScreenshotTaker> screenshotTaker;
    if (screenshot) {
        screenshotTaker = std::make_unique<ScreenshotTaker>(
            &window, parser.value(QStringLiteral("screenshot")), timeout,
            overviewFirst ? ScreenshotTaker::Page::AccountsOverview
                          : ScreenshotTaker::Page::Dashboard);
    }
    window.show();
    return QApplication::exec();
}

} // namespace neuroio::app
