#include "core/usage/repeatedids.h"

#include <algorithm>

namespace neuroio {

std::optional<qint64> smallestRepeatedId(std::vector<qint64> &ids)
{
    if (ids.size() < 2)
        return std::nullopt;
    const auto [lowest, highest] = std::minmax_element(ids.cbegin(), ids.cend());
    const qint64 first = *lowest;
    // As unsigned, the span of any two qint64 fits and never overflows.
    const quint64 span = quint64(*highest) - quint64(first);
    constexpr quint64 kBitsPerWord = 64;
    if (span / kBitsPerWord < quint64(ids.size())) {
        std::vector<quint64> seen(std::size_t(span / kBitsPerWord) + 1, 0);
        std::optional<qint64> smallest;
        for (const qint64 id : ids) {
            const quint64 at = quint64(id) - quint64(first);
            quint64 &word = seen[std::size_t(at / kBitsPerWord)];
            const quint64 bit = quint64(1) << (at % kBitsPerWord);
            if ((word & bit) != 0 && (!smallest || id < *smallest))
                smallest = id;
            word |= bit;
        }
        return smallest;
    }
    std::sort(ids.begin(), ids.end());
    const auto repeated = std::adjacent_find(ids.cbegin(), ids.cend());
    if (repeated == ids.cend())
        return std::nullopt;
    return *repeated;
}

} // namespace neuroio
