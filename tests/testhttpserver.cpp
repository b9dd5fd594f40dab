#include "tests/testhttpserver.h"

#include <QTcpSocket>

TestHttpServer::TestHttpServer(Script script, QObject *parent)
    : QObject(parent)
    , m_script(std::move(script))
{
    m_server.listen(QHostAddress::LocalHost, 0);
    connect(&m_server, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *socket = m_server.nextPendingConnection()) {
            socket->setParent(this);
            auto buffer = std::make_shared<QByteArray>();
            connect(socket, &QTcpSocket::readyRead, socket, [this, socket, buffer] {
                buffer->append(socket->readAll());
                const qsizetype end = buffer->indexOf("\r\n\r\n");
                if (end < 0)
                    return;
                const QByteArray head = buffer->left(end);
                buffer->clear();
                m_requests.append(head);
                const QByteArray answer = m_script(head);
                if (!answer.isEmpty())
                    socket->write(answer);
            });
        }
    });
}

QUrl TestHttpServer::url() const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(m_server.serverPort());
    return url;
}

bool TestHttpServer::sawHeader(const QByteArray &headerName) const
{
    for (const QByteArray &request : m_requests) {
        if (request.toLower().contains("\r\n" + headerName.toLower() + ":"))
            return true;
    }
    return false;
}

QByteArray TestHttpServer::response(int status, const QByteArray &body,
                                    const QByteArray &contentType,
                                    const QList<QByteArray> &extraHeaders)
{
    QByteArray r = "HTTP/1.1 " + QByteArray::number(status) + " Status\r\n";
    r += "Content-Type: " + contentType + "\r\n";
    r += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    for (const QByteArray &h : extraHeaders)
        r += h + "\r\n";
    r += "\r\n" + body;
    return r;
}
