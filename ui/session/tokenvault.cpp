#include "ui/session/tokenvault.h"

#include <qt6keychain/keychain.h>

#include <QPointer>
#include <QTimer>

namespace neuroio::ui {

namespace {

// Runs a keychain job, and answers once: with the job's result, or after the timeout (a
// keychain that waits for an unlock prompt nobody sees must not hang the app).
template<typename Job, typename Done>
void runJob(Job *job, QObject *context, Done done)
{
    auto answered = std::make_shared<bool>(false);
    QPointer<Job> guard(job);
    QObject::connect(job, &QKeychain::Job::finished, context, [answered, done](QKeychain::Job *j) {
        if (*answered)
            return;
        *answered = true;
        done(static_cast<Job *>(j), false);
    });
    QTimer::singleShot(TokenVault::kTimeoutMs, context, [answered, done, guard] {
        if (*answered)
            return;
        *answered = true;
        done(guard.data(), true);
    });
    job->start();
}

bool backendMissing(QKeychain::Error error)
{
    return error == QKeychain::NoBackendAvailable || error == QKeychain::NotImplemented
           || error == QKeychain::OtherError || error == QKeychain::AccessDenied;
}

} // namespace

TokenVault::TokenVault(QObject *parent)
    : QObject(parent)
{}

QString TokenVault::serviceName()
{
    return QStringLiteral("neuroio-billing");
}

QString TokenVault::keyFor(const QUrl &server)
{
    return server.adjusted(QUrl::StripTrailingSlash | QUrl::RemoveUserInfo).toString();
}

void TokenVault::fallBack(const QString &problem)
{
    m_sessionOnly = true;
    m_problem = problem;
}

void TokenVault::store(const QUrl &server, const QString &token)
{
    m_sessionKey = keyFor(server);
    m_sessionToken = token;
    if (m_sessionOnly) {
        emit stored(false, m_problem);
        return;
    }
    auto *job = new QKeychain::WritePasswordJob(serviceName());
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(keyFor(server));
    job->setTextData(token);
    runJob(job, this, [this](QKeychain::WritePasswordJob *j, bool timedOut) {
        if (timedOut || (j && backendMissing(j->error()))) {
            fallBack(timedOut ? tr("the keychain did not answer") : j->errorString());
            emit stored(false, m_problem);
            return;
        }
        emit stored(j && j->error() == QKeychain::NoError, j ? j->errorString() : QString());
    });
}

void TokenVault::load(const QUrl &server)
{
    const QString key = keyFor(server);
    if (m_sessionOnly) {
        emit loaded(key == m_sessionKey ? m_sessionToken : QString());
        return;
    }
    auto *job = new QKeychain::ReadPasswordJob(serviceName());
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    runJob(job, this, [this, key](QKeychain::ReadPasswordJob *j, bool timedOut) {
        if (timedOut || (j && backendMissing(j->error()))) {
            fallBack(timedOut ? tr("the keychain did not answer") : j->errorString());
            emit loaded(key == m_sessionKey ? m_sessionToken : QString());
            return;
        }
        emit loaded(j && j->error() == QKeychain::NoError ? j->textData() : QString());
    });
}

void TokenVault::forget(const QUrl &server)
{
    const QString key = keyFor(server);
    if (key == m_sessionKey) {
        m_sessionKey.clear();
        m_sessionToken.clear();
    }
    if (m_sessionOnly) {
        emit forgotten();
        return;
    }
    auto *job = new QKeychain::DeletePasswordJob(serviceName());
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    runJob(job, this, [this](QKeychain::DeletePasswordJob *, bool) { emit forgotten(); });
}

} // namespace neuroio::ui
