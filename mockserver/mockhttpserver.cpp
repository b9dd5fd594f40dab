#include "mockserver/mockhttpserver.h"

#include "core/api/httpdate.h"
#include "mockserver/requestlinegate.h"

#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

#include <algorithm>

#include <sys/socket.h>

#include <memory>

namespace neuroio::mock {

MockHttpServer::MockHttpServer(const MockOptions &options, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_api(options)
    , m_faults(options.seed ^ 0xFA17ULL)
{}

ApiError MockHttpServer::start(const QHostAddress &address, quint16 port)
{
    auto *gate = new RequestLineGate(this);
    if (!gate->listen(address, port)) {
        ApiError error;
        error.kind = ApiError::Kind::Network;
        error.message = QStringLiteral("cannot listen on %1:%2 (%3)")
                            .arg(address.toString())
                            .arg(port)
                            .arg(gate->errorString());
        delete gate;
        return error;
    }
    bind(gate);
    m_url.setScheme(QStringLiteral("http"));
    m_url.setHost(address.toString());
    m_url.setPort(gate->serverPort());
    m_api.setPublicUrl(m_url);
    return {};
}

MockResponse MockHttpServer::failure() const
{
    const MockOptions &options = m_api.options();
    const QByteArray message = options.failStatus == 429
                                   ? "Too many requests, slow down."
                                   : "The service is temporarily unavailable.";
    const QByteArray retryAfter
        = options.retryAfterForm == MockOptions::RetryAfterForm::Date
              ? formatHttpDate(QDateTime::currentDateTimeUtc().addSecs(options.retryAfterSeconds))
              : QByteArray::number(options.retryAfterSeconds);
    return MockResponse{options.failStatus,
                        R"({"error_codes":[)" + QByteArray::number(options.failStatus)
                            + R"(],"message":")" + message + R"(","fields":[]})",
                        {{"Content-Type", "application/json"}, {"Retry-After", retryAfter}}};
}

MockResponse MockHttpServer::respond(const MockRequest &request, Delivery *delivery)
{
    *delivery = Delivery::Whole;
    const MockOptions &options = m_api.options();
    if (!request.url.path().contains(QLatin1String("/billing/")))
        return m_api.handle(request);
    // Each fault draws from the generator only when it is on, in this order, so a seed
    // gives the same faults on every run with the same options.
    const auto draw = [this](double rate) { return rate > 0 && m_faults.uniform() < rate; };
    if (m_billingCount++ < options.failFirst || draw(options.failRate))
        return failure();
    if (draw(options.hangRate)) {
        *delivery = Delivery::Hang;
        return {};
    }
    if (draw(options.wrongShapeRate)) {
        // Valid JSON, wrong shape: results is an object, count a word.
        return MockResponse{200,
                            R"({"count":"many","next":null,"results":{"rows":[]}})",
                            {{"Content-Type", "application/json"}}};
    }
    MockResponse response = m_api.handle(request);
    if (response.status != 200)
        return response;
    if (draw(options.malformedRate))
        response.body.truncate(response.body.size() / 2); // cut mid-way, as a broken proxy might
    else if (draw(options.cutBodyRate))
        *delivery = Delivery::CutBody;
    else if (draw(options.resetRate))
        *delivery = Delivery::Reset;
    return response;
}

void MockHttpServer::deliver(QTcpSocket *socket, QHttpServerResponder *responder,
                             const MockResponse &response, Delivery delivery)
{
    if (responder) {
        responder->writeStatusLine(static_cast<QHttpServerResponder::StatusCode>(response.status));
        // As a real server's answers do: clients tell closed months by the server's clock.
        responder->writeHeader("Date", formatHttpDate(QDateTime::currentDateTimeUtc()));
        for (const auto &header : response.headers)
            responder->writeHeader(header.first, header.second);
        responder->writeHeader("Content-Length", QByteArray::number(response.body.size()));
        responder->writeBody(response.body);
        return;
    }
    // The faults write the bytes themselves: the head always says the whole length.
    QByteArray head = "HTTP/1.1 " + QByteArray::number(response.status) + " Fault\r\n";
    for (const auto &header : response.headers)
        head += header.first + ": " + header.second + "\r\n";
    head += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n\r\n";
    socket->write(head);
    const QByteArray half = response.body.left(response.body.size() / 2);
    if (delivery == Delivery::CutBody) {
        socket->write(half);
        socket->disconnectFromHost();
        return;
    }
    if (delivery == Delivery::Reset) {
        socket->write(half);
        socket->flush();
        // No lingering: the close sends a reset, not an orderly end.
        const int descriptor = int(socket->socketDescriptor());
        const struct linger now
        {
            1, 0
        };
        ::setsockopt(descriptor, SOL_SOCKET, SO_LINGER, &now, sizeof now);
        socket->abort();
        return;
    }
    // Trickle: a piece at a time, stopping quietly if the client goes.
    auto *timer = new QTimer(socket);
    auto sent = std::make_shared<qsizetype>(0);
    const QByteArray body = response.body;
    connect(timer, &QTimer::timeout, socket, [socket, timer, sent, body] {
        constexpr qsizetype kPiece = 64;
        socket->write(body.mid(*sent, kPiece));
        *sent += kPiece;
        if (*sent >= body.size())
            timer->deleteLater();
    });
    timer->start(m_api.options().trickleMs);
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

    Delivery delivery = Delivery::Whole;
    const MockResponse response = respond(mockRequest, &delivery);
    if (delivery == Delivery::Hang)
        return true; // accepted, and never answered: the connection stays open
    // A whole answer goes through Qt's responder; the faults write their bytes themselves.
    std::shared_ptr<QHttpServerResponder> responder;
    if (delivery == Delivery::Whole && m_api.options().trickleMs <= 0)
        responder = std::make_shared<QHttpServerResponder>(makeResponder(request, socket));
    const int delay = m_api.options().delayMs;
    if (delay <= 0) {
        deliver(socket, responder.get(), response, delivery);
        return true;
    }
    QPointer<QTcpSocket> alive(socket);
    m_peakDelayed = std::max(m_peakDelayed, ++m_delayed);
    QTimer::singleShot(delay, this, [this, alive, responder, response, delivery] {
        --m_delayed;
        if (alive && alive->state() == QAbstractSocket::ConnectedState)
            deliver(alive, responder.get(), response, delivery);
    });
    return true;
}

void MockHttpServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    makeResponder(request, socket).write(QHttpServerResponder::StatusCode::NotFound);
}

} // namespace neuroio::mock
