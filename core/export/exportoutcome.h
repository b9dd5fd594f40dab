#pragma once

#include "core/api/apierror.h"

#include <QMetaType>
#include <QString>

namespace neuroio {

// How an export ended: an ok error means done. Anything else (Cancelled, WriteFailed, or the
// request's own error) left no file behind, and any earlier one as it was.
struct ExportOutcome
{
    ApiError error;
    qint64 rows = 0;
    QString path;

    bool isDone() const { return error.isOk(); }
    QString message() const
    {
        if (isDone()) {
            return QStringLiteral("wrote %1 rows to %2")
                .arg(rows)
                .arg(path == QLatin1String("-") ? QStringLiteral("standard output") : path);
        }
        if (error.isCancelled())
            return QStringLiteral("cancelled; nothing was written");
        return error.userMessage() + QStringLiteral(" Nothing was written.");
    }
};

} // namespace neuroio

Q_DECLARE_METATYPE(neuroio::ExportOutcome)
