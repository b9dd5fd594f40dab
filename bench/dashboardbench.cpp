// neuroio-dashboard-bench: the dashboard against a server, timed as a person sees it.
//
// Builds the real DashboardController and DashboardPage (offscreen), points them at --server,
// and reports, from the moment the filters are set:
//   totals, trend, table, charts  when each panel first has its numbers;
//   sort <column>                 setSort() over every loaded row;
//   redraw <change>               an event type or top-N change on loaded data, until the
//                                 page has painted again;
//   peak RSS                      the process's ru_maxrss, and before loading;
//   GUI export (--export FILE)    File > Export usage of the same filters (ExportActions, its
//                                 progress dialog shown), until the file is written.
// One line per measurement, "name<TAB>milliseconds" (peak memory in MiB), so bench/e2e.py can
// read it. No timing here is a test: machines are noisy, and the ratios are what count.

#include "core/api/billingclient.h"
#include "core/api/eventtype.h"
#include "core/usage/usagecache.h"
#include "ui/dashboard/dashboardcontroller.h"
#include "ui/dashboard/dashboardpage.h"
#include "ui/dashboard/usagetablemodel.h"
#include "ui/output/exportactions.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QTextStream>

#include <sys/resource.h>

#include <cstdio>
#include <memory>
#include <optional>

namespace {

double peakMiB()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_maxrss) / 1024.0;
}

void report(const char *name, double value)
{
    std::printf("%s\t%.1f\n", name, value);
    std::fflush(stdout);
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Times the dashboard against a server."));
    parser.addHelpOption();
    const QCommandLineOption serverOption(
        QStringLiteral("server"), QStringLiteral("Base URL of the server."), QStringLiteral("url"));
    const QCommandLineOption tokenOption(QStringLiteral("token"), QStringLiteral("API token."),
                                         QStringLiteral("token"),
                                         QStringLiteral("demo-manager-token"));
    const QCommandLineOption fromOption(QStringLiteral("from"), QStringLiteral("First month."),
                                        QStringLiteral("YYYY-MM"));
    const QCommandLineOption toOption(QStringLiteral("to"), QStringLiteral("Last month."),
                                      QStringLiteral("YYYY-MM"));
    const QCommandLineOption cacheOption(
        QStringLiteral("cache"),
        QStringLiteral("Read closed months from this cache folder, and keep them there."),
        QStringLiteral("folder"));
    const QCommandLineOption exportOption(
        QStringLiteral("export"),
        QStringLiteral("Then export every row as the GUI does, to this CSV file."),
        QStringLiteral("file"));
    parser.addOptions({serverOption, tokenOption, fromOption, toOption, cacheOption, exportOption});
    parser.process(app);

    const auto from = neuroio::Month::fromString(parser.value(fromOption));
    const auto to = neuroio::Month::fromString(parser.value(toOption));
    if (!from.isOk() || !to.isOk()) {
        std::fprintf(stderr, "--from and --to must be months, YYYY-MM\n");
        return 2;
    }
    neuroio::BillingClient client;
    if (const neuroio::ApiError error = client.setBaseUrl(QUrl(parser.value(serverOption)));
        !error.isOk()) {
        std::fprintf(stderr, "%s\n", qPrintable(error.userMessage()));
        return 2;
    }
    client.setToken(parser.value(tokenOption));

    using Controller = neuroio::ui::DashboardController;
    Controller controller(&client);
    std::unique_ptr<neuroio::UsageCache> cache;
    if (parser.isSet(cacheOption)) {
        cache = std::make_unique<neuroio::UsageCache>(parser.value(cacheOption));
        controller.setCache(cache.get());
    }
    neuroio::ui::DashboardPage page(&controller, [](const QString &stem) { return stem; });
    page.resize(1400, 1000);
    page.show();
    report("rss_before_mib", peakMiB());

    QElapsedTimer clock;
    QObject::connect(
        &controller, &Controller::stateChanged, &controller,
        [&](Controller::Panel panel, Controller::State state) {
            if (state == Controller::State::Loading)
                return;
            static const char *names[] = {"table_ms", "totals_ms", "charts_ms", "trend_ms"};
            report(names[int(panel)], double(clock.nsecsElapsed()) / 1e6);
        });

    neuroio::ui::DashboardFilters filters;
    filters.range = neuroio::MonthRange(from.value, to.value);
    clock.start();
    controller.start(filters);
    while (!controller.isSettled())
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    page.repaint();
    report("settled_painted_ms", double(clock.nsecsElapsed()) / 1e6);
    for (Controller::Panel panel : {Controller::Panel::Table, Controller::Panel::Totals,
                                    Controller::Panel::Trend, Controller::Panel::Charts}) {
        if (controller.state(panel) == Controller::State::Failed) {
            std::fprintf(stderr, "a panel failed: %s\n",
                         qPrintable(controller.error(panel).userMessage()));
            return 1;
        }
    }
    report("rows", double(controller.totalRows()));
    report("peak_rss_mib", peakMiB());

    const struct
    {
        const char *name;
        int column;
    } sorts[] = {{"sort_month_ms", neuroio::ui::UsageTableModel::MonthColumn},
                 {"sort_space_ms", neuroio::ui::UsageTableModel::SpaceColumn},
                 {"sort_event_type_ms", neuroio::ui::UsageTableModel::EventTypeColumn},
                 {"sort_quantity_ms", neuroio::ui::UsageTableModel::QuantityColumn}};
    for (const auto &sort : sorts) {
        clock.restart();
        if (!controller.setSort(sort.column, Qt::DescendingOrder)) {
            std::fprintf(stderr, "sorting was refused\n");
            return 1;
        }
        report(sort.name, double(clock.nsecsElapsed()) / 1e6);
    }

    const auto redraw = [&](const char *name, const std::function<void()> &change) {
        QCoreApplication::processEvents();
        clock.restart();
        change();
        QCoreApplication::processEvents();
        page.repaint();
        report(name, double(clock.nsecsElapsed()) / 1e6);
    };
    const int storage = int(neuroio::EventType::EntryStorage);
    const int calls = int(neuroio::EventType::ApiCalls);
    redraw("redraw_event_type_ms", [&] { controller.setBreakdownEventType(storage); });
    redraw("redraw_event_type_back_ms", [&] { controller.setBreakdownEventType(calls); });
    redraw("redraw_top_ms", [&] { controller.setBreakdownTop(20); });
    redraw("redraw_all_spaces_ms", [&] { controller.setBreakdownTop(0); });
    report("peak_rss_end_mib", peakMiB());
    if (cache) {
        // The months are kept after the charts are shown: wait until the folder stops growing.
        qint64 before = -1;
        while (cache->bytesOnDisk() != before) {
            before = cache->bytesOnDisk();
            QElapsedTimer quiet;
            quiet.start();
            while (quiet.elapsed() < 500)
                QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        }
        report("cache_mib", double(before) / (1024 * 1024));
    }
    if (parser.isSet(exportOption)) {
        neuroio::ui::ExportActions exports(&controller, &client, &page);
        exports.setDashboardShown(true);
        std::optional<neuroio::ExportOutcome> outcome;
        QObject::connect(&exports, &neuroio::ui::ExportActions::finished, &exports,
                         [&outcome](const neuroio::ExportOutcome &o) { outcome = o; });
        clock.restart();
        const neuroio::ApiError started
            = exports.exportUsage(parser.value(exportOption), neuroio::ExportOptions());
        if (!started.isOk()) {
            std::fprintf(stderr, "the export did not start: %s\n",
                         qPrintable(started.userMessage()));
            return 1;
        }
        while (!outcome)
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
        if (!outcome->isDone()) {
            std::fprintf(stderr, "the export failed: %s\n", qPrintable(outcome->message()));
            return 1;
        }
        report("gui_export_ms", double(clock.nsecsElapsed()) / 1e6);
        report("gui_export_rows", double(outcome->rows));
    }
    return 0;
}
