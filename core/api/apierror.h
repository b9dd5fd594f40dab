#pragma once

#include <QCoreApplication>
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

// Why something did not give a value, in the one error convention of the project: a call's
// Result<T> carries one, and an operation without a value returns one (Kind::None: it worked).
// The kind says what went wrong, so callers decide by it (an exit code, a banner), never by
// the message text.
struct ApiError
{
    Q_DECLARE_TR_FUNCTIONS(neuroio::ApiError)

public:
    enum class Kind {
        None,
        InvalidInput,      // a value we were given cannot be used: a month, a view, an option
        InvalidRequest,    // refused before sending: bad query, insecure URL
        Network,           // no connection, reset, DNS
        Timeout,           // our transfer timeout or overall deadline
        Tls,               // certificate or handshake
        HttpStatus,        // a non-2xx answer (or a redirect we refused to follow)
        MalformedResponse, // 2xx, but not the body the contract describes
        ReadFailed,        // a file could not be read: a view, a token file
        WriteFailed,       // the output could not be written: a full disk, a missing folder
        Cancelled,         // the caller cancelled: not a failure
    };

    Kind kind = Kind::None;
    QString endpoint;   // "GET /v1/billing/usage/"
    QString file;       // for ReadFailed and WriteFailed: which ("-" is standard output)
    QString message;    // the server's message, or our description of what went wrong
    int httpStatus = 0; // 0 when no HTTP answer arrived
    QList<int> errorCodes;
    QList<FieldError> fields;
    QString field; // for MalformedResponse: the JSON path that was wrong
    int tries = 1; // how many times the request was sent before this was final

    bool isOk() const { return kind == Kind::None; }
    bool isCancelled() const { return kind == Kind::Cancelled; }
    // True for a real failure, to show to a person; a cancellation is not one.
    bool isFailure() const { return kind != Kind::None && kind != Kind::Cancelled; }
    // The server refused the token (401), or the token may not do this (403: not a manager).
    bool isUnauthorized() const { return kind == Kind::HttpStatus && httpStatus == 401; }
    bool isForbidden() const { return kind == Kind::HttpStatus && httpStatus == 403; }

    // One paragraph, whole sentences: what failed, where, and the server's own words. The
    // technical detail: for the command line, the log and a Details button.
    QString userMessage() const;
    // A short sentence in plain words for a banner or a panel: "The server did not accept
    // the token." No endpoint, no codes; userMessage() has those.
    QString plainMessage() const;

    static ApiError cancelled(const QString &endpoint);

private:
    QString detailText() const;
    QString triesText() const;

public:
    static ApiError invalidInput(const QString &message);
    static ApiError invalidRequest(const QString &endpoint, const QString &message);
    static ApiError malformed(const QString &endpoint, const QString &field,
                              const QString &message);
    static ApiError readFailed(const QString &file, const QString &message);
    static ApiError writeFailed(const QString &file, const QString &message);
};

} // namespace neuroio

Q_DECLARE_METATYPE(neuroio::ApiError)
