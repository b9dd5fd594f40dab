#pragma once

#include <QByteArray>
#include <QList>
#include <QStringList>

namespace neuroio {

// QJsonObject sorts its keys, but the export promises extra fields "in the order the server
// sent them". This recovers that order: for the top-level object's array member arrayKey,
// the keys of each element object in document order (an empty list for a non-object element);
// of two members named arrayKey, the last, which is the one QJsonDocument keeps.
// The input must already have parsed as JSON; on anything unexpected it returns an empty list
// and callers fall back to sorted order.
QList<QStringList> objectKeyOrderInArray(const QByteArray &json, QStringView arrayKey);

} // namespace neuroio
