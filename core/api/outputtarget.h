#pragma once

#include <QCoreApplication>
#include <QString>

class QFile;

namespace neuroio {

// Where output goes, as the file writers must treat it. A regular file (or a new path) is
// written beside its name and renamed into place. Anything else is a stream that a rename
// would replace (a device node, a named pipe, a socket) or that cannot be renamed at all
// (standard output, a shell's >(gzip), /dev/fd/N): it is opened as it is, and written only
// once the output is whole.
struct OutputTarget
{
    Q_DECLARE_TR_FUNCTIONS(neuroio::OutputTarget)

public:
    enum class Kind { File, Stream };

    Kind kind = Kind::File;
    // For a stream given as a descriptor: 1 for "-" and /dev/stdout, 2 for /dev/stderr, N for
    // /dev/fd/N. -1 to open the path.
    int descriptor = -1;

    static OutputTarget of(const QString &path);
    bool isStream() const { return kind == Kind::Stream; }

    // Opens a stream target for writing, without waiting: a named pipe that no program reads
    // is refused at once (a blocking open would hang, deaf to Ctrl+C, until one did). Empty
    // when file is open; otherwise why not.
    QString open(const QString &path, QFile *file) const;
};

} // namespace neuroio
