#pragma once

#include <QCoreApplication>
#include <QString>

namespace neuroio {

// How patient the client is, as a person sets it: on the command line (--timeout,
// --max-retries) and in the app's connection settings. BillingClient::setLimits() applies it.
struct ConnectionLimits
{
    Q_DECLARE_TR_FUNCTIONS(neuroio::ConnectionLimits)

public:
    static constexpr int kMinTimeoutSeconds = 1;
    static constexpr int kMaxTimeoutSeconds = 3600;
    static constexpr int kMaxRetriesLimit = 20;

    // A try ends when nothing has arrived for this long.
    int timeoutSeconds = 30;
    // Tries after the first, for failures that may pass (see RetryPolicy).
    int maxRetries = 4;

    // Reads "--timeout" and "--max-retries" values: whole numbers within the limits. On a
    // problem, the message names the option and the value, and the limits stay as they were.
    QString setTimeout(const QString &text);
    QString setMaxRetries(const QString &text);
};

} // namespace neuroio
