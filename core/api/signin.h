#pragma once

#include "core/api/session.h"

#include <QObject>

#include <memory>

namespace neuroio {

// Signs in on a session of its own, the candidate: with a token it asks whoami; with a
// username and a password it logs in first and then asks whoami with the new token. Only a
// checked candidate is handed over, so a sign-in that fails or is cancelled leaves the live
// session as it was: nothing reaches the new server with the live token, and nothing reaches
// the live server with the new one. Each start ends with exactly one finished().
class SignIn final : public QObject
{
    Q_OBJECT

public:
    explicit SignIn(QObject *parent = nullptr);
    ~SignIn() override;

    void withToken(const QUrl &server, const QString &token);
    void withPassword(const QUrl &server, const QString &username, const QString &password);
    void cancel();
    bool isRunning() const { return m_running; }
    // After finished() with an ok error: the checked session, for Session::adopt().
    const Session &candidate() const { return *m_candidate; }

signals:
    void finished(const neuroio::ApiError &error);

private:
    bool begin(const QUrl &server, const QString &token);
    void finish(const ApiError &error);

    std::unique_ptr<Session> m_candidate;
    bool m_running = false;
    CallId m_loginCall = 0;
};

} // namespace neuroio
