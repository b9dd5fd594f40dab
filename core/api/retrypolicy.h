#pragma once

#include <QByteArrayView>
#include <QNetworkReply>

#include <chrono>
#include <optional>

class QDateTime;

namespace neuroio {

// When BillingClient tries a GET again, and how long it waits first. Pure rules, so they are
// tested without a network; the client applies them.
//
// - 429 and 503 wait as long as the server's Retry-After says (seconds or an HTTP date), up
//   to maxServerWait; without a Retry-After they back off like the next group.
// - Other 5xx, 408, a cut or reset connection and our own timeouts back off exponentially
//   with full jitter: a random wait between 0 and min(maxBackoff, baseDelay * 2^(retry - 1)),
//   so many clients that failed together do not come back together.
// - Everything else (other 4xx, a refused certificate, nothing listening at the address, a
//   well-formed but wrong body) fails at once: trying again would get the same answer.
struct RetryPolicy
{
    enum class Wait {
        Never,      // final: the answer would be the same
        Backoff,    // exponential backoff with full jitter
        ServerSays, // Retry-After when there is one, else Backoff
    };

    int maxRetries = 4; // tries after the first
    std::chrono::milliseconds baseDelay{1000};
    std::chrono::milliseconds maxBackoff{30'000};
    std::chrono::milliseconds maxServerWait{60'000};

    // A policy that never tries again: for callers that handle failures themselves.
    static RetryPolicy never();

    static Wait waitFor(int httpStatus, QNetworkReply::NetworkError error);
    // The wait before retry number `retry` (1 for the first), for a random `unit` in [0, 1).
    std::chrono::milliseconds backoff(int retry, double unit) const;
    // How long a Retry-After header asks to wait from `now`: delay-seconds or an HTTP date
    // (a date in the past means at once). nullopt when the header is missing or unreadable.
    static std::optional<std::chrono::milliseconds> retryAfter(QByteArrayView header,
                                                               const QDateTime &now);
};

} // namespace neuroio
