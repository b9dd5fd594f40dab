#pragma once

#include "mockserver/mockdataset.h"
#include "mockserver/mockoptions.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QPair>
#include <QUrl>

namespace neuroio::mock {

struct MockRequest
{
    QByteArray method = "GET";
    QUrl url;                 // path and query as the client sent them
    QByteArray authorization; // the Authorization header
    QByteArray host;          // the Host header, as sent (links use only a loopback name)
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers; // all of them, as received
};

struct MockResponse
{
    int status = 200;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
};

// The NeuroIO API as the contract describes it, over the generated dataset. No sockets here:
// MockHttpServer feeds it requests, and tests and benchmarks may call it directly.
class MockApi final
{
public:
    explicit MockApi(const MockOptions &options);

    MockResponse handle(const MockRequest &request);

    const MockDataset &dataset() const { return m_data; }
    // Ends every token issued by /v1/auth/token/ now, as if its 24 hours were up.
    void expireIssuedTokens();
    const MockOptions &options() const { return m_options; }
    // Where next and previous links point: the server's own address, never the request's
    // Host header, which a client (or anyone in between) can set to any host.
    void setPublicUrl(const QUrl &url) { m_publicUrl = url; }
    static QString managerUsername() { return QStringLiteral("demo-manager"); }
    static QString accountUsername() { return QStringLiteral("demo-user"); }

private:
    struct Caller
    {
        const MockScope *scope = nullptr;
        bool isManager = false;
        QString username;
    };
    struct Filters;
    struct IssuedToken
    {
        QString username;
        QDateTime expires;
    };

    std::optional<Caller> authenticate(const MockRequest &request, MockResponse *refusal) const;
    std::optional<Caller> callerFor(const QString &username) const;
    std::optional<MockResponse> parseFilters(const QUrl &url, bool paged, Filters *filters) const;
    MockResponse usage(const MockRequest &request, const MockScope &scope) const;
    MockResponse usageTotal(const MockRequest &request, const MockScope &scope) const;
    MockResponse accounts(const MockRequest &request) const;
    MockResponse login(const MockRequest &request);
    static MockResponse whoAmI(const Caller &caller);
    static MockResponse spaces(const MockScope &scope);

    QString pageLink(const MockRequest &request, qint64 limit, qint64 offset) const;

    MockOptions m_options;
    MockDataset m_data;
    QUrl m_publicUrl{QStringLiteral("http://127.0.0.1")};
    QHash<QString, IssuedToken> m_issuedTokens;
};

} // namespace neuroio::mock
