#include "core/api/apierror.h"

#include <QStringList>

namespace neuroio {

namespace {

// Messages are joined into longer ones ("... Nothing was written."): each ends its sentence.
QString endSentence(QString text)
{
    text = text.trimmed();
    if (!text.isEmpty() && !text.endsWith(u'.') && !text.endsWith(u'!') && !text.endsWith(u'?')
        && !text.endsWith(u'…'))
        text += u'.';
    return text;
}

} // namespace

QString ApiError::triesText() const
{
    return tries > 1 ? tr("Gave up after %n tries.", "", tries) : QString();
}

QString ApiError::plainMessage() const
{
    const QString gaveUp = triesText();
    const auto withTries
        = [&gaveUp](const QString &text) { return gaveUp.isEmpty() ? text : text + u' ' + gaveUp; };
    switch (kind) {
    case Kind::None:
        return {};
    case Kind::Network:
        return withTries(tr("Could not reach the server."));
    case Kind::Timeout:
        return withTries(tr("The server did not answer in time."));
    case Kind::Tls:
        return withTries(tr("The secure connection to the server failed."));
    case Kind::MalformedResponse:
        return withTries(tr("The server's answer could not be read."));
    case Kind::HttpStatus:
        if (httpStatus == 401)
            return withTries(tr("The server did not accept the token."));
        if (httpStatus == 403)
            return withTries(tr("This token may not see this."));
        if (httpStatus == 404)
            return withTries(tr("The server does not know what was asked for."));
        if (httpStatus == 429)
            return withTries(tr("The server is busy: too many requests."));
        if (httpStatus >= 500)
            return withTries(tr("The server has a problem (HTTP %1).").arg(httpStatus));
        return withTries(tr("The server refused the request (HTTP %1).").arg(httpStatus));
    case Kind::InvalidInput:
    case Kind::InvalidRequest:
    case Kind::ReadFailed:
    case Kind::WriteFailed:
    case Kind::Cancelled:
        break;
    }
    return userMessage();
}

QString ApiError::userMessage() const
{
    const QString gaveUp = triesText();
    const QString text = endSentence(detailText());
    return gaveUp.isEmpty() ? text : text + u' ' + gaveUp;
}

QString ApiError::detailText() const
{
    QString text;
    switch (kind) {
    case Kind::None:
        return {};
    case Kind::Cancelled:
        return tr("Cancelled.");
    case Kind::InvalidInput:
        return message;
    case Kind::InvalidRequest:
        text = tr("Request not sent: %1").arg(message);
        break;
    case Kind::ReadFailed:
        return tr("Could not read %1: %2").arg(file, message);
    case Kind::WriteFailed:
        return tr("Could not write %1: %2")
            .arg(file == QLatin1String("-") ? tr("standard output") : file, message);
    case Kind::Network:
        text = tr("Network error on %1: %2").arg(endpoint, message);
        break;
    case Kind::Timeout:
        text = tr("Timed out on %1: %2").arg(endpoint, message);
        break;
    case Kind::Tls:
        text = tr("Secure connection failed on %1: %2").arg(endpoint, message);
        break;
    case Kind::HttpStatus: {
        text = message.isEmpty()
                   ? tr("The server answered %1 on %2").arg(QString::number(httpStatus), endpoint)
                   : tr("The server answered %1 on %2: %3")
                         .arg(QString::number(httpStatus), endpoint, message);
        QStringList details;
        for (const auto &f : fields)
            details.append(
                tr("%1: %2", "a refused field: the server's message").arg(f.name, f.message));
        if (!details.isEmpty())
            text += tr(" (%1)", "the refused fields, after the message")
                        .arg(details.join(tr("; ", "between refused fields")));
        if (!errorCodes.isEmpty()) {
            QStringList codes;
            for (int code : errorCodes)
                codes.append(QString::number(code));
            text += tr(" [error code %1]").arg(codes.join(QStringLiteral(", ")));
        }
        break;
    }
    case Kind::MalformedResponse:
        text = field.isEmpty() ? tr("Malformed response from %1: %2").arg(endpoint, message)
                               : tr("Malformed response from %1, field \"%2\": %3")
                                     .arg(endpoint, field, message);
        break;
    }
    return text;
}

ApiError ApiError::cancelled(const QString &endpoint)
{
    ApiError e;
    e.kind = Kind::Cancelled;
    e.endpoint = endpoint;
    e.message = tr("cancelled");
    return e;
}

ApiError ApiError::invalidInput(const QString &message)
{
    ApiError e;
    e.kind = Kind::InvalidInput;
    e.message = message;
    return e;
}

ApiError ApiError::readFailed(const QString &file, const QString &message)
{
    ApiError e;
    e.kind = Kind::ReadFailed;
    e.file = file;
    e.message = message;
    return e;
}

ApiError ApiError::writeFailed(const QString &file, const QString &message)
{
    ApiError e;
    e.kind = Kind::WriteFailed;
    e.file = file;
    e.message = message;
    return e;
}

ApiError ApiError::invalidRequest(const QString &endpoint, const QString &message)
{
    ApiError e;
    e.kind = Kind::InvalidRequest;
    e.endpoint = endpoint;
    e.message = message;
    return e;
}

ApiError ApiError::malformed(const QString &endpoint, const QString &field, const QString &message)
{
    ApiError e;
    e.kind = Kind::MalformedResponse;
    e.endpoint = endpoint;
    e.field = field;
    e.message = message;
    return e;
}

} // namespace neuroio
