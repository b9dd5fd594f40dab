#include "core/insights/budget.h"

#include "core/api/eventtype.h"

#include <QStringList>

namespace neuroio {

bool Budget::isCeiling() const
{
    return isLevelEventType(eventType);
}

QString Budget::title() const
{
    if (!name.isEmpty())
        return name;
    if (spaceIds.isEmpty())
        return tr("%1, every space").arg(eventTypeDisplayName(eventType));
    QStringList ids;
    for (const qint64 id : spaceIds)
        ids.append(QString::number(id));
    return (spaceIds.size() == 1 ? tr("%1, space %2") : tr("%1, spaces %2"))
        .arg(eventTypeDisplayName(eventType), ids.join(QStringLiteral(", ")));
}

} // namespace neuroio
