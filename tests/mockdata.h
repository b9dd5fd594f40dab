#pragma once

#include "core/api/billingquery.h"
#include "mockserver/mockhttpserver.h"

#include <QList>

// What the local server holds, filtered and summed here on their own, so that a test
// compares what a panel, a model or a file shows with the server's data, not with the code
// under test.
namespace neuroio::testing {

inline mock::MockOptions mockOptions(int delayMs = 0)
{
    mock::MockOptions o;
    o.lastMonth = Month(2026, 10);
    o.delayMs = delayMs;
    return o;
}

// Four months up to the one still open by the server's clock (this machine's): the closed
// ones can be cached, the open one never.
inline mock::MockOptions endingThisMonth(mock::MockOptions o = mockOptions())
{
    o.lastMonth = Month::current();
    o.months = 4;
    return o;
}

struct Filter
{
    Month from;
    Month to;
    QList<qint64> spaces;
    QList<int> types;

    bool matches(const mock::MockRecord &r) const
    {
        return r.month >= from && r.month <= to && (spaces.isEmpty() || spaces.contains(r.spaceId))
               && (types.isEmpty() || types.contains(r.eventType));
    }
};

inline QList<mock::MockRecord> rows(const mock::MockScope &scope, const Filter &f)
{
    QList<mock::MockRecord> out;
    for (const mock::MockRecord &r : scope.records) {
        if (f.matches(r))
            out.append(r);
    }
    return out;
}

inline qint64 sum(const mock::MockScope &scope, const Filter &f, int type)
{
    qint64 total = 0;
    for (const mock::MockRecord &r : rows(scope, f))
        total += r.eventType == type ? r.quantity : 0;
    return total;
}

// The query a core class is given for the same filter.
inline BillingQuery queryFor(const Filter &f)
{
    BillingQuery query;
    query.monthFrom = f.from;
    query.monthTo = f.to;
    query.spaceIds = f.spaces;
    query.eventTypes = f.types;
    return query;
}

// The dashboard's default range when the current month is 2026-11: the last 12 full months.
inline Filter lastTwelveMonths()
{
    return Filter{Month(2025, 11), Month(2026, 10), {}, {}};
}

} // namespace neuroio::testing
