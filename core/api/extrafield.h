#pragma once

#include <QJsonValue>
#include <QList>
#include <QString>

namespace neuroio {

// A field the server sent that the contract does not name. Kept, in the server's order, so
// the table and exports can show it instead of silently dropping data.
struct ExtraField
{
    QString name;
    QJsonValue value;

    friend bool operator==(const ExtraField &a, const ExtraField &b)
    {
        return a.name == b.name && a.value == b.value;
    }
};

using ExtraFields = QList<ExtraField>;

} // namespace neuroio
