#include "core/api/connectionlimits.h"

#include <algorithm>
#include <optional>

namespace neuroio {

namespace {

// ASCII digits only: "1e3", " 5", "+5", "5.0" and "٥" are not whole numbers as a person types
// them on a command line.
std::optional<int> wholeNumber(const QString &text, int minimum, int maximum)
{
    if (text.isEmpty() || text.size() > 9
        || !std::all_of(text.begin(), text.end(), [](QChar c) { return c >= u'0' && c <= u'9'; }))
        return std::nullopt;
    bool ok = false;
    const int value = text.toInt(&ok);
    if (!ok || value < minimum || value > maximum)
        return std::nullopt;
    return value;
}

} // namespace

QString ConnectionLimits::setTimeout(const QString &text)
{
    const auto value = wholeNumber(text, kMinTimeoutSeconds, kMaxTimeoutSeconds);
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
    const auto value = wholeNumber(text, 0, kMaxRetriesLimit);
    if (!value) {
        return tr("--max-retries must be a whole number from 0 to %1, not \"%2\"")
            .arg(kMaxRetriesLimit)
            .arg(text);
    }
    maxRetries = *value;
    return {};
}

} // namespace neuroio
