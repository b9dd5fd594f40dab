#pragma once

#include "mockserver/mockapi.h"
#include "mockserver/random.h"

#include <QAbstractHttpServer>
#include <QHostAddress>
#include <QUrl>

namespace neuroio::mock {

// Serves MockApi over real HTTP. Runs in-process (demo mode, tests, benchmarks) or inside
// neuroio-billing-mock. Adds the transport-level faults: delays, failures with Retry-After,
// broken bodies.
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

signals:
    // Every request as it arrived, for tests that check what a client really sent.
    void requestReceived(const neuroio::mock::MockRequest &request);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    MockResponse respond(const MockRequest &request);

    MockApi m_api;
    Random m_faults;
    QUrl m_url;
    int m_requestCount = 0;
};

} // namespace neuroio::mock

Q_DECLARE_METATYPE(neuroio::mock::MockRequest)
