#pragma once

#include <QtGlobal>

#include <optional>
#include <vector>

namespace neuroio {

// The smallest id that occurs more than once, if any. The ids may be reordered. Ids as
// servers give them (dense, numbered from some start) are marked in a bitmap no larger than
// the ids themselves: one pass, not a sort of a million ids at the end of a load; sparse ids
// are sorted.
std::optional<qint64> smallestRepeatedId(std::vector<qint64> &ids);

} // namespace neuroio
