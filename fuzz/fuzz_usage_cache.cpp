#include "core/usage/usagecache.h"
#include "core/usage/usagerowstore.h"
#include "fuzz/fuzzcheck.h"

#include <cmath>
#include <cstring>

using namespace neuroio;
using namespace neuroio::fuzz;

namespace {

// Field by field, the quantity by its bits: a NaN read back is the same NaN.
bool sameRecord(const UsageRecord &a, UsageRecord b)
{
    if (a.quantity.has_value() != b.quantity.has_value())
        return false;
    if (a.quantity && std::memcmp(&*a.quantity, &*b.quantity, sizeof(double)) != 0)
        return false;
    b.quantity = a.quantity;
    return a == b || (a.quantity && std::isnan(*a.quantity) && [&] {
               UsageRecord x = a;
               x.quantity = b.quantity = 0.0;
               return x == b;
           }());
}

} // namespace

// Any bytes as a cached month's rows file, and as its totals file: a damaged file gives no
// row at all, never part of one; a file that reads gives back, written again, the same rows.
extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes = bodyOf(data, size);

    UsageRowStore store;
    const bool read = UsageCache::decodeRows(bytes, &store);
    require(read || store.isEmpty());
    QList<UsageRecord> visited;
    const bool visitedAll
        = UsageCache::decodeRows(bytes, [&visited](const UsageRecord &r) { visited.append(r); });
    require(visitedAll == read && (visitedAll || visited.isEmpty()));
    if (read) {
        require(store.size() == visited.size());
        for (qsizetype i = 0; i < store.size(); ++i)
            require(sameRecord(store.record(i), visited[i]));
        UsageRowStore again;
        require(UsageCache::decodeRows(UsageCache::encodeRows(visited), &again));
        require(again.size() == visited.size());
        for (qsizetype i = 0; i < again.size(); ++i)
            require(sameRecord(again.record(i), visited[i]));
    }

    if (const std::optional<UsageTotals> totals = UsageCache::decodeTotals(bytes)) {
        const std::optional<UsageTotals> back
            = UsageCache::decodeTotals(UsageCache::encodeTotals(*totals));
        require(back && back->size() == totals->size());
    }
    return 0;
}
