#include "core/api/billingclient.h"

#include "core/api/httpdate.h"
#include "core/api/responseparser.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QHostAddress>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>
#include <QRandomGenerator>
#include <QTimer>

namespace neuroio {

Q_LOGGING_CATEGORY(lcBillingClient, "neuroio.api")

struct BillingClient::Call
{
    QString endpoint;
    QPointer<QObject> context;
    QPointer<QNetworkReply> reply;
    RawHandler handler;
    QNetworkRequest networkRequest;
    QByteArray method;
    QByteArray body;
    int tries = 0; // started so far
    qint64 bytesThisTry = 0;
    QTimer transferTimer;
    QTimer deadlineTimer;
    QTimer retryTimer;       // the wait before the next try
    std::size_t network = 0; // which of m_networks carries the try running
    QMetaObject::Connection contextGone;
    QString tlsDetails;
};

namespace {

bool isLoopbackHost(const QString &host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

ApiError transportError(QNetworkReply::NetworkError code, const QString &text,
                        const QString &endpoint, const QString &tlsDetails)
{
    ApiError error;
    error.endpoint = endpoint;
    error.message = text;
    switch (code) {
    case QNetworkReply::SslHandshakeFailedError:
        error.kind = ApiError::Kind::Tls;
        if (!tlsDetails.isEmpty())
            error.message = tlsDetails;
        break;
    case QNetworkReply::TimeoutError:
        error.kind = ApiError::Kind::Timeout;
        break;
    default:
        error.kind = ApiError::Kind::Network;
        break;
    }
    return error;
}

QString describeDuration(std::chrono::milliseconds duration)
{
    if (duration.count() % 1000 == 0)
        return QCoreApplication::translate("neuroio::BillingClient", "%1 s")
            .arg(duration.count() / 1000);
    return QCoreApplication::translate("neuroio::BillingClient", "%1 ms").arg(duration.count());
}

} // namespace

BillingClient::BillingClient(QObject *parent)
    : QObject(parent)
    , m_baseUrl(defaultBaseUrl())
{
    addNetwork();
}

void BillingClient::addNetwork()
{
    auto *network = new QNetworkAccessManager(this);
    // Qt 6.4's default policy follows redirects to other hosts with the Authorization header
    // still attached. Same origin only: a redirect elsewhere ends the call instead.
    network->setRedirectPolicy(QNetworkRequest::SameOriginRedirectPolicy);
    m_networks.push_back({network, 0});
}

// Qt 6.4 opens at most six HTTP/1.1 connections to a host per QNetworkAccessManager and queues
// the rest (QHttp1Configuration, which raises that, arrives in Qt 6.5). More requests at once
// (--max-parallel up to 32) take more managers: the first one with a connection free, a new one
// when all are busy. Every manager is made by addNetwork(), so they all behave the same. Over
// HTTP/2 the first manager carries any number of requests on one connection.
std::size_t BillingClient::networkForNextTry()
{
    for (std::size_t i = 0; i < m_networks.size(); ++i) {
        if (m_networks[i].triesRunning < kConnectionsPerNetwork)
            return i;
    }
    if (m_networks.size() * kConnectionsPerNetwork
        < std::size_t(ConnectionLimits::kMaxParallelLimit)) {
        addNetwork();
        return m_networks.size() - 1;
    }
    const auto leastBusy = std::min_element(
        m_networks.begin(), m_networks.end(),
        [](const Network &a, const Network &b) { return a.triesRunning < b.triesRunning; });
    return std::size_t(leastBusy - m_networks.begin());
}

void BillingClient::releaseReply(Call &call)
{
    if (!call.reply)
        return;
    call.reply->disconnect(this);
    if (call.reply->isRunning())
        call.reply->abort();
    call.reply->deleteLater();
    call.reply = nullptr;
    --m_networks[call.network].triesRunning;
}

BillingClient::~BillingClient()
{
    // Calls still running complete as cancelled, queued to the contexts still alive.
    std::vector<CallId> ids;
    for (const auto &entry : m_calls)
        ids.push_back(entry.first);
    for (CallId id : ids) {
        auto it = m_calls.find(id);
        if (it != m_calls.end())
            abortWith(id, ApiError::cancelled(it->second->endpoint));
    }
}

QUrl BillingClient::defaultBaseUrl()
{
    return QUrl(QStringLiteral("https://iam.neuroio.com"));
}

QByteArray BillingClient::userAgent()
{
    return QByteArrayLiteral("neuroio-billing-qt/" NEUROIO_VERSION);
}

ApiError BillingClient::checkUrl(const QUrl &url)
{
    if (!url.isValid() || url.host().isEmpty()) {
        return ApiError::invalidInput(tr("\"%1\" is not a server address").arg(url.toString()));
    }
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1String("https"))
        return {};
    if (scheme == QLatin1String("http")) {
        if (isLoopbackHost(url.host()))
            return {};
        return ApiError::invalidInput(
            tr("plain http:// would send the token unencrypted to %1; use "
               "https:// (http is allowed only for this computer, 127.0.0.1)")
                .arg(url.host()));
    }
    return ApiError::invalidInput(tr("\"%1\" is not an http or https address").arg(url.toString()));
}

ApiError BillingClient::checkToken(const QString &token)
{
    const QString trimmed = token.trimmed();
    for (const QChar c : trimmed) {
        // Tokens are printable ASCII; anything else, a space or a control character above
        // all, would be sent as part of the header line. The message never quotes the token.
        if (c.unicode() <= 0x20 || c.unicode() >= 0x7f) {
            return ApiError::invalidInput(
                c.unicode() < 0x20 || c.unicode() == 0x7f
                    ? tr("the token holds a control character (a line break, say); it was not "
                         "sent")
                    : tr("the token holds a space or a character that is not plain ASCII; it "
                         "was not sent"));
        }
    }
    return {};
}

ApiError BillingClient::setBaseUrl(const QUrl &url)
{
    ApiError problem = checkUrl(url);
    if (problem.isOk()) {
        m_baseUrl = url;
        m_heldUntil = {}; // another server's Retry-After does not hold this one
    }
    return problem;
}

void BillingClient::setLimits(const ConnectionLimits &limits)
{
    m_transferTimeout = std::chrono::seconds(limits.timeoutSeconds);
    m_deadline = std::max<std::chrono::milliseconds>(kDefaultDeadline, 4 * m_transferTimeout);
    m_retryPolicy.maxRetries = limits.maxRetries;
    m_maxParallel = limits.maxParallel;
}

ConnectionLimits BillingClient::limits() const
{
    ConnectionLimits limits;
    limits.timeoutSeconds
        = int(std::chrono::duration_cast<std::chrono::seconds>(m_transferTimeout).count());
    limits.maxRetries = m_retryPolicy.maxRetries;
    limits.maxParallel = m_maxParallel;
    return limits;
}

void BillingClient::setToken(const QString &token)
{
    m_token = token.trimmed();
}

QByteArray BillingClient::tokenFingerprint() const
{
    return QCryptographicHash::hash(m_baseUrl.toEncoded() + '\n' + m_token.toUtf8(),
                                    QCryptographicHash::Sha256)
        .toHex();
}

QDateTime BillingClient::serverNow() const
{
    return QDateTime::currentDateTimeUtc().addMSecs(m_serverClockAheadMs);
}

QString BillingClient::usagePath(std::optional<qint64> accountId)
{
    if (accountId)
        return QStringLiteral("/v1/accounts/%1/billing/usage/").arg(*accountId);
    return QStringLiteral("/v1/billing/usage/");
}

QString BillingClient::usageTotalPath(std::optional<qint64> accountId)
{
    return usagePath(accountId) + QStringLiteral("total/");
}

QString BillingClient::endpoint(const QByteArray &method, const QString &path)
{
    return QString::fromLatin1(method) + QLatin1Char(' ') + path;
}

QString BillingClient::usageEndpoint(std::optional<qint64> accountId)
{
    return endpoint("GET", usagePath(accountId));
}

QString BillingClient::usageTotalEndpoint(std::optional<qint64> accountId)
{
    return endpoint("GET", usageTotalPath(accountId));
}

QString BillingClient::accountsEndpoint()
{
    return endpoint("GET", QStringLiteral("/v1/accounts/"));
}

BillingClient::Request BillingClient::billingRequest(const QString &path, const BillingQuery &query,
                                                     BillingQuery::Paging paging) const
{
    Request request;
    request.path = path;
    request.query = query.toQueryString(paging);
    request.validationError = query.check().message;
    return request;
}

template<typename T, typename Parser>
CallId BillingClient::start(const Request &request, QObject *context, Callback<T> done,
                            Parser parse)
{
    return send(request, context,
                [done = std::move(done), parse, label = endpoint(request.method, request.path)](
                    const ApiError &error, const QByteArray &body) {
                    if (!error.isOk())
                        done(Result<T>::failure(error));
                    else
                        done(parse(body, label));
                });
}

CallId BillingClient::usagePage(std::optional<qint64> accountId, const BillingQuery &query,
                                QObject *context, Callback<UsagePage> done)
{
    return start<UsagePage>(
        billingRequest(usagePath(accountId), query, BillingQuery::Paging::Included), context,
        std::move(done), &ResponseParser::usagePage);
}

CallId BillingClient::usageTotal(std::optional<qint64> accountId, const BillingQuery &query,
                                 QObject *context, Callback<UsageTotals> done)
{
    return start<UsageTotals>(
        billingRequest(usageTotalPath(accountId), query, BillingQuery::Paging::Omitted), context,
        std::move(done), &ResponseParser::usageTotals);
}

CallId BillingClient::whoAmI(QObject *context, Callback<WhoAmI> done)
{
    Request request;
    request.path = QStringLiteral("/v1/whoami/");
    return start<WhoAmI>(request, context, std::move(done), &ResponseParser::whoAmI);
}

CallId BillingClient::spaces(QObject *context, Callback<QList<Space>> done)
{
    Request request;
    request.path = QStringLiteral("/v1/lists/spaces/");
    return start<QList<Space>>(request, context, std::move(done), &ResponseParser::spaces);
}

CallId BillingClient::accounts(int limit, int offset, QObject *context, Callback<AccountPage> done)
{
    Request request;
    request.path = QStringLiteral("/v1/accounts/");
    request.query = QStringLiteral("limit=%1&offset=%2").arg(limit).arg(offset);
    if (limit < 1 || offset < 0)
        request.validationError = tr("limit must be at least 1 and offset at least 0");
    return start<AccountPage>(request, context, std::move(done), &ResponseParser::accountPage);
}

CallId BillingClient::login(const QString &username, const QString &password, QObject *context,
                            Callback<LoginResult> done)
{
    Request request;
    request.method = "POST";
    request.path = QStringLiteral("/v1/auth/token/");
    request.sendToken = false;
    request.body = QJsonDocument(QJsonObject{{QStringLiteral("username"), username},
                                             {QStringLiteral("password"), password}})
                       .toJson(QJsonDocument::Compact);
    if (username.isEmpty() || password.isEmpty())
        request.validationError = tr("a username and a password are both needed");
    return start<LoginResult>(request, context, std::move(done), &ResponseParser::login);
}

CallId BillingClient::send(const Request &request, QObject *context, RawHandler handler)
{
    Q_ASSERT_X(context, "BillingClient", "every call needs a context object");
    if (!context)
        context = this;

    const CallId id = m_nextId++;
    auto call = std::make_unique<Call>();
    call->endpoint = endpoint(request.method, request.path);
    call->context = context;
    call->handler = std::move(handler);
    Call *raw = call.get();
    m_calls.emplace(id, std::move(call));

    QUrl url = m_baseUrl;
    QString basePath = url.path();
    while (basePath.endsWith(QLatin1Char('/')))
        basePath.chop(1);
    url.setPath(basePath + request.path);
    url.setQuery(request.query.isEmpty() ? QString() : request.query, QUrl::StrictMode);

    QString refusal = request.validationError;
    if (refusal.isEmpty())
        refusal = checkUrl(url).message;
    // A token with a line break would add headers (or a whole request) of its own: never sent.
    if (refusal.isEmpty() && request.sendToken)
        refusal = checkToken(m_token).message;
    if (!refusal.isEmpty()) {
        complete(id, ApiError::invalidRequest(raw->endpoint, refusal), {}, true);
        return id;
    }

    QNetworkRequest networkRequest(url);
    networkRequest.setHeader(QNetworkRequest::UserAgentHeader, QString::fromLatin1(userAgent()));
    networkRequest.setRawHeader("Accept", "application/json");
    if (request.sendToken && !m_token.isEmpty())
        networkRequest.setRawHeader("Authorization", "Token " + m_token.toUtf8());
    networkRequest.setMaximumRedirectsAllowed(5);
    if (!request.body.isEmpty())
        networkRequest.setHeader(QNetworkRequest::ContentTypeHeader,
                                 QStringLiteral("application/json"));
    raw->networkRequest = networkRequest;
    raw->method = request.method;
    raw->body = request.body;

    raw->transferTimer.setSingleShot(true);
    raw->deadlineTimer.setSingleShot(true);
    raw->retryTimer.setSingleShot(true);
    connect(&raw->transferTimer, &QTimer::timeout, this, [this, id] { onTimeout(id, false); });
    connect(&raw->deadlineTimer, &QTimer::timeout, this, [this, id] { onTimeout(id, true); });
    connect(&raw->retryTimer, &QTimer::timeout, this, [this, id] { startTry(id); });

    // The receiver is gone: nobody is left to tell, so the request just stops.
    raw->contextGone = connect(context, &QObject::destroyed, this, [this, id] {
        auto it = m_calls.find(id);
        if (it == m_calls.end())
            return;
        std::unique_ptr<Call> call = std::move(it->second);
        m_calls.erase(it);
        releaseReply(*call);
    });
    startTry(id);
    return id;
}

void BillingClient::startTry(CallId id)
{
    const auto it = m_calls.find(id);
    if (it == m_calls.end())
        return;
    Call *call = it->second.get();
    const auto now = std::chrono::steady_clock::now();
    if (now < m_heldUntil) {
        call->retryTimer.start(std::chrono::ceil<std::chrono::milliseconds>(m_heldUntil - now));
        return;
    }
    ++call->tries;
    call->bytesThisTry = 0;
    call->tlsDetails.clear();
    call->network = networkForNextTry();
    QNetworkAccessManager *network = m_networks[call->network].manager;
    QNetworkReply *reply = call->method == "POST" ? network->post(call->networkRequest, call->body)
                                                  : network->get(call->networkRequest);
    call->reply = reply;
    ++m_networks[call->network].triesRunning;

    connect(reply, &QNetworkReply::finished, this, [this, id] { onFinished(id); });
#if QT_CONFIG(ssl)
    connect(reply, &QNetworkReply::sslErrors, this, [call](const QList<QSslError> &errors) {
        QStringList texts;
        for (const QSslError &e : errors)
            texts.append(e.errorString());
        call->tlsDetails = texts.join(QStringLiteral("; "));
    });
#endif
    connect(reply, &QNetworkReply::downloadProgress, this, [call](qint64 received, qint64) {
        call->bytesThisTry = received;
        call->transferTimer.start();
    });
    connect(reply, &QNetworkReply::uploadProgress, this, [call] { call->transferTimer.start(); });
    call->transferTimer.start(m_transferTimeout);
    call->deadlineTimer.start(m_deadline);
}

void BillingClient::onTimeout(CallId id, bool deadline)
{
    const auto it = m_calls.find(id);
    if (it == m_calls.end())
        return;
    const Call &call = *it->second;
    ApiError error;
    error.kind = ApiError::Kind::Timeout;
    error.endpoint = call.endpoint;
    if (call.bytesThisTry == 0) {
        error.message
            = deadline
                  ? tr("the server sent nothing within %1").arg(describeDuration(m_deadline))
                  : tr("the server sent nothing for %1").arg(describeDuration(m_transferTimeout));
    } else if (deadline) {
        // Bytes kept coming, so the transfer timeout never fired: too slow, not silent. Not
        // tried again: a second try of an answer this slow would only take as long again.
        error.message = tr("the answer was arriving too slowly: %n bytes in %1, and it was "
                           "not finished",
                           "", int(std::min<qint64>(call.bytesThisTry, INT_MAX)))
                            .arg(describeDuration(m_deadline));
    } else {
        error.message = tr("the answer stopped arriving: nothing for %1 after %n bytes", "",
                           int(std::min<qint64>(call.bytesThisTry, INT_MAX)))
                            .arg(describeDuration(m_transferTimeout));
    }
    const bool slowButMoving = deadline && call.bytesThisTry > 0;
    finishTry(id, error, {}, slowButMoving ? RetryPolicy::Wait::Never : RetryPolicy::Wait::Backoff,
              std::nullopt);
}

void BillingClient::cancel(CallId id)
{
    const auto it = m_calls.find(id);
    if (it != m_calls.end())
        abortWith(id, ApiError::cancelled(it->second->endpoint));
}

void BillingClient::cancelAll()
{
    std::vector<CallId> ids;
    for (const auto &entry : m_calls)
        ids.push_back(entry.first);
    for (CallId id : ids)
        cancel(id);
}

void BillingClient::abortWith(CallId id, const ApiError &error)
{
    // Cancellations are queued so a caller's cancel() never re-enters its own code; timeouts
    // already arrive from the event loop and complete at once.
    complete(id, error, {}, error.isCancelled());
}

void BillingClient::onFinished(CallId id)
{
    const auto it = m_calls.find(id);
    if (it == m_calls.end())
        return;
    Call &call = *it->second;
    QNetworkReply *reply = call.reply;
    const QByteArray body = reply->readAll();
    const QVariant statusAttribute = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    const int status = statusAttribute.isValid() ? statusAttribute.toInt() : 0;
    const QString reason = reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString();
    if (const std::optional<QDateTime> date = parseHttpDate(reply->rawHeader("Date")))
        m_serverClockAheadMs = QDateTime::currentDateTimeUtc().msecsTo(*date);

    ApiError error;
    if (reply->error() == QNetworkReply::InsecureRedirectError) {
        // Qt 6.4 leaves the redirect target attribute at the request's own URL here: the
        // Location header says where the server wanted to send us.
        const QByteArray location = reply->rawHeader("Location");
        const QUrl target
            = location.isEmpty()
                  ? reply->attribute(QNetworkRequest::RedirectionTargetAttribute).toUrl()
                  : QUrl::fromEncoded(location);
        const QUrl resolved = reply->url().resolved(target);
        error = ResponseParser::httpError(status, reason, {}, call.endpoint);
        error.message
            = tr("the server redirected to another origin (%1); the "
                 "redirect was not followed, so the token was not sent "
                 "there")
                  .arg(resolved.adjusted(QUrl::RemovePath | QUrl::RemoveQuery).toString());
    } else if (reply->error() == QNetworkReply::TooManyRedirectsError) {
        error = ResponseParser::httpError(status, reason, {}, call.endpoint);
        error.message = tr("too many redirects");
    } else if (status >= 200 && status < 300 && reply->error() == QNetworkReply::NoError) {
        // Success.
    } else if (status != 0 && (status < 200 || status >= 300)) {
        error = ResponseParser::httpError(status, reason, body, call.endpoint);
    } else {
        // No answer, or a 2xx whose connection broke before its end.
        error
            = transportError(reply->error(), reply->errorString(), call.endpoint, call.tlsDetails);
    }
    if (status >= 200 && status < 300) {
        // A body shorter than its Content-Length is a cut connection, not an answer to parse,
        // whether or not Qt noticed. (With Content-Encoding the length counts compressed
        // bytes, so it cannot be compared.)
        const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
        if (length.isValid() && reply->rawHeader("Content-Encoding").isEmpty()
            && body.size() < length.toLongLong()) {
            error = transportError(QNetworkReply::RemoteHostClosedError, {}, call.endpoint, {});
            error.message = tr("the answer was cut short: %1 of %2 bytes arrived")
                                .arg(body.size())
                                .arg(length.toLongLong());
            finishTry(id, error, {}, RetryPolicy::Wait::Backoff, std::nullopt);
            return;
        }
    }
    RetryPolicy::Wait wait = RetryPolicy::Wait::Never;
    std::optional<std::chrono::milliseconds> serverWait;
    if (error.isFailure()) {
        wait = RetryPolicy::waitFor(error.kind == ApiError::Kind::HttpStatus ? status : 0,
                                    reply->error());
        if (wait == RetryPolicy::Wait::ServerSays)
            serverWait = RetryPolicy::retryAfter(reply->rawHeader("Retry-After"),
                                                 QDateTime::currentDateTimeUtc());
    }
    finishTry(id, error, body, wait, serverWait);
}

void BillingClient::finishTry(CallId id, ApiError error, const QByteArray &body,
                              RetryPolicy::Wait wait,
                              std::optional<std::chrono::milliseconds> serverWait)
{
    const auto it = m_calls.find(id);
    if (it == m_calls.end())
        return;
    Call &call = *it->second;
    error.tries = call.tries;
    // Only GETs: they read and change nothing, so a second try cannot do anything twice.
    const bool mayRetry = error.isFailure() && wait != RetryPolicy::Wait::Never
                          && call.method == "GET" && call.tries <= m_retryPolicy.maxRetries;
    if (!mayRetry) {
        complete(id, error, body, false);
        return;
    }
    std::chrono::milliseconds delay{0};
    if (serverWait) {
        if (*serverWait > m_retryPolicy.maxServerWait) {
            error.message
                = tr("%1; the server asked to wait %2 before trying again, longer "
                     "than the %3 this program waits")
                      .arg(error.message.isEmpty() ? tr("HTTP %1").arg(error.httpStatus)
                                                   : error.message,
                           describeDuration(std::chrono::ceil<std::chrono::seconds>(*serverWait)),
                           describeDuration(m_retryPolicy.maxServerWait));
            complete(id, error, body, false);
            return;
        }
        delay = *serverWait;
        m_heldUntil = std::max(m_heldUntil, std::chrono::steady_clock::now() + delay);
    } else {
        delay = m_retryPolicy.backoff(call.tries, QRandomGenerator::global()->generateDouble());
        // A hold that is running outlasts our own wait: say the wait as it will be.
        const auto now = std::chrono::steady_clock::now();
        if (m_heldUntil > now)
            delay
                = std::max(delay, std::chrono::ceil<std::chrono::milliseconds>(m_heldUntil - now));
    }

    call.transferTimer.stop();
    call.deadlineTimer.stop();
    releaseReply(call);
    RetryNotice notice;
    notice.endpoint = call.endpoint;
    notice.context = call.context;
    notice.failure = error;
    notice.delay = delay;
    notice.nextTry = call.tries + 1;
    notice.maxTries = m_retryPolicy.maxRetries + 1;
    notice.serverAskedToWait = serverWait.has_value();
    qCWarning(lcBillingClient).noquote() << notice.message();
    call.retryTimer.start(delay);
    emit retryScheduled(notice);
}

void BillingClient::complete(CallId id, const ApiError &error, const QByteArray &body, bool queued)
{
    const auto it = m_calls.find(id);
    if (it == m_calls.end())
        return;
    std::unique_ptr<Call> call = std::move(it->second);
    m_calls.erase(it);
    // Every failure lands in the log with its whole detail (the token is never part of it),
    // so a person shown a short message can find the rest.
    if (error.isFailure())
        qCWarning(lcBillingClient).noquote() << error.userMessage();
    disconnect(call->contextGone);
    call->transferTimer.stop();
    call->deadlineTimer.stop();
    call->retryTimer.stop();
    releaseReply(*call);
    QObject *context = call->context;
    if (!context)
        return;
    if (queued) {
        QTimer::singleShot(0, context, [handler = std::move(call->handler), error, body] {
            handler(error, body);
        });
    } else {
        call->handler(error, body);
    }
}

} // namespace neuroio
