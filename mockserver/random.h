#pragma once

#include <QtGlobal>

namespace neuroio::mock {

// splitmix64: the same numbers from the same seed on every compiler and platform, which the
// standard library's distributions do not promise.
class Random final
{
public:
    explicit Random(quint64 seed)
        : m_state(seed)
    {}

    quint64 next()
    {
        quint64 z = (m_state += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }

    // Uniform in [0, 1).
    double uniform() { return static_cast<double>(next() >> 11) * (1.0 / 9007199254740992.0); }
    double uniform(double low, double high) { return low + (high - low) * uniform(); }
    int integer(int low, int high) // inclusive
    {
        return low + static_cast<int>(next() % static_cast<quint64>(high - low + 1));
    }

private:
    quint64 m_state;
};

} // namespace neuroio::mock
