#include "core/insights/budget.h"

#include "core/api/eventtype.h"

#include <QStringList>

#include <algorithm>

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

bool Budget::isOnSpaces(const QList<qint64> &ids) const
{
    QList<qint64> mine = spaceIds;
    QList<qint64> theirs = ids;
    std::sort(mine.begin(), mine.end());
    std::sort(theirs.begin(), theirs.end());
    mine.erase(std::unique(mine.begin(), mine.end()), mine.end());
    theirs.erase(std::unique(theirs.begin(), theirs.end()), theirs.end());
    return mine == theirs;
}

} // namespace neuroio
