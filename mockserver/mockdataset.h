#pragma once

#include "core/api/space.h"
#include "mockserver/mockoptions.h"

#include <QHash>
#include <QList>

namespace neuroio::mock {

struct MockRecord
{
    qint64 id = 0;
    Month month;
    qint64 spaceId = 0;
    int eventType = 0;
    qint64 quantity = 0;
};

// One account's data: its spaces and its usage, ordered by month, space and event type.
struct MockScope
{
    qint64 accountId = 0;
    QString accountName;
    QList<Space> spaces;
    QList<MockRecord> records;
};

// The local server's data, generated from a seed: the same options give the same numbers.
class MockDataset final
{
public:
    static MockDataset generate(const MockOptions &options);

    const MockScope &managerScope() const { return m_scopes.front(); }
    // The managed accounts, in id order.
    QList<const MockScope *> managedScopes() const;
    const MockScope *scope(qint64 accountId) const;
    QString spaceName(qint64 spaceId) const { return m_spaceNames.value(spaceId); }
    Month firstMonth() const { return m_firstMonth; }
    Month lastMonth() const { return m_lastMonth; }
    qint64 recordCount() const;

private:
    QList<MockScope> m_scopes; // the manager's own first
    QHash<qint64, QString> m_spaceNames;
    Month m_firstMonth;
    Month m_lastMonth;
};

} // namespace neuroio::mock
