// neuroio-billing-mock: a local NeuroIO-compatible server with generated, realistic data.

#include "mockserver/mockhttpserver.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

using neuroio::Month;
using neuroio::mock::MockHttpServer;
using neuroio::mock::MockOptions;

namespace {

[[noreturn]] void fail(const QString &message)
{
    QTextStream(stderr) << "neuroio-billing-mock: " << message << '\n';
    std::exit(2);
}

int intOption(const QCommandLineParser &parser, const QString &name, int minimum, int maximum)
{
    bool ok = false;
    const int value = parser.value(name).toInt(&ok);
    if (!ok || value < minimum || value > maximum) {
        fail(QStringLiteral("--%1 must be a whole number from %2 to %3, not \"%4\"")
                 .arg(name)
                 .arg(minimum)
                 .arg(maximum)
                 .arg(parser.value(name)));
    }
    return value;
}

double rateOption(const QCommandLineParser &parser, const QString &name)
{
    bool ok = false;
    const double value = parser.value(name).toDouble(&ok);
    if (!ok || value < 0 || value > 1)
        fail(QStringLiteral("--%1 must be a share from 0 to 1, not \"%2\"")
                 .arg(name, parser.value(name)));
    return value;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("neuroio-billing-mock"));
    QCoreApplication::setApplicationVersion(QStringLiteral(NEUROIO_VERSION));

    const MockOptions defaults;
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("A local NeuroIO-compatible server with generated billing data.\n"
                       "Its first line on stdout is \"listening on http://HOST:PORT\"."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOptions({
        {QStringLiteral("host"), QStringLiteral("Address to listen on (default 127.0.0.1)."),
         QStringLiteral("address"), QStringLiteral("127.0.0.1")},
        {QStringLiteral("allow-remote"),
         QStringLiteral("Allow --host to be an address other computers can reach.")},
        {QStringLiteral("port"), QStringLiteral("Port; 0 picks a free one (default 0)."),
         QStringLiteral("port"), QStringLiteral("0")},
        {QStringLiteral("token"),
         QStringLiteral("Token of an ordinary account (default %1).").arg(defaults.token),
         QStringLiteral("token"), defaults.token},
        {QStringLiteral("manager-token"),
         QStringLiteral("Token of the manager (default %1).").arg(defaults.managerToken),
         QStringLiteral("token"), defaults.managerToken},
        {QStringLiteral("password"),
         QStringLiteral("Password of the users demo-manager and demo-user (default %1).")
             .arg(defaults.password),
         QStringLiteral("password"), defaults.password},
        {QStringLiteral("token-lifetime"),
         QStringLiteral("Seconds a token from /v1/auth/token/ lives (default 86400)."),
         QStringLiteral("seconds"), QString::number(defaults.loginTokenLifetimeSeconds)},
        {QStringLiteral("seed"), QStringLiteral("Seed of the generated data (default 1)."),
         QStringLiteral("n"), QStringLiteral("1")},
        {QStringLiteral("accounts"), QStringLiteral("Accounts the manager manages (default 3)."),
         QStringLiteral("n"), QString::number(defaults.accounts)},
        {QStringLiteral("spaces"), QStringLiteral("Spaces per account (default 6)."),
         QStringLiteral("n"), QString::number(defaults.spaces)},
        {QStringLiteral("months"),
         QStringLiteral("Months of usage, ending last month (default 24)."), QStringLiteral("n"),
         QString::number(defaults.months)},
        {QStringLiteral("last-month"),
         QStringLiteral("Last month with usage, YYYY-MM (default: last month)."),
         QStringLiteral("YYYY-MM")},
        {QStringLiteral("max-limit"),
         QStringLiteral("Largest page the server gives, whatever limit asks (default 1000)."),
         QStringLiteral("n"), QString::number(defaults.maxLimit)},
        {QStringLiteral("delay-ms"), QStringLiteral("Delay every answer (default 0)."),
         QStringLiteral("ms"), QStringLiteral("0")},
        {QStringLiteral("fail-rate"),
         QStringLiteral("Share of billing requests that fail with --fail-status (default 0)."),
         QStringLiteral("0..1"), QStringLiteral("0")},
        {QStringLiteral("fail-status"),
         QStringLiteral("503 or 429, sent with Retry-After (default 503)."),
         QStringLiteral("status"), QStringLiteral("503")},
        {QStringLiteral("retry-after"),
         QStringLiteral("Seconds in the Retry-After header (default 1)."),
         QStringLiteral("seconds"), QStringLiteral("1")},
        {QStringLiteral("fail-account"),
         QStringLiteral("Answer 500 for this managed account's billing (repeatable)."),
         QStringLiteral("id")},
        {QStringLiteral("malformed-rate"),
         QStringLiteral("Share of billing answers whose body is cut off (default 0)."),
         QStringLiteral("0..1"), QStringLiteral("0")},
        {QStringLiteral("fail-first"),
         QStringLiteral("Answer the first N billing requests with --fail-status (default 0)."),
         QStringLiteral("n"), QStringLiteral("0")},
        {QStringLiteral("retry-after-form"),
         QStringLiteral("Retry-After as seconds (\"12\") or as an HTTP date (\"Wed, 21 Oct "
                        "2015 07:28:00 GMT\") that far ahead (default seconds)."),
         QStringLiteral("seconds|date"), QStringLiteral("seconds")},
        {QStringLiteral("wrong-shape-rate"),
         QStringLiteral("Share of billing answers that are 200 with valid JSON of the wrong "
                        "shape (default 0)."),
         QStringLiteral("0..1"), QStringLiteral("0")},
        {QStringLiteral("cut-body-rate"),
         QStringLiteral("Share of billing answers whose body stops half-way, shorter than its "
                        "Content-Length, before the connection closes (default 0)."),
         QStringLiteral("0..1"), QStringLiteral("0")},
        {QStringLiteral("reset-rate"),
         QStringLiteral("Share of billing answers whose connection is reset half-way through "
                        "the body (default 0)."),
         QStringLiteral("0..1"), QStringLiteral("0")},
        {QStringLiteral("hang-rate"),
         QStringLiteral("Share of billing requests accepted and never answered (default 0)."),
         QStringLiteral("0..1"), QStringLiteral("0")},
        {QStringLiteral("trickle-ms"),
         QStringLiteral("Send every body 64 bytes at a time, one piece every N ms (default 0)."),
         QStringLiteral("ms"), QStringLiteral("0")},
    });
    parser.process(app);
    if (!parser.positionalArguments().isEmpty())
        fail(
            QStringLiteral("unexpected argument \"%1\"").arg(parser.positionalArguments().first()));

    MockOptions options;
    bool seedOk = false;
    options.seed = parser.value(QStringLiteral("seed")).toULongLong(&seedOk);
    if (!seedOk)
        fail(QStringLiteral("--seed must be a whole number, not \"%1\"")
                 .arg(parser.value(QStringLiteral("seed"))));
    options.accounts = intOption(parser, QStringLiteral("accounts"), 0, 1000);
    options.spaces = intOption(parser, QStringLiteral("spaces"), 1, 100000);
    options.months = intOption(parser, QStringLiteral("months"), 1, 1200);
    options.maxLimit = intOption(parser, QStringLiteral("max-limit"), 1, 1000000);
    options.delayMs = intOption(parser, QStringLiteral("delay-ms"), 0, 600000);
    options.failRate = rateOption(parser, QStringLiteral("fail-rate"));
    options.failStatus = intOption(parser, QStringLiteral("fail-status"), 429, 503);
    if (options.failStatus != 429 && options.failStatus != 503)
        fail(QStringLiteral("--fail-status must be 429 or 503"));
    options.retryAfterSeconds = intOption(parser, QStringLiteral("retry-after"), 0, 86400);
    options.malformedRate = rateOption(parser, QStringLiteral("malformed-rate"));
    options.failFirst = intOption(parser, QStringLiteral("fail-first"), 0, 1000000);
    const QString form = parser.value(QStringLiteral("retry-after-form"));
    if (form != QLatin1String("seconds") && form != QLatin1String("date"))
        fail(QStringLiteral("--retry-after-form must be seconds or date, not \"%1\"").arg(form));
    options.retryAfterForm = form == QLatin1String("date") ? MockOptions::RetryAfterForm::Date
                                                           : MockOptions::RetryAfterForm::Seconds;
    options.wrongShapeRate = rateOption(parser, QStringLiteral("wrong-shape-rate"));
    options.cutBodyRate = rateOption(parser, QStringLiteral("cut-body-rate"));
    options.resetRate = rateOption(parser, QStringLiteral("reset-rate"));
    options.hangRate = rateOption(parser, QStringLiteral("hang-rate"));
    options.trickleMs = intOption(parser, QStringLiteral("trickle-ms"), 0, 60000);
    for (const QString &id : parser.values(QStringLiteral("fail-account"))) {
        bool ok = false;
        options.failingAccounts.append(id.toLongLong(&ok));
        if (!ok)
            fail(QStringLiteral("--fail-account must be an account id, not \"%1\"").arg(id));
    }
    options.loginTokenLifetimeSeconds
        = intOption(parser, QStringLiteral("token-lifetime"), 1, 365 * 86400);
    options.token = parser.value(QStringLiteral("token"));
    options.managerToken = parser.value(QStringLiteral("manager-token"));
    options.password = parser.value(QStringLiteral("password"));
    if (options.token.isEmpty() || options.managerToken.isEmpty()
        || options.token == options.managerToken)
        fail(QStringLiteral("--token and --manager-token must be two different, non-empty tokens"));
    if (parser.isSet(QStringLiteral("last-month"))) {
        const auto lastMonth = Month::fromString(parser.value(QStringLiteral("last-month")));
        if (!lastMonth.isOk())
            fail(QStringLiteral("--last-month: ") + lastMonth.error.message);
        options.lastMonth = lastMonth.value;
    }

    const QHostAddress host(parser.value(QStringLiteral("host")));
    if (host.isNull())
        fail(QStringLiteral("--host \"%1\" is not an IP address")
                 .arg(parser.value(QStringLiteral("host"))));
    if (!host.isLoopback() && !parser.isSet(QStringLiteral("allow-remote"))) {
        fail(QStringLiteral("--host %1 would let other computers reach this server and its "
                            "tokens; add --allow-remote if that is what you want")
                 .arg(host.toString()));
    }
    const int port = intOption(parser, QStringLiteral("port"), 0, 65535);

    MockHttpServer server(options);
    if (const neuroio::ApiError error = server.start(host, static_cast<quint16>(port));
        !error.isOk())
        fail(error.message);

    const auto &data = server.api().dataset();
    QTextStream out(stdout);
    out << "listening on " << server.url().toString() << '\n';
    out << "manager token: " << options.managerToken << "  (user demo-manager)\n";
    out << "account token: " << options.token << "  (user demo-user)\n";
    out << "password for both users: " << options.password << '\n';
    out << "data: seed " << options.seed << ", " << data.managedScopes().size()
        << " managed accounts, " << options.spaces << " spaces each, months "
        << data.firstMonth().toString() << " to " << data.lastMonth().toString() << ", "
        << data.recordCount() << " usage records\n";
    out << "try: curl -H 'Authorization: Token " << options.managerToken << "' '"
        << server.url().toString() << "/v1/billing/usage/?limit=5'\n";
    out.flush();
    std::fflush(stdout);
    return app.exec();
}
