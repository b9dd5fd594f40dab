// neuroio-billing: the NeuroIO Billing desktop application.

#include "billingclient.h"
#include "exportcommand.h"
#include "mainwindow.h"
#include "mockhttpserver.h"
#include "reportcommand.h"
#include "screenshottaker.h"

#include <QApplication>
#include <QIcon>
#include <QCommandLineParser>
#include <QTextStream>

#include <cstring>
#include <memory>

namespace {

bool hasDisplay()
{
    return !qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")
           || !qEnvironmentVariableIsEmpty("DISPLAY")
           || !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY");
}

// The same names everywhere, so the window and the command line share settings and views.
void setApplicationNames()
{
    QCoreApplication::setOrganizationName(QStringLiteral("NeuroIO"));
    QCoreApplication::setApplicationName(QStringLiteral("NeuroIO Billing"));
    QCoreApplication::setApplicationVersion(QStringLiteral(NEUROIO_VERSION));
}

bool asksForHelp(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        if (!std::strcmp(argv[i], "--help") || !std::strcmp(argv[i], "-h")
            || !std::strcmp(argv[i], "--version") || !std::strcmp(argv[i], "-v")) {
            return true;
        }
    }
    return false;
}

} // namespace

int main(int argc, char *argv[])
{
    // Subcommands run without a display.
    if (argc > 1 && !std::strcmp(argv[1], "export")) {
        QCoreApplication app(argc, argv);
        setApplicationNames();
        return neuroio::app::ExportCommand::run(QCoreApplication::arguments());
    }
    if (argc > 1 && !std::strcmp(argv[1], "report")) {
        // The report draws the dashboard's charts, offscreen: no display needed.
        qputenv("QT_QPA_PLATFORM", "offscreen");
        QApplication app(argc, argv);
        setApplicationNames();
        return neuroio::app::ReportCommand::run(QCoreApplication::arguments());
    }

    if (!hasDisplay() && !asksForHelp(argc, argv)) {
        // QApplication would abort with a plugin error; say what to do instead.
        QTextStream(stderr) << "neuroio-billing: no display found (neither DISPLAY nor "
                               "WAYLAND_DISPLAY is set).\n"
                               "Run it under a virtual display, for example:\n"
                               "  xvfb-run -a "
                            << argv[0] << " --demo --screenshot dashboard.png\n";
        return 1;
    }

    QApplication app(argc, argv);
    setApplicationNames();
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/neuroio-billing.svg")));
    QGuiApplication::setDesktopFileName(QStringLiteral("neuroio-billing"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "See, chart and export NeuroIO usage.\n"
        "The token comes from the environment variable NEUROIO_API_TOKEN, never from an "
        "argument (other users can read a process's arguments)."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOptions({
        {QStringLiteral("demo"),
         QStringLiteral("Start a local server with generated data and show it.")},
        {QStringLiteral("server"),
         QStringLiteral("NeuroIO server (default %1).")
             .arg(neuroio::BillingClient::defaultBaseUrl().toString()),
         QStringLiteral("url"), neuroio::BillingClient::defaultBaseUrl().toString()},
        {QStringLiteral("screenshot"),
         QStringLiteral("When everything has loaded, save the window as a PNG and exit."),
         QStringLiteral("file")},
        {QStringLiteral("chart"),
         QStringLiteral("The chart shown first: trend (default) or by-space."),
         QStringLiteral("name"), QStringLiteral("trend")},
        {QStringLiteral("screenshot-timeout"),
         QStringLiteral("Seconds to wait for loading before giving up (default 15)."),
         QStringLiteral("seconds"), QStringLiteral("15")},
    });
    parser.process(app);

    neuroio::BillingClient client;
    neuroio::ui::MainWindow window(&client);
    if (!window.showChart(parser.value(QStringLiteral("chart")))) {
        QTextStream(stderr) << "neuroio-billing: --chart must be trend or by-space, not \""
                            << parser.value(QStringLiteral("chart")) << "\"\n";
        return 2;
    }
    std::unique_ptr<neuroio::mock::MockHttpServer> demoServer;

    const auto startDemo = [&] {
        if (!demoServer) {
            demoServer
                = std::make_unique<neuroio::mock::MockHttpServer>(neuroio::mock::MockOptions{});
            QString error;
            if (!demoServer->start(QHostAddress::LocalHost, 0, &error)) {
                QTextStream(stderr)
                    << "neuroio-billing: the demo server did not start: " << error << '\n';
                demoServer.reset();
                return;
            }
        }
        window.connectTo(demoServer->url(), demoServer->options().managerToken,
                         QStringLiteral("demo data on %1").arg(demoServer->url().toString()));
    };
    QObject::connect(&window, &neuroio::ui::MainWindow::demoRequested, &window, startDemo);

    const QString token = qEnvironmentVariable("NEUROIO_API_TOKEN").trimmed();
    if (parser.isSet(QStringLiteral("demo"))) {
        startDemo();
    } else if (!token.isEmpty()) {
        const QUrl server = QUrl::fromUserInput(parser.value(QStringLiteral("server")));
        window.connectTo(server, token, server.host());
    } else {
        window.restoreSavedConnection();
    }

    std::unique_ptr<neuroio::app::ScreenshotTaker> screenshot;
    if (parser.isSet(QStringLiteral("screenshot"))) {
        bool ok = false;
        const int timeout = parser.value(QStringLiteral("screenshot-timeout")).toInt(&ok);
        if (!ok || timeout < 1) {
            QTextStream(stderr) << "neuroio-billing: --screenshot-timeout must be a whole number "
                                   "of seconds\n";
            return 2;
        }
        screenshot = std::make_unique<neuroio::app::ScreenshotTaker>(
            &window, parser.value(QStringLiteral("screenshot")), timeout);
    }
    window.show();
    return app.exec();
}
