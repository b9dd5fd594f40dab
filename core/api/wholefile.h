#pragma once

#include "core/api/apierror.h"

#include <QByteArray>
#include <QString>

namespace neuroio {

// Writes a file whole or not at all: the bytes go to a temporary file beside it (QSaveFile),
// which replaces the file only once every byte is on disk. On any failure (a full disk, a
// missing folder) an earlier file of that name stays as it was. Standard output ("-"), a pipe
// or a device (OutputTarget) is written as it is, never replaced. Views, pictures and reports
// are written through here; streamed exports through ExportSink, by the same rule.
ApiError writeWholeFile(const QString &path, const QByteArray &bytes);
// The same for a file the app keeps for itself (budgets, prices), whose folder may not be
// there yet: the folder is made first. Not for a path a person typed, where a missing folder
// is more likely a typo than a wish.
ApiError writeWholeFileMakingFolder(const QString &path, const QByteArray &bytes);

} // namespace neuroio
