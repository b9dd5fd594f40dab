#include "core/api/retrynotice.h"

namespace neuroio {

namespace {

qint64 wholeSecondsUp(std::chrono::milliseconds duration)
{
    return std::max<qint64>(1, (duration.count() + 999) / 1000);
}

} // namespace

QString RetryNotice::shortMessage(std::chrono::milliseconds remaining) const
{
    const qint64 seconds = wholeSecondsUp(remaining);
    if (isRateLimited())
        return tr("Rate limited: retrying in %n s", "", int(seconds));
    if (failure.httpStatus == 503)
        return tr("The server is busy: retrying in %n s", "", int(seconds));
    if (failure.httpStatus != 0)
        return tr("The server had a problem (HTTP %1): retrying in %n s", "", int(seconds))
            .arg(failure.httpStatus);
    return tr("The connection failed: retrying in %n s", "", int(seconds));
}

QString RetryNotice::message() const
{
    QString reason;
    if (isRateLimited())
        reason = tr("rate limited, HTTP 429");
    else if (failure.httpStatus != 0)
        reason = tr("HTTP %1").arg(failure.httpStatus);
    else
        reason = failure.message;
    QString wait;
    if (delay.count() == 0)
        wait = tr("at once");
    else if (delay.count() < 1000)
        wait = tr("in %1 ms").arg(delay.count());
    else if (delay.count() < 10'000)
        wait = tr("in %1 s").arg(double(delay.count()) / 1000.0, 0, 'f', 1);
    else
        wait = tr("in %1 s").arg(wholeSecondsUp(delay));
    const QString tries = tr("try %1 of %2 %3").arg(nextTry).arg(maxTries).arg(wait);
    return serverAskedToWait
               ? tr("%1 failed (%2): %3, as the server asked; other requests wait too")
                     .arg(endpoint, reason, tries)
               : tr("%1 failed (%2): %3").arg(endpoint, reason, tries);
}

} // namespace neuroio
