#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace neuroio {

// A limit on one event type's usage, in every space or in some. Its kind follows the type: on
// a flow (API calls) it is a monthly limit on the month's sum; on a level (storage, licences)
// a ceiling on the month's level.
struct Budget
{
    Q_DECLARE_TR_FUNCTIONS(neuroio::Budget)

public:
    QString name; // as the person gave it; empty for none
    int eventType = 0;
    QList<qint64> spaceIds; // empty: every space
    double limit = 0;

    bool isCeiling() const;
    // The name given, or one made from the type and the spaces: "API calls, every space".
    QString title() const;
    // Whether the budget is on exactly these spaces (empty: every space), in any order: a
    // chart of those spaces can draw its line; a chart of others would mislead.
    bool isOnSpaces(const QList<qint64> &spaceIds) const;

    friend bool operator==(const Budget &a, const Budget &b)
    {
        return a.name == b.name && a.eventType == b.eventType && a.spaceIds == b.spaceIds
               && a.limit == b.limit;
    }
};

} // namespace neuroio
