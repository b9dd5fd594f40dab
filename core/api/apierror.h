#pragma once

#include <QList>
#include <QMetaType>
#include <QString>

#include <optional>

namespace neuroio {

// One entry of the server's "fields" list: which request field was refused, and why.
struct FieldError
{
    QString name;
    QString message;
    std::optional<int> errorCode;

    friend bool operator==(const FieldError &a, const FieldError &b)
    {
        return a.name == b.name && a.message == b.message && a.errorCode == b.errorCode;
    }
};

// Why a call did not give a value. Kind::None means it did.
struct ApiError
{
    enum class Kind {
        None,
        InvalidRequest,    // refused before sending: bad query, insecure URL
        Network,           // no connection, reset, DNS
        Timeout,           // our transfer timeout or overall deadline
        Tls,               // certificate or handshake
        HttpStatus,        // a non-2xx answer (or a redirect we refused to follow)
        MalformedResponse, // 2xx, but not the body the contract describes
        Cancelled,         // the caller cancelled: not a failure
    };

    Kind kind = Kind::None;
    QString endpoint;   // "GET /v1/billing/usage/"
    QString message;    // the server's message, or our description of what went wrong
    int httpStatus = 0; // 0 when no HTTP answer arrived
    QList<int> errorCodes;
    QList<FieldError> fields;
    QString field; // for MalformedResponse: the JSON path that was wrong

    bool isOk() const { return kind == Kind::None; }
    bool isCancelled() const { return kind == Kind::Cancelled; }
    // True for a real failure, to show to a person; a cancellation is not one.
    bool isFailure() const { return kind != Kind::None && kind != Kind::Cancelled; }

    // One paragraph a person can read: what failed, where, and the server's own words.
    QString userMessage() const;

    static ApiError cancelled(const QString &endpoint);
    static ApiError invalidRequest(const QString &endpoint, const QString &message);
    static ApiError malformed(const QString &endpoint, const QString &field,
                              const QString &message);
};

} // namespace neuroio

Q_DECLARE_METATYPE(neuroio::ApiError)
