#pragma once

#include <QTcpServer>

namespace neuroio::mock {

// The listening socket of the local server. Qt HttpServer 6.4 closes a connection whose
// first line is not HTTP without a word; a real server answers 400. This looks at each
// connection's first line before the HTTP server reads it, and answers a bad one itself.
class RequestLineGate final : public QTcpServer
{
    Q_OBJECT

public:
    explicit RequestLineGate(QObject *parent = nullptr);

    // "GET /path HTTP/1.1": a method in capitals, a target, and HTTP/1.0 or 1.1.
    static bool isRequestLine(const QByteArray &line);

protected:
    void incomingConnection(qintptr descriptor) override;
};

} // namespace neuroio::mock
