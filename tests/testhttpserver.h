#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QTcpServer>
#include <QUrl>

#include <functional>

// A scripted HTTP/1.1 peer for what the local NeuroIO server must never do: answer nothing,
// redirect elsewhere, send an HTML page. It records every request it receives, whole.
class TestHttpServer final : public QObject
{
    Q_OBJECT

public:
    // Returns the whole raw response to send, or an empty array to never answer.
    using Script = std::function<QByteArray(const QByteArray &requestHead)>;

    explicit TestHttpServer(Script script, QObject *parent = nullptr);
    QUrl url() const;
    const QList<QByteArray> &requests() const { return m_requests; }
    bool sawHeader(const QByteArray &headerName) const;

    static QByteArray response(int status, const QByteArray &body,
                               const QByteArray &contentType = "application/json",
                               const QList<QByteArray> &extraHeaders = {});

private:
    QTcpServer m_server;
    Script m_script;
    QList<QByteArray> m_requests;
};
