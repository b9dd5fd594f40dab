#pragma once

#include "core/api/connectionlimits.h"

#include <chrono>
#include <optional>

namespace neuroio {

// How many requests of one run to keep in flight. Starts at 4 and grows while answers come back
// fast and clean; halves when the server pushes back (429, 503, a timeout) and then grows only
// slowly. Pure, so its decisions are tested without a server.
//
// "Fast" means within twice the fastest answer of the run, plus a little: when answers take
// longer than that, requests are queueing at the server, and more of them at once would not
// come back any sooner.
class AdaptiveParallelism final
{
public:
    static constexpr int kStart = 4;
    static constexpr int kDefaultCap = ConnectionLimits::kDefaultMaxParallel;
    static constexpr int kMaxCap = ConnectionLimits::kMaxParallelLimit;

    explicit AdaptiveParallelism(int cap = kDefaultCap) { setCap(cap); }

    // 1 to kMaxCap. Takes effect at once: a lower cap lowers the limit.
    void setCap(int cap);
    int cap() const { return m_cap; }
    // Requests to keep in flight now: 1 to cap().
    int limit() const { return m_limit; }
    // A new run: the limit starts again at min(kStart, cap), and the fastest answer is forgotten.
    void reset();

    void onCleanAnswer(std::chrono::nanoseconds latency);
    // The server pushed back on one request. Requests sent before the limit came down may push
    // back too: those count as the same push-back, so one busy moment halves the limit once.
    void onPushBack();

private:
    static constexpr std::chrono::milliseconds kFastSlack{10};

    int m_cap = kDefaultCap;
    int m_limit = kStart;
    std::optional<std::chrono::nanoseconds> m_fastest;
    // Until the first push-back every fast answer adds one (the limit about doubles each round
    // trip); after it, one per limit() fast answers (one each round trip).
    bool m_probing = true;
    int m_fastSinceGrowth = 0;
    // Answers still due from requests sent at the limit before the last halving.
    int m_sentBeforeHalving = 0;
};

} // namespace neuroio
