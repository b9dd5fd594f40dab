#include "core/api/wholefile.h"

#include "core/api/outputtarget.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace neuroio {

ApiError writeWholeFile(const QString &path, const QByteArray &bytes)
{
    if (const OutputTarget target = OutputTarget::of(path); target.isStream()) {
        // The bytes are whole already: a stream gets them at once, and is never replaced.
        QFile stream;
        if (const QString why = target.open(path, &stream); !why.isEmpty())
            return ApiError::writeFailed(path, why);
        if (stream.write(bytes) != bytes.size() || !stream.flush())
            return ApiError::writeFailed(path, stream.errorString());
        return {};
    }
    if (QFileInfo(path).isDir())
        return ApiError::writeFailed(
            path, QCoreApplication::translate("neuroio::WholeFile", "it is a folder"));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return ApiError::writeFailed(path, file.errorString());
    return {};
}

ApiError writeWholeFileMakingFolder(const QString &path, const QByteArray &bytes)
{
    const QString folder = QFileInfo(path).absolutePath();
    if (!QDir().mkpath(folder)) {
        return ApiError::writeFailed(
            path, QCoreApplication::translate("neuroio::WholeFile", "could not make the folder %1")
                      .arg(QDir::toNativeSeparators(folder)));
    }
    return writeWholeFile(path, bytes);
}

} // namespace neuroio
