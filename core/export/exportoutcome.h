#pragma once

#include "core/api/apierror.h"

#include <QMetaType>
#include <QString>

namespace neuroio {

// How an export ended. Anything but Done left no file behind (and any earlier one as it was).
struct ExportOutcome
{
    enum class Status { Done, Cancelled, RequestFailed, WriteFailed };

    Status status = Status::Done;
    ApiError requestError; // for RequestFailed
    QString writeError;    // for WriteFailed
    qint64 rows = 0;
    QString path;

    bool isDone() const { return status == Status::Done; }
    QString message() const
    {
        switch (status) {
        case Status::Done:
            return QStringLiteral("wrote %1 rows to %2")
                .arg(rows)
                .arg(path == QLatin1String("-") ? QStringLiteral("standard output") : path);
        case Status::Cancelled:
            return QStringLiteral("cancelled; nothing was written");
        case Status::RequestFailed:
            return requestError.userMessage() + QStringLiteral(" Nothing was written.");
        case Status::WriteFailed:
            return writeError + QStringLiteral(". Nothing was written.");
        }
        return {};
    }
};

} // namespace neuroio

Q_DECLARE_METATYPE(neuroio::ExportOutcome)
