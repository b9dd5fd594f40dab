#pragma once

#include <algorithm>
#include <vector>

namespace neuroio {

// The middle value, or the mean of the two middle ones; values must not be empty. The robust
// centre the forecast's trend and the unusual months are measured from.
inline double medianOf(std::vector<double> values)
{
    const auto middle = values.begin() + std::ptrdiff_t(values.size() / 2);
    std::nth_element(values.begin(), middle, values.end());
    if (values.size() % 2 == 1)
        return *middle;
    return (*std::max_element(values.begin(), middle) + *middle) / 2;
}

} // namespace neuroio
