#include "core/api/connectionlimits.h"

#include "core/api/numbertext.h"

namespace neuroio {

QString ConnectionLimits::setTimeout(const QString &text)
{
    const auto value = typedWholeNumber(text, kMinTimeoutSeconds, kMaxTimeoutSeconds);
    if (!value) {
        return tr("--timeout must be a whole number of seconds from %1 to %2, not \"%3\"")
            .arg(kMinTimeoutSeconds)
            .arg(kMaxTimeoutSeconds)
            .arg(text);
    }
    timeoutSeconds = *value;
    return {};
}

QString ConnectionLimits::setMaxRetries(const QString &text)
{
    const auto value = typedWholeNumber(text, 0, kMaxRetriesLimit);
    if (!value) {
        return tr("--max-retries must be a whole number from 0 to %1, not \"%2\"")
            .arg(kMaxRetriesLimit)
            .arg(text);
    }
    maxRetries = *value;
    return {};
}

QString ConnectionLimits::setMaxParallel(const QString &text)
{
    const auto value = typedWholeNumber(text, 1, kMaxParallelLimit);
    if (!value) {
        return tr("--max-parallel must be a whole number from 1 to %1, not \"%2\"")
            .arg(kMaxParallelLimit)
            .arg(text);
    }
    maxParallel = *value;
    return {};
}

} // namespace neuroio
