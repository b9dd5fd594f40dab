#include "core/usage/adaptiveparallelism.h"

#include <algorithm>

namespace neuroio {

void AdaptiveParallelism::setCap(int cap)
{
    m_cap = std::clamp(cap, 1, kMaxCap);
    m_limit = std::min(m_limit, m_cap);
}

void AdaptiveParallelism::reset()
{
    m_limit = std::min(kStart, m_cap);
    m_fastest.reset();
    m_probing = true;
    m_fastSinceGrowth = 0;
    m_sentBeforeHalving = 0;
}

void AdaptiveParallelism::onCleanAnswer(std::chrono::nanoseconds latency)
{
    if (!m_fastest || latency < *m_fastest)
        m_fastest = latency;
    if (m_sentBeforeHalving > 0) {
        --m_sentBeforeHalving;
        return;
    }
    if (latency > 2 * *m_fastest + kFastSlack)
        return;
    if (m_probing) {
        m_limit = std::min(m_limit + 1, m_cap);
        return;
    }
    if (++m_fastSinceGrowth >= m_limit) {
        m_fastSinceGrowth = 0;
        m_limit = std::min(m_limit + 1, m_cap);
    }
}

void AdaptiveParallelism::onPushBack()
{
    if (m_sentBeforeHalving > 0) {
        --m_sentBeforeHalving;
        return;
    }
    m_sentBeforeHalving = m_limit - 1;
    m_limit = std::max(1, m_limit / 2);
    m_probing = false;
    m_fastSinceGrowth = 0;
}

} // namespace neuroio
