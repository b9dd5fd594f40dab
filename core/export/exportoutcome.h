#pragma once

#include "core/api/apierror.h"

#include <QCoreApplication>
#include <QMetaType>
#include <QString>

namespace neuroio {

// How an export ended: an ok error means done. Anything else (Cancelled, WriteFailed, or the
// request's own error) left no file behind, and any earlier one as it was.
struct ExportOutcome
{
    Q_DECLARE_TR_FUNCTIONS(neuroio::ExportOutcome)

public:
    ApiError error;
    qint64 rows = 0;
    QString path;

    bool isDone() const { return error.isOk(); }
    QString message() const
    {
        if (isDone()) {
            return tr("wrote %1 rows to %2")
                .arg(rows)
                .arg(path == QLatin1String("-") ? tr("standard output") : path);
        }
        if (error.isCancelled())
            return tr("cancelled; nothing was written");
        return tr("%1 Nothing was written.").arg(error.userMessage());
    }
};

} // namespace neuroio

Q_DECLARE_METATYPE(neuroio::ExportOutcome)
