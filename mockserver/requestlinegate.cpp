#include "mockserver/requestlinegate.h"

#include <QRegularExpression>
#include <QTcpSocket>

#include <memory>

namespace neuroio::mock {

namespace {

// Longer than any request line this server's clients send; one without an end by then is
// not HTTP.
constexpr qint64 kLongestLine = qint64(16) * 1024;

} // namespace

RequestLineGate::RequestLineGate(QObject *parent)
    : QTcpServer(parent)
{}

bool RequestLineGate::isRequestLine(const QByteArray &line)
{
    static const QRegularExpression pattern(
        QStringLiteral("^[A-Z]{1,16} [^ \\x00-\\x1f]+ HTTP/1\\.[01]\\r?$"));
    return pattern.match(QString::fromLatin1(line)).hasMatch();
}

void RequestLineGate::incomingConnection(qintptr descriptor)
{
    auto *socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(descriptor)) {
        delete socket;
        return;
    }
    // Connected before the HTTP server's own handler (it gets the socket only below), so this
    // sees the first bytes first.
    auto gate = std::make_shared<QMetaObject::Connection>();
    *gate = connect(socket, &QTcpSocket::readyRead, socket, [socket, gate] {
        const QByteArray start = socket->peek(kLongestLine);
        const qsizetype end = start.indexOf('\n');
        if (end < 0 && start.size() < kLongestLine)
            return; // the line is not whole yet
        QObject::disconnect(*gate);
        if (end >= 0 && isRequestLine(start.left(end)))
            return; // HTTP: the server takes it from here
        // Read away, so the HTTP server's handler finds nothing to parse, and answer.
        socket->readAll();
        const QByteArray body = "Bad Request: the first line is not an HTTP/1.1 request line.\n";
        socket->write("HTTP/1.1 400 Bad Request\r\nContent-Type: text/plain\r\nContent-Length: "
                      + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body);
        socket->disconnectFromHost();
    });
    addPendingConnection(socket);
}

} // namespace neuroio::mock
