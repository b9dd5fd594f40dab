#pragma once

#include "core/api/billingclient.h"
#include "core/usage/adaptiveparallelism.h"

#include <QPointer>

#include <algorithm>
#include <chrono>
#include <functional>
#include <map>
#include <optional>

namespace neuroio {

// Runs N requests of one kind, several at a time, and hands their answers over in order: answer
// i comes after answers 0 to i-1, whatever order the server answers in. How many at a time
// adapts to the server (AdaptiveParallelism): from 4 up to the cap while answers come back
// fast, halved when it pushes back. The one place that does this for the pager (pages), the
// totals export (months) and the accounts overview (accounts).
//
// cancel() cancels every call in flight, and an answer from an earlier run (before a cancel
// or a new start) never reaches the caller: each request has its own serial, and an answer
// counts only while its request is in flight.
// The calls are tied to context, so none outlives its owner. deliver may cancel or restart
// the fan-out; nothing of the old run is delivered after that.
template<typename T>
class FanOut final
{
public:
    using Request
        = std::function<CallId(int index, QObject *context, BillingClient::Callback<T> done)>;
    using Deliver = std::function<void(int index, const Result<T> &result)>;

    FanOut(BillingClient *client, QObject *context)
        : m_client(client)
        , m_context(context)
    {
        // A try of ours that the server refused for now (429, 503, a timeout): ease off.
        m_pushBacks = QObject::connect(client, &BillingClient::retryScheduled, context,
                                       [this](const RetryNotice &notice) {
                                           if (m_running && notice.context == m_context)
                                               m_parallelism.onPushBack();
                                       });
    }
    ~FanOut()
    {
        QObject::disconnect(m_pushBacks);
        cancel();
    }
    FanOut(const FanOut &) = delete;
    FanOut &operator=(const FanOut &) = delete;

    // The most requests at once (1 to AdaptiveParallelism::kMaxCap). Without it, the client's
    // ConnectionLimits::maxParallel at each start().
    void setMaxInFlight(int requests)
    {
        m_maxInFlight = std::clamp(requests, 1, AdaptiveParallelism::kMaxCap);
        m_parallelism.setCap(*m_maxInFlight);
    }
    int maxInFlight() const { return m_parallelism.cap(); }
    // Requests in flight allowed now: it grows and shrinks with how the server answers.
    int inFlightLimit() const { return m_parallelism.limit(); }

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
        m_parallelism.setCap(m_maxInFlight.value_or(m_client->limits().maxParallel));
        m_parallelism.reset();
        fill();
    }
    // The number of requests, once known (the pager learns it from its first page). Fewer
    // than before forgets the requests from count on: those in flight are cancelled, and no
    // answer of theirs is delivered; set a larger count again and they are sent anew (the
    // pager does this when requests sent ahead turn out to have asked for the wrong thing).
    void setCount(int count)
    {
        m_count = count;
        if (count < m_nextToRequest) {
            for (auto it = m_inFlight.lower_bound(count); it != m_inFlight.end();) {
                m_client->cancel(it->second.id);
                it = m_inFlight.erase(it);
            }
            m_arrived.erase(m_arrived.lower_bound(count), m_arrived.end());
            m_nextToRequest = std::max(count, m_nextToDeliver);
        }
        if (m_running)
            fill();
    }
    void cancel()
    {
        ++m_run;
        m_running = false;
        m_delivering = false;
        for (const auto &entry : m_inFlight)
            m_client->cancel(entry.second.id);
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
        while (m_running && run == m_run
               && static_cast<int>(m_inFlight.size()) < m_parallelism.limit()
               && m_nextToRequest < m_count) {
            const int index = m_nextToRequest++;
            const auto sent = std::chrono::steady_clock::now();
            // Each request has its own serial, never reused: an answer whose request was
            // cancelled, forgotten or replaced finds no request of that serial in flight.
            const quint64 serial = ++m_serial;
            const CallId id
                = m_request(index, m_context, [this, index, serial](const Result<T> &r) {
                      onAnswer(index, serial, r);
                  });
            // BillingClient never answers inside the call.
            m_inFlight.emplace(index, InFlight{id, serial, sent});
        }
    }

    void onAnswer(int index, quint64 serial, const Result<T> &result)
    {
        const auto request = m_inFlight.find(index);
        // A request cancel() or setCount() forgot (perhaps sent again since) answers into
        // nothing.
        if (request == m_inFlight.end() || request->second.serial != serial)
            return;
        if (result.isOk())
            m_parallelism.onCleanAnswer(std::chrono::steady_clock::now() - request->second.sent);
        m_inFlight.erase(request);
        m_arrived.emplace(index, result);
        // The next requests go out before this answer is handed over: handing over a page
        // (parsing is done, writing or folding is not) takes a millisecond or two, which the
        // server can spend on them. A failure may end the run, and the first answer may change
        // what is asked (the pager learns the page size from it): then nothing is sent early.
        if (result.isOk() && m_nextToDeliver > 0)
            fill();
        if (m_delivering)
            return; // a receiver runs the event loop: the loop below hands this over in turn
        const quint64 run = m_run;
        for (auto it = m_arrived.find(m_nextToDeliver); it != m_arrived.end();
             it = m_arrived.find(m_nextToDeliver)) {
            Result<T> answer = std::move(it->second);
            m_arrived.erase(it);
            const int delivered = m_nextToDeliver++;
            m_delivering = true;
            m_deliver(delivered, answer);
            if (run != m_run)
                return; // deliver cancelled or restarted the fan-out (start() cleared the flag)
            m_delivering = false;
        }
        fill();
    }

    struct InFlight
    {
        CallId id = 0;
        quint64 serial = 0; // tells a request sent again from the one it replaced
        std::chrono::steady_clock::time_point sent;
    };

    BillingClient *m_client;
    QPointer<QObject> m_context;
    QMetaObject::Connection m_pushBacks;
    std::optional<int> m_maxInFlight;
    AdaptiveParallelism m_parallelism;
    bool m_running = false;
    quint64 m_run = 0;
    int m_count = 0;
    int m_nextToRequest = 0;
    int m_nextToDeliver = 0;
    quint64 m_serial = 0;
    // Inside m_deliver: answers arriving meanwhile (a receiver may run the event loop) wait
    // for the delivering loop, so they are handed over in order and never inside another.
    bool m_delivering = false;
    Request m_request;
    Deliver m_deliver;
    std::map<int, InFlight> m_inFlight;
    std::map<int, Result<T>> m_arrived;
};

} // namespace neuroio
