#include "core/api/retrypolicy.h"

#include "core/api/httpdate.h"

#include <QDateTime>

#include <algorithm>

namespace neuroio {

RetryPolicy RetryPolicy::never()
{
    RetryPolicy policy;
    policy.maxRetries = 0;
    return policy;
}

RetryPolicy::Wait RetryPolicy::waitFor(int httpStatus, QNetworkReply::NetworkError error)
{
    if (httpStatus == 429 || httpStatus == 503)
        return Wait::ServerSays;
    if (httpStatus == 408 || (httpStatus >= 500 && httpStatus <= 599))
        return Wait::Backoff;
    if (httpStatus != 0)
        return Wait::Never;
    switch (error) {
    case QNetworkReply::RemoteHostClosedError: // reset, or closed before the body was whole
    case QNetworkReply::TimeoutError:
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::UnknownNetworkError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::ProxyTimeoutError:
        return Wait::Backoff;
    default:
        // Nothing listening (connection refused), an unknown host, a refused certificate:
        // an address or a setting to fix, and waiting would only delay saying so.
        return Wait::Never;
    }
}

std::chrono::milliseconds RetryPolicy::backoff(int retry, double unit) const
{
    using std::chrono::milliseconds;
    const int doublings = std::clamp(retry - 1, 0, 30);
    const qint64 ceiling
        = std::min<qint64>(maxBackoff.count(), baseDelay.count() * (qint64(1) << doublings));
    const double share = std::clamp(unit, 0.0, 1.0);
    return milliseconds(static_cast<qint64>(share * static_cast<double>(ceiling)));
}

std::optional<std::chrono::milliseconds> RetryPolicy::retryAfter(QByteArrayView header,
                                                                 const QDateTime &now)
{
    using std::chrono::milliseconds;
    const QByteArrayView text = header.trimmed();
    if (text.isEmpty())
        return std::nullopt;
    if (std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; })) {
        // More than nine digits is more than 30 years: as good as "never", and capped there so
        // that no sum or conversion of it can overflow.
        if (text.size() > 9)
            return milliseconds(qint64(999'999'999) * 1000);
        return milliseconds(QByteArray(text.data(), text.size()).toLongLong() * 1000);
    }
    const std::optional<QDateTime> date = parseHttpDate(text);
    if (!date)
        return std::nullopt;
    return milliseconds(std::max<qint64>(0, now.msecsTo(*date)));
}

} // namespace neuroio
