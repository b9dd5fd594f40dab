#pragma once

#include "core/api/apierror.h"

#include <QCoreApplication>
#include <QPointer>
#include <QString>

#include <chrono>

namespace neuroio {

// What BillingClient tells while it waits to try a request again: for a banner that counts
// down, and a line on the command line's stderr.
struct RetryNotice
{
    Q_DECLARE_TR_FUNCTIONS(neuroio::RetryNotice)

public:
    QString endpoint;
    // The call's context object: who is waiting, so a page shows only its own waits.
    QPointer<QObject> context;
    ApiError failure; // what the try that failed got
    std::chrono::milliseconds delay{0};
    int nextTry = 2;
    int maxTries = 5;
    // The server said how long to wait (Retry-After): every request of the client waits too.
    bool serverAskedToWait = false;

    bool isRateLimited() const { return failure.httpStatus == 429; }
    // "Rate limited: retrying in 12 s", or "The server has a problem (HTTP 502): retrying in
    // 3 s"; the seconds are rounded up, so a wait never shows as 0 s.
    QString shortMessage(std::chrono::milliseconds remaining) const;
    // The whole line, with the endpoint and the try: for the log and the command line.
    QString message() const;
};

} // namespace neuroio
