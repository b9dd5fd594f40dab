#pragma once

#include "core/api/billingclient.h"

#include <QPointer>

#include <algorithm>
#include <functional>
#include <map>

namespace neuroio {

// Runs N requests of one kind, K at a time, and hands their answers over in order: answer i
// comes after answers 0 to i-1, whatever order the server answers in. The one place that
// does this for the pager (pages), the totals export (months) and the accounts overview
// (accounts).
//
// cancel() cancels every call in flight, and an answer from an earlier run (before a cancel
// or a new start) never reaches the caller: each run has its own number, and answers carry it.
// The calls are tied to context, so none outlives its owner. deliver may cancel or restart
// the fan-out; nothing of the old run is delivered after that.
template<typename T>
class FanOut final
{
public:
    using Request
        = std::function<CallId(int index, QObject *context, BillingClient::Callback<T> done)>;
    using Deliver = std::function<void(int index, const Result<T> &result)>;

    // Qt opens at most six connections per host; more requests at once would only queue.
    static constexpr int kMaxInFlight = 6;

    FanOut(BillingClient *client, QObject *context)
        : m_client(client)
        , m_context(context)
    {}
    ~FanOut() { cancel(); }
    FanOut(const FanOut &) = delete;
    FanOut &operator=(const FanOut &) = delete;

    void setMaxInFlight(int requests) { m_maxInFlight = std::clamp(requests, 1, kMaxInFlight); }
    int maxInFlight() const { return m_maxInFlight; }

    // Starts a run of count requests (more can be added with setCount). A run going is
    // cancelled first.
    void start(int count, Request request, Deliver deliver)
    {
        cancel();
        m_running = true;
        m_count = count;
        m_request = std::move(request);
        m_deliver = std::move(deliver);
        m_nextToRequest = 0;
        m_nextToDeliver = 0;
        fill();
    }
    // The number of requests, once known (the pager learns it from its first page).
    void setCount(int count)
    {
        m_count = count;
        if (m_running)
            fill();
    }
    void cancel()
    {
        ++m_run;
        m_running = false;
        for (const auto &entry : m_inFlight)
            m_client->cancel(entry.second);
        m_inFlight.clear();
        m_arrived.clear();
    }
    bool isRunning() const { return m_running; }
    int count() const { return m_count; }
    // Every answer delivered, nothing in flight.
    bool isDone() const { return m_nextToDeliver >= m_count && m_inFlight.empty(); }

private:
    void fill()
    {
        const quint64 run = m_run;
        while (m_running && run == m_run && static_cast<int>(m_inFlight.size()) < m_maxInFlight
               && m_nextToRequest < m_count) {
            const int index = m_nextToRequest++;
            const CallId id = m_request(index, m_context, [this, run, index](const Result<T> &r) {
                if (run == m_run)
                    onAnswer(index, r);
            });
            m_inFlight.emplace(index, id); // BillingClient never answers inside the call
        }
    }

    void onAnswer(int index, const Result<T> &result)
    {
        m_inFlight.erase(index);
        m_arrived.emplace(index, result);
        const quint64 run = m_run;
        for (auto it = m_arrived.find(m_nextToDeliver); it != m_arrived.end();
             it = m_arrived.find(m_nextToDeliver)) {
            const Result<T> answer = std::move(it->second);
            m_arrived.erase(it);
            const int delivered = m_nextToDeliver++;
            m_deliver(delivered, answer);
            if (run != m_run)
                return; // deliver cancelled or restarted the fan-out
        }
        fill();
    }

    BillingClient *m_client;
    QPointer<QObject> m_context;
    int m_maxInFlight = 4;
    bool m_running = false;
    quint64 m_run = 0;
    int m_count = 0;
    int m_nextToRequest = 0;
    int m_nextToDeliver = 0;
    Request m_request;
    Deliver m_deliver;
    std::map<int, CallId> m_inFlight;
    std::map<int, Result<T>> m_arrived;
};

} // namespace neuroio
