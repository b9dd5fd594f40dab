#include "core/api/apierror.h"

#include <QStringList>

namespace neuroio {

QString ApiError::userMessage() const
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
