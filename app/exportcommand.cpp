#include "app/exportcommand.h"

#include "app/commandlist.h"
#include "app/commandsession.h"
#include "core/api/numbertext.h"
#include "core/export/accountsoverviewtable.h"
#include "core/export/totalsexporter.h"
#include "core/export/usageexporter.h"
#include "core/insights/accountsoverviewcosts.h"
#include "core/insights/pricelist.h"
#include "core/usage/accountsoverviewloader.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTextStream>

#include <algorithm>

#include <unistd.h>

namespace neuroio::app {

namespace {

bool parseFormat(const QCommandLineParser &parser, ExportOptions *options)
{
    const QString format = parser.value(QStringLiteral("format"));
    if (format == QLatin1String("csv")) {
        options->format = ExportOptions::Format::Csv;
    } else if (format == QLatin1String("json")) {
        options->format = ExportOptions::Format::Json;
    } else {
        CommandSession::printError(
            QCoreApplication::translate("neuroio::app::ExportCommand",
                                        "--format: \"%1\" is not a format; use csv or json")
                .arg(format));
        return false;
    }
    const bool json = options->format == ExportOptions::Format::Json;
    if (parser.isSet(QStringLiteral("delimiter"))) {
        const QString d = parser.value(QStringLiteral("delimiter"));
        if (json) {
            CommandSession::printError(QCoreApplication::translate(
                "neuroio::app::ExportCommand", "--delimiter applies to CSV only"));
            return false;
        }
        if (d == QLatin1String(",") || d == QLatin1String(";")) {
            options->delimiter = d.at(0);
        } else if (d == QLatin1String("tab") || d == QLatin1String("\t")) {
            options->delimiter = QLatin1Char('\t');
        } else {
            CommandSession::printError(
                QCoreApplication::translate(
                    "neuroio::app::ExportCommand",
                    "--delimiter: \"%1\" is not a delimiter; use , or ; or tab")
                    .arg(d));
            return false;
        }
    }
    if (parser.isSet(QStringLiteral("bom"))) {
        if (json) {
            CommandSession::printError(QCoreApplication::translate("neuroio::app::ExportCommand",
                                                                   "--bom applies to CSV only"));
            return false;
        }
        options->byteOrderMark = true;
    }
    if (parser.isSet(QStringLiteral("locale-numbers"))) {
        if (json) {
            CommandSession::printError(QCoreApplication::translate(
                "neuroio::app::ExportCommand", "--locale-numbers applies to CSV only"));
            return false;
        }
        options->numbers = ExportOptions::Numbers::Locale;
        options->locale = QLocale::system();
    }
    if (const ApiError problem = options->check(); !problem.isOk()) {
        CommandSession::printError(problem.userMessage());
        return false;
    }
    return true;
}

int runAccountsOverview(CommandSession &session, const ExportOptions &options,
                        const QString &output, const std::optional<PriceList> &prices)
{
    AccountsOverviewLoader loader(session.client());
    // A cost prices each month on its own: each account's months are read for it.
    loader.setReadMonths(prices.has_value());
    AccountsOverview overview;
    ApiError error;
    bool finished = false;
    QObject::connect(&loader, &AccountsOverviewLoader::finished, &loader,
                     [&](const AccountsOverview &o, const ApiError &e) {
                         overview = o;
                         error = e;
                         finished = true;
                         QCoreApplication::quit();
                     });
    session.catchInterrupt([&] { loader.cancel(); });
    loader.start(session.query());
    if (!finished)
        QCoreApplication::exec();
    if (!error.isOk()) {
        CommandSession::printError(
            error.isCancelled() ? QCoreApplication::translate("neuroio::app::ExportCommand",
                                                              "interrupted; nothing was written")
                                : QCoreApplication::translate("neuroio::app::ExportCommand",
                                                              "%1 Nothing was written.")
                                      .arg(error.userMessage()));
        return CommandSession::exitCodeFor(error);
    }
    // A refused token (revoked while the overview ran) or no answer at all is no overview:
    // nothing is written, and the exit code is that error's.
    const auto &rows = overview.rows();
    const auto refused = std::find_if(rows.cbegin(), rows.cend(), [](const auto &row) {
        return !row.isAvailable() && (row.error.isUnauthorized() || row.error.isForbidden());
    });
    if (refused != rows.cend() || (!rows.isEmpty() && overview.unavailableCount() == rows.size())) {
        const ApiError &why = refused != rows.cend() ? refused->error : rows.first().error;
        CommandSession::printError(
            QCoreApplication::translate("neuroio::app::ExportCommand", "%1 Nothing was written.")
                .arg(why.userMessage()));
        return CommandSession::exitCodeFor(why);
    }
    std::optional<AccountsOverviewCosts> costs;
    if (prices) {
        costs = AccountsOverviewCosts::of(overview, *prices);
        CommandSession::printError(
            costs->whyNone().isEmpty()
                ? QCoreApplication::translate(
                      "neuroio::app::ExportCommand",
                      "estimated_cost is an estimate from your price list (%1), not a bill: each "
                      "account's months are priced on their own, rounded to a minor unit, and "
                      "summed over the event types your list prices")
                      .arg(prices->currency)
                : costs->whyNone());
    }
    if (const ApiError written
        = ExportSink::writeTable(options, output, accountsOverviewTable(overview, costs));
        !written.isOk()) {
        CommandSession::printError(
            QCoreApplication::translate("neuroio::app::ExportCommand", "%1. Nothing was written.")
                .arg(written.userMessage()));
        return CommandSession::exitCodeFor(written);
    }
    if (overview.isIncomplete()) {
        // One account that does not answer should not cost the manager the other 199: the
        // file is written with it marked, and a distinct exit code says so to a script.
        QStringList failures;
        for (const AccountsOverview::Row &row : overview.rows()) {
            if (!row.isAvailable())
                failures.append(
                    QStringLiteral("%1 (%2)").arg(row.account.id).arg(row.error.plainMessage()));
        }
        const int answered = int(overview.rows().size()) - overview.unavailableCount();
        CommandSession::printError(
            QCoreApplication::translate(
                "neuroio::app::ExportCommand",
                "written, but incomplete: %1 of %2 accounts could not be read: %3. Their rows "
                "say \"unavailable\" with the reason in the \"error\" column; the totals and "
                "shares are over the %4 that answered.")
                .arg(overview.unavailableCount())
                .arg(overview.rows().size())
                .arg(failures.join(QStringLiteral("; ")))
                .arg(answered));
        return ExitIncomplete;
    }
    return ExitOk;
}

} // namespace

int ExportCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("%1\n\n%2\n\n%3")
            .arg(tr("Writes NeuroIO usage, every row of every page, or its totals, as CSV or "
                    "JSON."),
                 CommandSession::tokenHelp(), CommandSession::exitCodeHelp()));
    parser.addHelpOption();
    CommandSession session;
    session.addCommonOptions(parser);
    parser.addOptions({
        {QStringLiteral("totals"),
         tr("Write the totals per event type (from the total endpoint) instead of "
            "the usage rows.")},
        {QStringLiteral("accounts-overview"),
         tr("Write every managed account side by side: each one's totals per event "
            "type and its share (manager tokens).")},
        {QStringLiteral("by-month"),
         tr("With --totals: one total per month and event type (needs --from and "
            "--to).")},
        {QStringLiteral("forecast"),
         tr("With --totals --by-month: after the months, three forecast months per event type "
            "(the trend of the range's closed months; rows of kind \"forecast\", with "
            "forecast_low and forecast_high), never part of a total.")},
        {QStringLiteral("compare"),
         tr("With --totals: add each total for earlier months and the change: \"previous\" "
            "(the months just before the range, as many; by month, the month before) or "
            "\"year\" (the same months a year earlier)."),
         tr("previous|year")},
        {QStringLiteral("prices"),
         tr("With --totals or --accounts-overview: add estimated_cost and currency, the cost at "
            "the prices in this price list (JSON): an estimate, each month priced on its own "
            "(for the overview, each account's, summed over the event types the list prices)."),
         tr("file")},
        {QStringLiteral("format"), tr("csv (default) or json."), tr("format"),
         QStringLiteral("csv")},
        {QStringLiteral("delimiter"), tr("CSV delimiter: , (default), ; or tab."), tr("delimiter")},
        {QStringLiteral("bom"),
         tr("Start the CSV with a UTF-8 byte-order mark (for spreadsheets).")},
        {QStringLiteral("locale-numbers"),
         tr("Write CSV numbers in this computer's locale instead of plain ones.")},
        {QStringLiteral("output"), tr("The file to write, or - for standard output (default -)."),
         tr("file"), QStringLiteral("-")},
        {QStringLiteral("page-size"),
         tr("Ask for N usage rows a page (default %1, 1 to %2); the server may send fewer.")
             .arg(UsagePager::kDefaultPageSize)
             .arg(UsagePager::kMaxPageSize),
         tr("N")},
    });
    QStringList args = arguments;
    args.removeAt(1); // the word "export"
    if (!parser.parse(args)) {
        CommandSession::printError(parser.errorText());
        return ExitBadArguments;
    }
    if (asksForHelp(parser)) {
        printHelp(parser, QStringLiteral("neuroio-billing export"));
        return ExitOk;
    }
    ExportOptions options;
    if (!parseFormat(parser, &options))
        return ExitBadArguments;
    const bool totals = parser.isSet(QStringLiteral("totals"));
    int pageSize = UsagePager::kDefaultPageSize;
    if (parser.isSet(QStringLiteral("page-size"))) {
        const QString text = parser.value(QStringLiteral("page-size"));
        const auto value = typedWholeNumber(text, 1, UsagePager::kMaxPageSize);
        if (!value) {
            CommandSession::printError(tr("--page-size must be a whole number from 1 to %1, "
                                          "not \"%2\"")
                                           .arg(UsagePager::kMaxPageSize)
                                           .arg(text));
            return ExitBadArguments;
        }
        if (totals || parser.isSet(QStringLiteral("accounts-overview"))) {
            CommandSession::printError(tr("--page-size is for usage rows: it goes without "
                                          "--totals and --accounts-overview"));
            return ExitBadArguments;
        }
        pageSize = *value;
    }
    const bool byMonth = parser.isSet(QStringLiteral("by-month"));
    if (byMonth && !totals) {
        CommandSession::printError(tr("--by-month goes with --totals"));
        return ExitBadArguments;
    }
    TotalsExtras extras;
    extras.forecast = parser.isSet(QStringLiteral("forecast"));
    if (extras.forecast && !(totals && byMonth)) {
        CommandSession::printError(tr("--forecast goes with --totals --by-month"));
        return ExitBadArguments;
    }
    if (parser.isSet(QStringLiteral("compare"))) {
        const QString against = parser.value(QStringLiteral("compare"));
        extras.compare = PeriodChange::againstFromKey(against);
        if (!extras.compare) {
            CommandSession::printError(
                tr("--compare: \"%1\" is not a comparison; use previous or year").arg(against));
            return ExitBadArguments;
        }
        if (!totals) {
            CommandSession::printError(tr("--compare goes with --totals"));
            return ExitBadArguments;
        }
    }
    if (parser.isSet(QStringLiteral("prices"))) {
        if (!totals && !parser.isSet(QStringLiteral("accounts-overview"))) {
            CommandSession::printError(tr("--prices goes with --totals or --accounts-overview"));
            return ExitBadArguments;
        }
        const Result<PriceList> prices = PriceList::read(parser.value(QStringLiteral("prices")));
        if (!prices.isOk()) {
            CommandSession::printError(tr("--prices: %1").arg(prices.error.userMessage()));
            return ExitBadArguments;
        }
        extras.prices = prices.value;
    }
    const bool overview = parser.isSet(QStringLiteral("accounts-overview"));
    if (overview
        && (totals || parser.isSet(QStringLiteral("account"))
            || parser.isSet(QStringLiteral("spaces")))) {
        CommandSession::printError(
            tr("--accounts-overview covers every account: it goes without --totals, --account "
               "and --spaces"));
        return ExitBadArguments;
    }
    if (!session.configure(parser))
        return CommandSession::exitCodeFor(session.error());
    CommandSession::printError(session.monthsNote());
    session.warnAboutUnknownSpaces();
    const QString output = parser.value(QStringLiteral("output"));
    if (overview)
        return runAccountsOverview(session, options, output, extras.prices);

    const bool showProgress = ::isatty(STDERR_FILENO) != 0;
    ExportOutcome outcome;
    bool finished = false;
    const auto onFinished = [&](const ExportOutcome &o) {
        outcome = o;
        finished = true;
        QCoreApplication::quit();
    };
    UsageExporter usage(session.client());
    usage.pager()->setPageSize(pageSize);
    TotalsExporter totalsExporter(session.client());
    QObject::connect(&usage, &UsageExporter::finished, &usage, onFinished);
    QObject::connect(&totalsExporter, &TotalsExporter::finished, &totalsExporter, onFinished);
    QObject::connect(&totalsExporter, &TotalsExporter::note, &totalsExporter,
                     [](const QString &text) { CommandSession::printError(text); });
    if (showProgress) {
        QObject::connect(&usage, &UsageExporter::progress, &usage, [](const PagerProgress &p) {
            const QLocale locale;
            QTextStream(stderr) << '\r'
                                << tr("rows %1 of %2")
                                       .arg(locale.toString(p.rowsDone),
                                            p.rowsTotal >= 0 ? locale.toString(p.rowsTotal)
                                                             : QStringLiteral("?"))
                                << "   ";
        });
    }
    session.catchInterrupt([&] {
        if (totals)
            totalsExporter.cancel();
        else
            usage.cancel();
    });
    const ApiError problem
        = totals ? totalsExporter.start(session.query(), session.accountId(), byMonth, options,
                                        output, extras)
                 : usage.start(session.query(), session.accountId(), options, output);
    if (!problem.isOk()) {
        CommandSession::printError(problem.userMessage());
        return CommandSession::exitCodeFor(problem);
    }
    if (!finished)
        QCoreApplication::exec();
    if (showProgress)
        QTextStream(stderr) << '\r';

    if (outcome.isDone()) {
        if (showProgress)
            QTextStream(stderr) << "neuroio-billing: " << outcome.message() << '\n';
    } else if (outcome.error.isCancelled()) {
        CommandSession::printError(tr("interrupted; nothing was written"));
    } else {
        CommandSession::printError(outcome.message());
    }
    return CommandSession::exitCodeFor(outcome.error);
}

} // namespace neuroio::app
