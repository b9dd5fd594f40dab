#include "core/views/exportcommandline.h"

#include "core/api/eventtype.h"

namespace neuroio {

QStringList exportArguments(const SavedView &view, Month current)
{
    QStringList arguments{QStringLiteral("neuroio-billing"), QStringLiteral("export")};
    if (view.accountId)
        arguments << QStringLiteral("--account") << QString::number(*view.accountId);
    if (view.preset != MonthRange::Preset::Last12Months) {
        const MonthRange range = view.resolve(current);
        arguments << QStringLiteral("--from") << range.from().toString() << QStringLiteral("--to")
                  << range.to().toString();
    }
    if (!view.spaceIds.isEmpty()) {
        QStringList ids;
        for (const qint64 id : view.spaceIds)
            ids.append(QString::number(id));
        arguments << QStringLiteral("--spaces") << ids.join(QLatin1Char(','));
    }
    if (!view.eventTypes.isEmpty()) {
        QStringList keys;
        for (const int type : view.eventTypes)
            keys.append(eventTypeKey(type));
        arguments << QStringLiteral("--event-types") << keys.join(QLatin1Char(','));
    }
    arguments << QStringLiteral("--output") << QStringLiteral("usage.csv");
    return arguments;
}

QString exportCommandLine(const SavedView &view, Month current)
{
    // Ids, months, type names and fixed words: nothing a shell would read otherwise.
    return exportArguments(view, current).join(QLatin1Char(' '));
}

} // namespace neuroio
