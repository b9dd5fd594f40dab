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
        return QStringLiteral("Cancelled.");
    case Kind::InvalidInput:
        return message;
    case Kind::InvalidRequest:
        text = QStringLiteral("Request not sent: %1").arg(message);
        break;
    case Kind::ReadFailed:
        return QStringLiteral("Could not read %1: %2").arg(file, message);
    case Kind::WriteFailed:
        return QStringLiteral("Could not write %1: %2")
            .arg(file == QLatin1String("-") ? QStringLiteral("standard output") : file, message);
    case Kind::Network:
        text = QStringLiteral("Network error on %1: %2").arg(endpoint, message);
        break;
    case Kind::Timeout:
        text = QStringLiteral("Timed out on %1: %2").arg(endpoint, message);
        break;
    case Kind::Tls:
        text = QStringLiteral("Secure connection failed on %1: %2").arg(endpoint, message);
        break;
    case Kind::HttpStatus: {
        text = QStringLiteral("The server answered %1 on %2").arg(httpStatus).arg(endpoint);
        if (!message.isEmpty())
            text += QStringLiteral(": ") + message;
        QStringList details;
        for (const auto &f : fields)
            details.append(QStringLiteral("%1: %2").arg(f.name, f.message));
        if (!details.isEmpty())
            text += QStringLiteral(" (") + details.join(QStringLiteral("; ")) + QLatin1Char(')');
        if (!errorCodes.isEmpty()) {
            QStringList codes;
            for (int code : errorCodes)
                codes.append(QString::number(code));
            text += QStringLiteral(" [error code %1]").arg(codes.join(QStringLiteral(", ")));
        }
        break;
    }
    case Kind::MalformedResponse:
        text = QStringLiteral("Malformed response from %1").arg(endpoint);
        if (!field.isEmpty())
            text += QStringLiteral(", field \"%1\"").arg(field);
        text += QStringLiteral(": ") + message;
        break;
    }
    return text;
}

ApiError ApiError::cancelled(const QString &endpoint)
{
    ApiError e;
    e.kind = Kind::Cancelled;
    e.endpoint = endpoint;
    e.message = QStringLiteral("cancelled");
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
