#pragma once

#include "mockserver/mockapi.h"
#include "mockserver/random.h"

#include <QAbstractHttpServer>
#include <QHostAddress>
#include <QUrl>

class QHttpServerResponder;

namespace neuroio::mock {

// Serves MockApi over real HTTP. Runs in-process (demo mode, tests, benchmarks) or inside
// neuroio-billing-mock. Adds the transport-level faults of MockOptions: delays, failures with
// Retry-After in either form, bodies that are broken, of the wrong shape, cut short, reset or
// trickling, and requests never answered; the same seed gives the same faults.
class MockHttpServer final : public QAbstractHttpServer
{
    Q_OBJECT

public:
    explicit MockHttpServer(const MockOptions &options, QObject *parent = nullptr);

    // Port 0 picks a free port. A Network error says why when it cannot listen.
    ApiError start(const QHostAddress &address = QHostAddress::LocalHost, quint16 port = 0);
    QUrl url() const { return m_url; }
    MockApi &api() { return m_api; }
    const MockOptions &options() const { return m_api.options(); }
    int requestCount() const { return m_requestCount; }
    // With delayMs: the most answers that were waiting out their delay at once, that is, the
    // most requests a client had at the server at the same time.
    int peakAnswersDelayed() const { return m_peakDelayed; }

signals:
    // Every request as it arrived, for tests that check what a client really sent.
    void requestReceived(const neuroio::mock::MockRequest &request);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    // What happens to a billing answer on its way out, drawn from the seeded fault generator.
    enum class Delivery { Whole, Hang, CutBody, Reset };

    MockResponse respond(const MockRequest &request, Delivery *delivery);
    MockResponse failure() const;
    // responder: for a whole answer; null for a fault, which writes to the socket itself.
    void deliver(QTcpSocket *socket, QHttpServerResponder *responder, const MockResponse &response,
                 Delivery delivery);

    MockApi m_api;
    Random m_faults;
    QUrl m_url;
    int m_requestCount = 0;
    int m_billingCount = 0;
    int m_delayed = 0;
    int m_peakDelayed = 0;
};

} // namespace neuroio::mock

Q_DECLARE_METATYPE(neuroio::mock::MockRequest)
