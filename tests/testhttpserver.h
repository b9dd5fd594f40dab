#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrl>

#include <functional>
#include <map>

// A scripted HTTP/1.1 peer for what the local NeuroIO server must never do: answer nothing,
// redirect elsewhere, send an HTML page. It records every request it receives, whole.
class TestHttpServer final : public QObject
{
    Q_OBJECT

public:
    // Returns the whole raw response to send, or an empty array to hold the request: it is
    // answered later with answer(), or never.
    using Script = std::function<QByteArray(const QByteArray &requestHead)>;

    explicit TestHttpServer(Script script, QObject *parent = nullptr);
    QUrl url() const;
    const QList<QByteArray> &requests() const { return m_requests; }
    bool sawHeader(const QByteArray &headerName) const;
    // Answers held request number `request` (its index in requests()), if its client still
    // waits. A test decides the order in which answers arrive. A response with
    // "Connection: close" closes the connection after it, whatever its Content-Length says.
    bool answer(int request, const QByteArray &response);
    // Sends part of an answer to held request `request`, which stays held: for answers that
    // arrive slowly.
    bool sendPart(int request, const QByteArray &bytes);
    // The most requests that were held (received, unanswered) at one time.
    int mostHeldAtOnce() const { return m_mostHeld; }

    // A script's answer that closes the connection without a byte: a reset, to the client.
    static QByteArray closeWithoutAnswer() { return QByteArrayLiteral("\0close"); }
    static QByteArray response(int status, const QByteArray &body,
                               const QByteArray &contentType = "application/json",
                               const QList<QByteArray> &extraHeaders = {});

private:
    static void writeAnswer(QTcpSocket *socket, const QByteArray &response);

    QTcpServer m_server;
    Script m_script;
    QList<QByteArray> m_requests;
    std::map<int, QPointer<QTcpSocket>> m_held;
    int m_mostHeld = 0;
};
