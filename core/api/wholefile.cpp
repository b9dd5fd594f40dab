#include "core/api/wholefile.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSaveFile>

namespace neuroio {

ApiError writeWholeFile(const QString &path, const QByteArray &bytes)
{
    if (QFileInfo(path).isDir())
        return ApiError::writeFailed(
            path, QCoreApplication::translate("neuroio::WholeFile", "it is a folder"));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return ApiError::writeFailed(path, file.errorString());
    return {};
}

} // namespace neuroio
