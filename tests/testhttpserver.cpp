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
                if (!answer.isEmpty()) {
                    writeAnswer(socket, answer);
                    return;
                }
                m_held[static_cast<int>(m_requests.size()) - 1] = socket;
                int open = 0;
                for (const auto &held : m_held)
                    open += held.second && held.second->state() == QAbstractSocket::ConnectedState;
                m_mostHeld = std::max(m_mostHeld, open);
            });
        }
    });
}

bool TestHttpServer::answer(int request, const QByteArray &response)
{
    const auto held = m_held.find(request);
    if (held == m_held.end())
        return false;
    QPointer<QTcpSocket> socket = held->second;
    m_held.erase(held);
    if (!socket || socket->state() != QAbstractSocket::ConnectedState)
        return false;
    writeAnswer(socket, response);
    return true;
}

bool TestHttpServer::sendPart(int request, const QByteArray &bytes)
{
    const auto held = m_held.find(request);
    if (held == m_held.end() || !held->second
        || held->second->state() != QAbstractSocket::ConnectedState)
        return false;
    held->second->write(bytes);
    return true;
}

void TestHttpServer::writeAnswer(QTcpSocket *socket, const QByteArray &response)
{
    if (response == closeWithoutAnswer()) {
        socket->abort();
        return;
    }
    socket->write(response);
    const qsizetype headEnd = response.indexOf("\r\n\r\n");
    if (response.left(headEnd).toLower().contains("\r\nconnection: close"))
        socket->disconnectFromHost();
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
