#pragma once

#include "core/api/account.h"
#include "core/api/billingquery.h"
#include "core/api/connectionlimits.h"
#include "core/api/loginresult.h"
#include "core/api/page.h"
#include "core/api/result.h"
#include "core/api/retrynotice.h"
#include "core/api/retrypolicy.h"
#include "core/api/space.h"
#include "core/api/usagetotal.h"
#include "core/api/whoami.h"

#include <QDateTime>
#include <QObject>
#include <QUrl>

#include <chrono>
#include <functional>
#include <memory>
#include <unordered_map>
#include <vector>

class QNetworkAccessManager;
class QNetworkReply;

namespace neuroio {

using CallId = quint64;

// The only owner of a QNetworkAccessManager in the application. Base URL, token header,
// User-Agent, redirect policy and timeouts are set here and nowhere else.
//
// Every call completes exactly once with a Result, delivered to a callback that is tied to a
// context object: if the context is destroyed first, the request is aborted and the callback
// never runs. cancel() completes the call with ApiError::Kind::Cancelled (queued, never
// synchronously inside cancel()).
class BillingClient final : public QObject
{
    Q_OBJECT

public:
    template<typename T>
    using Callback = std::function<void(const Result<T> &)>;

    static constexpr std::chrono::milliseconds kDefaultTransferTimeout{30'000};
    static constexpr std::chrono::milliseconds kDefaultDeadline{120'000};

    explicit BillingClient(QObject *parent = nullptr);
    ~BillingClient() override;

    static QUrl defaultBaseUrl();
    static QByteArray userAgent();
    // Ok when url may carry a token; otherwise InvalidInput, saying why not. Plain http is
    // allowed only to a loopback host, so a token never crosses a network in clear text.
    static ApiError checkUrl(const QUrl &url);
    // Empty when the token can go into a header as it is; otherwise why not, without quoting
    // it. Requests with such a token are refused before anything is sent.
    static ApiError checkToken(const QString &token);

    // A URL that checkUrl() refuses is not taken: the old one stays, and the error says why.
    ApiError setBaseUrl(const QUrl &url);
    QUrl baseUrl() const { return m_baseUrl; }
    void setToken(const QString &token);
    // Names the token without holding it: a SHA-256 of server and token, in hex. What keeps
    // one person's cached usage from another's.
    QByteArray tokenFingerprint() const;
    // The time by the server's clock: the Date header of its latest answer, moved on by the
    // time since. Until a server has sent one, this machine's clock.
    QDateTime serverNow() const;
    // No bytes for this long: the try ends with a timeout. Restarts whenever data moves.
    void setTransferTimeout(std::chrono::milliseconds timeout) { m_transferTimeout = timeout; }
    std::chrono::milliseconds transferTimeout() const { return m_transferTimeout; }
    // Each try, redirects included, must finish within this, however steadily bytes arrive.
    void setDeadline(std::chrono::milliseconds deadline) { m_deadline = deadline; }
    std::chrono::milliseconds deadline() const { return m_deadline; }
    void setRetryPolicy(const RetryPolicy &policy) { m_retryPolicy = policy; }
    // A person's settings: the transfer timeout, and a deadline that leaves a slow but moving
    // answer four times as long (at least kDefaultDeadline); the retry count.
    void setLimits(const ConnectionLimits &limits);
    ConnectionLimits limits() const;
    const RetryPolicy &retryPolicy() const { return m_retryPolicy; }

    // The usage endpoints, for the user's own scope (no account) or a managed account's.
    CallId usagePage(std::optional<qint64> accountId, const BillingQuery &query, QObject *context,
                     Callback<UsagePage> done);
    CallId usageTotal(std::optional<qint64> accountId, const BillingQuery &query, QObject *context,
                      Callback<UsageTotals> done);
    CallId whoAmI(QObject *context, Callback<WhoAmI> done);
    CallId spaces(QObject *context, Callback<QList<Space>> done);
    CallId accounts(int limit, int offset, QObject *context, Callback<AccountPage> done);
    // Sends no token: the answer carries a new one, which the caller may pass to setToken().
    CallId login(const QString &username, const QString &password, QObject *context,
                 Callback<LoginResult> done);

    void cancel(CallId id);
    void cancelAll();
    int pendingCount() const { return static_cast<int>(m_calls.size()); }

    // How errors name a request: "GET /v1/billing/usage/". Built here and nowhere else.
    static QString endpoint(const QByteArray &method, const QString &path);
    static QString usageEndpoint(std::optional<qint64> accountId);
    static QString usageTotalEndpoint(std::optional<qint64> accountId);
    static QString accountsEndpoint();

signals:
    // A try failed and the call will be tried again after notice.delay. Sent before the wait
    // starts; cancel() during the wait completes the call as cancelled.
    void retryScheduled(const neuroio::RetryNotice &notice);

private:
    struct Call;
    struct Request
    {
        QByteArray method = "GET";
        QString path;
        QString query;
        QByteArray body; // JSON, for POST
        bool sendToken = true;
        QString validationError; // when set, nothing is sent
    };
    using RawHandler = std::function<void(const ApiError &, const QByteArray &body)>;

    template<typename T, typename Parser>
    CallId start(const Request &request, QObject *context, Callback<T> done, Parser parse);
    CallId send(const Request &request, QObject *context, RawHandler handler);
    static QString usagePath(std::optional<qint64> accountId);
    static QString usageTotalPath(std::optional<qint64> accountId);
    Request billingRequest(const QString &path, const BillingQuery &query,
                           BillingQuery::Paging paging) const;
    void startTry(CallId id);
    void onFinished(CallId id);
    void onTimeout(CallId id, bool deadline);
    void finishTry(CallId id, ApiError error, const QByteArray &body, RetryPolicy::Wait wait,
                   std::optional<std::chrono::milliseconds> serverWait);
    void abortWith(CallId id, const ApiError &error);
    void complete(CallId id, const ApiError &error, const QByteArray &body, bool queued);

    struct Network
    {
        QNetworkAccessManager *manager;
        int triesRunning;
    };
    static constexpr int kConnectionsPerNetwork = 6;
    void addNetwork();
    std::size_t networkForNextTry();
    // Stops and lets go of the call's reply, if a try is running.
    void releaseReply(Call &call);

    std::vector<Network> m_networks;
    int m_maxParallel = ConnectionLimits::kDefaultMaxParallel;
    QUrl m_baseUrl;
    QString m_token;
    qint64 m_serverClockAheadMs = 0; // the server's Date minus our clock when it arrived
    std::chrono::milliseconds m_transferTimeout = kDefaultTransferTimeout;
    std::chrono::milliseconds m_deadline = kDefaultDeadline;
    RetryPolicy m_retryPolicy;
    // Until then no request starts: a server asked us to wait (Retry-After).
    std::chrono::steady_clock::time_point m_heldUntil;
    CallId m_nextId = 1;
    std::unordered_map<CallId, std::unique_ptr<Call>> m_calls;
};

} // namespace neuroio
