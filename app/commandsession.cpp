#include "app/commandsession.h"

#include "app/filterarguments.h"
#include "core/views/savedviewstore.h"
#include "mockserver/mockhttpserver.h"

#include <QEventLoop>
#include <QFile>
#include <QSocketNotifier>
#include <QTextStream>

#include <algorithm>
#include <csignal>
#include <fcntl.h>
#include <unistd.h>

namespace neuroio::app {

namespace {

int g_interruptPipe[2] = {-1, -1};

void onSigint(int)
{
    const char byte = 1;
    // Only async-signal-safe calls here: the event loop does the rest.
    [[maybe_unused]] const auto written = ::write(g_interruptPipe[1], &byte, 1);
}

struct BadArgument
{
    ApiError error;
};

ApiError invalid(const QString &message)
{
    return ApiError::invalidInput(message);
}

} // namespace

CommandSession::CommandSession(QObject *parent)
    : QObject(parent)
{
    // A wait is not silence: a script's log shows why the export takes longer.
    connect(&m_client, &BillingClient::retryScheduled, this,
            [](const RetryNotice &notice) { printError(notice.message()); });
}

CommandSession::~CommandSession() = default;

QString CommandSession::tokenHelp()
{
    return tr(
        "The token comes from the environment variable NEUROIO_API_TOKEN or from --token-file,\n"
        "never from an argument: other users of this computer can read a process's arguments.");
}

QString CommandSession::exitCodeHelp()
{
    return tr("Exit codes:\n"
              "  0    done\n"
              "  2    bad arguments (a malformed month, a reversed range, an unknown event type,\n"
              "       an unreadable token file, ...); the message names the argument\n"
              "  3    the token was refused, or lacks the permission (not a manager)\n"
              "  4    network, TLS, timeout or malformed-response error; the message says which\n"
              "  5    the output could not be written (a full disk, a missing folder)\n"
              "  6    --accounts-overview only: written, but some accounts could not be read;\n"
              "       their rows say \"unavailable\", and totals and shares are over the rest\n"
              "       (when none could be read, or the token was refused, nothing is written\n"
              "       and the code is 4 or 3)\n"
              "  130  interrupted (Ctrl+C)\n"
              "Failed requests are tried again first (see --max-retries). After any failure or\n"
              "an interrupt, nothing is written: no output file is left behind, an earlier file\n"
              "of the same name is left as it was, and standard output, a pipe or a device gets\n"
              "nothing (their output waits in a temporary file until it is whole).");
}

void CommandSession::addCommonOptions(QCommandLineParser &parser, FilterArguments::Options filters)
{
    FilterArguments::addOptions(parser, filters);
    parser.addOptions({
        {QStringLiteral("base-url"),
         tr("NeuroIO server (default %1).").arg(BillingClient::defaultBaseUrl().toString()),
         tr("url"), BillingClient::defaultBaseUrl().toString()},
        {QStringLiteral("token-file"),
         tr("Read the token from this file instead of NEUROIO_API_TOKEN."), tr("file")},
        {QStringLiteral("demo"),
         tr("Use a local server with generated demo data, started in-process.")},
        {QStringLiteral("timeout"),
         tr("Give up on a request when nothing has arrived for this many seconds "
            "(default %1).")
             .arg(ConnectionLimits().timeoutSeconds),
         tr("seconds")},
        {QStringLiteral("max-retries"),
         tr("Try a failed request again up to N times (default %1): after 429 and 503 as "
            "long as the server's Retry-After asks (at most 60 s), after other 5xx, 408, cut "
            "connections and timeouts with a growing random wait. 0: never.")
             .arg(ConnectionLimits().maxRetries),
         tr("N")},
        {QStringLiteral("max-parallel"),
         tr("Keep at most N requests in flight at once (default %1, at most %2). It starts at "
            "4 and grows while the server answers fast; it halves when the server answers 429 "
            "or 503.")
             .arg(ConnectionLimits::kDefaultMaxParallel)
             .arg(ConnectionLimits::kMaxParallelLimit),
         tr("N")},
    });
}

bool CommandSession::configure(const QCommandLineParser &parser)
{
    try {
        if (!parser.positionalArguments().isEmpty()) {
            throw BadArgument{invalid(
                tr("unexpected argument \"%1\"").arg(parser.positionalArguments().first()))};
        }
        const Month current = Month::current();
        const auto filters = FilterArguments::read(parser, SavedViewStore());
        if (!filters.isOk())
            throw BadArgument{filters.error};
        m_query = filters.value.query(current);
        m_accountId = filters.value.scope();
        m_monthsSource = filters.value.monthsSource(current);

        ConnectionLimits limits;
        if (parser.isSet(QStringLiteral("timeout"))) {
            if (const QString problem = limits.setTimeout(parser.value(QStringLiteral("timeout")));
                !problem.isEmpty())
                throw BadArgument{invalid(problem)};
        }
        if (parser.isSet(QStringLiteral("max-retries"))) {
            if (const QString problem
                = limits.setMaxRetries(parser.value(QStringLiteral("max-retries")));
                !problem.isEmpty())
                throw BadArgument{invalid(problem)};
        }
        if (parser.isSet(QStringLiteral("max-parallel"))) {
            if (const QString problem
                = limits.setMaxParallel(parser.value(QStringLiteral("max-parallel")));
                !problem.isEmpty())
                throw BadArgument{invalid(problem)};
        }
        m_client.setLimits(limits);

        if (parser.isSet(QStringLiteral("demo"))) {
            if (parser.isSet(QStringLiteral("base-url")))
                throw BadArgument{invalid(tr("--demo and --base-url exclude each other"))};
            m_demo = std::make_unique<mock::MockHttpServer>(mock::MockOptions{});
            if (ApiError error = m_demo->start(); !error.isOk()) {
                error.message = tr("--demo: the local server did not start: %1").arg(error.message);
                throw BadArgument{error};
            }
            m_client.setBaseUrl(m_demo->url());
            m_client.setToken(m_demo->options().managerToken);
            return true;
        }

        const QString address = parser.value(QStringLiteral("base-url"));
        // fromUserInput would make "notaurl" into http://notaurl and then complain about http.
        if (!address.contains(QLatin1String("://"))) {
            throw BadArgument{invalid(tr("--base-url: \"%1\" is not a URL; give the whole "
                                         "address, such as https://iam.neuroio.com")
                                          .arg(address))};
        }
        const QUrl url = QUrl::fromUserInput(address);
        if (const ApiError problem = m_client.setBaseUrl(url); !problem.isOk())
            throw BadArgument{invalid(tr("--base-url: %1").arg(problem.message))};
        QString token;
        if (parser.isSet(QStringLiteral("token-file"))) {
            const QString path = parser.value(QStringLiteral("token-file"));
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly)) {
                throw BadArgument{
                    ApiError::readFailed(path, tr("%1 (--token-file)").arg(file.errorString()))};
            }
            token = QString::fromUtf8(file.readAll()).trimmed();
            if (token.isEmpty())
                throw BadArgument{invalid(tr("--token-file: %1 is empty").arg(path))};
        } else {
            token = qEnvironmentVariable("NEUROIO_API_TOKEN").trimmed();
            if (token.isEmpty()) {
                throw BadArgument{invalid(tr("no token: set NEUROIO_API_TOKEN or use "
                                             "--token-file (or --demo for demo data)"))};
            }
        }
        if (const ApiError problem = BillingClient::checkToken(token); !problem.isOk())
            throw BadArgument{problem};
        m_client.setToken(token);
        return true;
    } catch (const BadArgument &bad) {
        m_error = bad.error;
        printError(bad.error.userMessage());
        return false;
    }
}

void CommandSession::catchInterrupt(std::function<void()> onInterrupt)
{
    m_onInterrupt = std::move(onInterrupt);
    if (g_interruptPipe[0] < 0 && ::pipe2(g_interruptPipe, O_CLOEXEC | O_NONBLOCK) != 0)
        return;
    auto *notifier = new QSocketNotifier(g_interruptPipe[0], QSocketNotifier::Read, this);
    connect(notifier, &QSocketNotifier::activated, this, [this] {
        char byte = 0;
        while (::read(g_interruptPipe[0], &byte, 1) > 0) {
        }
        if (m_interrupted)
            return;
        m_interrupted = true;
        if (m_onInterrupt)
            m_onInterrupt();
    });
    struct sigaction action = {};
    action.sa_handler = onSigint;
    sigemptyset(&action.sa_mask);
    ::sigaction(SIGINT, &action, nullptr);
    ::sigaction(SIGTERM, &action, nullptr);
}

int CommandSession::exitCodeFor(const ApiError &error)
{
    switch (error.kind) {
    case ApiError::Kind::None:
        return ExitOk;
    case ApiError::Kind::InvalidInput:
    case ApiError::Kind::InvalidRequest:
    case ApiError::Kind::ReadFailed:
        return ExitBadArguments;
    case ApiError::Kind::WriteFailed:
        return ExitWriteFailed;
    case ApiError::Kind::Cancelled:
        return ExitInterrupted;
    case ApiError::Kind::HttpStatus:
        if (error.isUnauthorized() || error.isForbidden())
            return ExitRefused;
        if (error.httpStatus == 400 || error.httpStatus == 404)
            return ExitBadArguments;
        return ExitConnection;
    case ApiError::Kind::Network:
    case ApiError::Kind::Timeout:
    case ApiError::Kind::Tls:
    case ApiError::Kind::MalformedResponse:
        return ExitConnection;
    }
    return ExitConnection;
}

QString CommandSession::monthsNote() const
{
    return tr("months %1 to %2 (%3)")
        .arg(m_query.monthFrom ? m_query.monthFrom->toString() : QString(),
             m_query.monthTo ? m_query.monthTo->toString() : QString(), m_monthsSource);
}

void CommandSession::warnAboutUnknownSpaces()
{
    if (m_query.spaceIds.isEmpty() || m_accountId)
        return;
    QEventLoop loop;
    QList<Space> listed;
    bool answered = false;
    m_client.spaces(&loop, [&](const Result<QList<Space>> &result) {
        answered = result.isOk();
        listed = result.value;
        loop.quit();
    });
    loop.exec();
    if (!answered)
        return; // the export's own requests will say what is wrong with the server
    QStringList unknown;
    for (qint64 id : std::as_const(m_query.spaceIds)) {
        if (std::none_of(listed.cbegin(), listed.cend(),
                         [id](const Space &s) { return s.id == id; }))
            unknown.append(QString::number(id));
    }
    if (!unknown.isEmpty()) {
        printError(tr("--spaces: %1 is not among this account's %2 spaces; it adds no rows.")
                       .arg(unknown.join(QStringLiteral(", ")))
                       .arg(listed.size()));
    }
}

void CommandSession::printError(const QString &message)
{
    QTextStream(stderr) << "neuroio-billing: " << message << '\n';
}

} // namespace neuroio::app
