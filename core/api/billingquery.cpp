#include "core/api/billingquery.h"

#include "core/api/eventtype.h"

#include <QStringList>
#include <QUrl>

namespace neuroio {

namespace {

template<typename Number>
QString joinNumbers(const QList<Number> &numbers)
{
    QStringList parts;
    parts.reserve(numbers.size());
    for (Number n : numbers)
        parts.append(QString::number(n));
    return parts.join(QLatin1Char(','));
}

} // namespace

namespace {

ApiError refused(const QString &why)
{
    return ApiError::invalidRequest(QString(), why);
}

} // namespace

ApiError BillingQuery::check() const
{
    if (monthFrom && !monthFrom->isValid())
        return refused(tr("month_from is not a valid month"));
    if (monthTo && !monthTo->isValid())
        return refused(tr("month_to is not a valid month"));
    if (monthFrom && monthTo && *monthTo < *monthFrom) {
        return refused(tr("the range starts in %1, after it ends in %2")
                           .arg(monthFrom->toString(), monthTo->toString()));
    }
    for (qint64 id : spaceIds) {
        if (id <= 0)
            return refused(tr("spaces_ids: %1 is not a space id").arg(id));
    }
    for (int type : eventTypes) {
        if (!isKnownEventType(type))
            return refused(tr("event_types: %1 is not a known event type").arg(type));
    }
    if (limit && *limit < 1)
        return refused(tr("limit must be at least 1, not %1").arg(*limit));
    if (offset && *offset < 0)
        return refused(tr("offset must not be negative, not %1").arg(*offset));
    return {};
}

QString BillingQuery::toQueryString(Paging paging) const
{
    QStringList items;
    const auto add = [&items](const char *key, const QString &value) {
        items.append(QLatin1String(key) + QLatin1Char('=')
                     + QString::fromLatin1(QUrl::toPercentEncoding(value)));
    };
    if (paging == Paging::Included) {
        if (limit)
            add("limit", QString::number(*limit));
        if (offset)
            add("offset", QString::number(*offset));
    }
    if (!spaceIds.isEmpty())
        add("spaces_ids", joinNumbers(spaceIds));
    if (!eventTypes.isEmpty())
        add("event_types", joinNumbers(eventTypes));
    if (monthFrom)
        add("month_from", monthFrom->toString());
    if (monthTo)
        add("month_to", monthTo->toString());
    return items.join(QLatin1Char('&'));
}

} // namespace neuroio
