#pragma once

#include "core/api/account.h"
#include "core/api/usagerecord.h"

#include <QList>
#include <QString>

#include <optional>

namespace neuroio {

// One page of a paginated list: {"count", "next", "previous", "results"}.
template<typename T>
struct Page
{
    std::optional<qint64> count; // total over every page, when the server says
    QString next;                // empty when there is no next page
    QString previous;
    QList<T> results;

    friend bool operator==(const Page &a, const Page &b)
    {
        return a.count == b.count && a.next == b.next && a.previous == b.previous
               && a.results == b.results;
    }
    friend bool operator!=(const Page &a, const Page &b) { return !(a == b); }
};

using UsagePage = Page<UsageRecord>;
using AccountPage = Page<Account>;

} // namespace neuroio
