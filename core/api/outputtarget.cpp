#include "core/api/outputtarget.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace neuroio {

namespace {

// Standard output and error by any of their names: written through the descriptor we were
// given, so a shell's "> file" or ">> file" keeps its own meaning. -1 for anything else.
int standardDescriptor(const QString &absolute)
{
    for (const QString &prefix : {QStringLiteral("/dev/fd/"), QStringLiteral("/proc/self/fd/")}) {
        if (absolute.startsWith(prefix)) {
            bool ok = false;
            const int descriptor = absolute.mid(prefix.size()).toInt(&ok);
            if (ok && (descriptor == 1 || descriptor == 2))
                return descriptor;
        }
    }
    if (absolute == QLatin1String("/dev/stdout"))
        return 1;
    if (absolute == QLatin1String("/dev/stderr"))
        return 2;
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
    const QString absolute = QDir::cleanPath(info.absoluteFilePath());
    // Anything under /dev or /proc (/dev/null, /dev/fd/63 from a shell's >(gzip)), and
    // anything that exists and is neither a regular file nor a folder (a named pipe, a
    // socket, a device elsewhere).
    if (absolute.startsWith(QLatin1String("/dev/")) || absolute.startsWith(QLatin1String("/proc/"))
        || (info.exists() && !info.isFile() && !info.isDir())) {
        target.kind = Kind::Stream;
        target.descriptor = standardDescriptor(absolute);
    }
    return target;
}

void releaseWaitingReader(const QString &path)
{
#ifdef Q_OS_UNIX
    const QByteArray name = QFile::encodeName(path);
    struct stat status
    {
    };
    if (::stat(name.constData(), &status) != 0 || !S_ISFIFO(status.st_mode))
        return;
    const int descriptor = ::open(name.constData(), O_WRONLY | O_NONBLOCK | O_CLOEXEC);
    if (descriptor >= 0)
        ::close(descriptor);
#else
    Q_UNUSED(path)
#endif
}

} // namespace neuroio
