#include "mockserver/mockhttpserver.h"

#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

#include <memory>

namespace neuroio::mock {

MockHttpServer::MockHttpServer(const MockOptions &options, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_api(options)
    , m_faults(options.seed ^ 0xFA17ULL)
{}

ApiError MockHttpServer::start(const QHostAddress &address, quint16 port)
{
    const quint16 bound = listen(address, port);
    if (bound == 0) {
        ApiError error;
        error.kind = ApiError::Kind::Network;
        error.message = QStringLiteral("cannot listen on %1:%2 (is the port in use?)")
                            .arg(address.toString())
                            .arg(port);
        return error;
    }
    m_url.setScheme(QStringLiteral("http"));
    m_url.setHost(address.toString());
    m_url.setPort(bound);
    return {};
}

MockResponse MockHttpServer::respond(const MockRequest &request)
{
    const MockOptions &options = m_api.options();
    const bool billing = request.url.path().contains(QLatin1String("/billing/"));
    if (billing && options.failRate > 0 && m_faults.uniform() < options.failRate) {
        const QByteArray message = options.failStatus == 429
                                       ? "Too many requests, slow down."
                                       : "The service is temporarily unavailable.";
        return MockResponse{options.failStatus,
                            R"({"error_codes":[)" + QByteArray::number(options.failStatus)
                                + R"(],"message":")" + message + R"(","fields":[]})",
                            {{"Content-Type", "application/json"},
                             {"Retry-After", QByteArray::number(options.retryAfterSeconds)}}};
    }
    MockResponse response = m_api.handle(request);
    if (billing && response.status == 200 && options.malformedRate > 0
        && m_faults.uniform() < options.malformedRate) {
        response.body.truncate(response.body.size() / 2); // cut mid-way, as a broken proxy might
    }
    return response;
}

bool MockHttpServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    ++m_requestCount;
    MockRequest mockRequest;
    switch (request.method()) {
    case QHttpServerRequest::Method::Get:
        mockRequest.method = "GET";
        break;
    case QHttpServerRequest::Method::Post:
        mockRequest.method = "POST";
        break;
    case QHttpServerRequest::Method::Put:
        mockRequest.method = "PUT";
        break;
    case QHttpServerRequest::Method::Delete:
        mockRequest.method = "DELETE";
        break;
    case QHttpServerRequest::Method::Head:
        mockRequest.method = "HEAD";
        break;
    default:
        mockRequest.method = "OTHER";
        break;
    }
    mockRequest.url = request.url();
    mockRequest.authorization = request.value("Authorization");
    mockRequest.host = request.value("Host");
    mockRequest.body = request.body();
    mockRequest.headers = request.headers();
    emit requestReceived(mockRequest);

    const MockResponse response = respond(mockRequest);
    auto responder = std::make_shared<QHttpServerResponder>(makeResponder(request, socket));
    const auto write = [responder, response] {
        responder->writeStatusLine(static_cast<QHttpServerResponder::StatusCode>(response.status));
        for (const auto &header : response.headers)
            responder->writeHeader(header.first, header.second);
        responder->writeHeader("Content-Length", QByteArray::number(response.body.size()));
        responder->writeBody(response.body);
    };
    const int delay = m_api.options().delayMs;
    if (delay <= 0) {
        write();
        return true;
    }
    QPointer<QTcpSocket> alive(socket);
    QTimer::singleShot(delay, this, [alive, write] {
        if (alive && alive->state() == QAbstractSocket::ConnectedState)
            write();
    });
    return true;
}

void MockHttpServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    makeResponder(request, socket).write(QHttpServerResponder::StatusCode::NotFound);
}

} // namespace neuroio::mock
