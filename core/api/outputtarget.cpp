#include "core/api/outputtarget.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace neuroio {

namespace {

// A descriptor named as a path: /dev/stdout, /dev/stderr, /dev/fd/N, /proc/self/fd/N. Written
// through the descriptor itself, so a shell's "> file" or ">> file" keeps its meaning. -1 for
// any other path.
int namedDescriptor(const QString &absolute)
{
    if (absolute == QLatin1String("/dev/stdout"))
        return 1;
    if (absolute == QLatin1String("/dev/stderr"))
        return 2;
    for (const QString &prefix : {QStringLiteral("/dev/fd/"), QStringLiteral("/proc/self/fd/")}) {
        if (absolute.startsWith(prefix)) {
            bool ok = false;
            const int descriptor = absolute.mid(prefix.size()).toInt(&ok);
            if (ok && descriptor >= 0)
                return descriptor;
        }
    }
    return -1;
}

} // namespace

OutputTarget OutputTarget::of(const QString &path)
{
    OutputTarget target;
    if (path == QLatin1String("-")) {
        target.kind = Kind::Stream;
        target.descriptor = 1;
        return target;
    }
    const QFileInfo info(path);
    target.descriptor = namedDescriptor(QDir::cleanPath(info.absoluteFilePath()));
    // By what the path is, not where it is: /dev/shm/report.csv is a regular file to
    // replace, /dev/null and a named pipe anywhere are not.
    if (target.descriptor >= 0 || (info.exists() && !info.isFile() && !info.isDir()))
        target.kind = Kind::Stream;
    return target;
}

QString OutputTarget::open(const QString &path, QFile *file) const
{
    if (descriptor >= 0) {
        // The descriptor stays ours to leave open: standard output outlives the export.
        if (!file->open(descriptor, QIODevice::WriteOnly))
            return file->errorString();
        return {};
    }
#ifdef Q_OS_UNIX
    const QByteArray name = QFile::encodeName(path);
    int opened = ::open(name.constData(), O_WRONLY | O_APPEND | O_NONBLOCK | O_CLOEXEC);
    // A reader started just before us ("cat fifo &") may not have opened its end yet: a few
    // seconds of grace, short enough that no one reaches for Ctrl+C.
    for (int tries = 0; opened < 0 && errno == ENXIO && tries < 60; ++tries) {
        ::usleep(50'000);
        opened = ::open(name.constData(), O_WRONLY | O_APPEND | O_NONBLOCK | O_CLOEXEC);
    }
    if (opened < 0) {
        if (errno == ENXIO)
            return tr("no program is reading this named pipe; start the reader first");
        return QString::fromLocal8Bit(std::strerror(errno));
    }
    // Writes may wait from here on: a reader that is slow is still a reader. (O_APPEND is on
    // the descriptor already; QFile's Append would try to seek, which a pipe cannot.)
    ::fcntl(opened, F_SETFL, ::fcntl(opened, F_GETFL) & ~O_NONBLOCK);
    if (!file->open(opened, QIODevice::WriteOnly, QFileDevice::AutoCloseHandle)) {
        ::close(opened);
        return file->errorString();
    }
    return {};
#else
    file->setFileName(path);
    if (!file->open(QIODevice::WriteOnly | QIODevice::Append))
        return file->errorString();
    return {};
#endif
}

} // namespace neuroio
