#pragma once

#include <QCoreApplication>
#include <QString>

namespace neuroio {

// How patient and how pushy the client is, as a person sets it: on the command line (--timeout,
// --max-retries, --max-parallel) and in the app's connection settings. BillingClient::setLimits()
// applies it.
struct ConnectionLimits
{
    Q_DECLARE_TR_FUNCTIONS(neuroio::ConnectionLimits)

public:
    static constexpr int kMinTimeoutSeconds = 1;
    static constexpr int kMaxTimeoutSeconds = 3600;
    static constexpr int kMaxRetriesLimit = 20;
    static constexpr int kMaxParallelLimit = 32;
    static constexpr int kDefaultMaxParallel = 16;

    // A try ends when nothing has arrived for this long.
    int timeoutSeconds = 30;
    // Tries after the first, for failures that may pass (see RetryPolicy).
    int maxRetries = 4;
    // The most requests of one run (the pages of an export, say) in flight at once. Runs start
    // at 4 and grow towards this while the server answers fast (AdaptiveParallelism).
    int maxParallel = kDefaultMaxParallel;

    // Reads "--timeout", "--max-retries" and "--max-parallel" values: whole numbers within the
    // limits. On a problem, the message names the option and the value, and the limits stay as they
    // were.
    QString setTimeout(const QString &text);
    QString setMaxRetries(const QString &text);
    QString setMaxParallel(const QString &text);
};

} // namespace neuroio
