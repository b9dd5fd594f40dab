#pragma once

#include <QString>

namespace neuroio {

// Where output goes, as the file writers must treat it. A regular file (or a new path) is
// written beside its name and renamed into place; anything else is a stream that a rename
// would replace (a device node, a named pipe) or that cannot be renamed at all (standard
// output, a shell's >(gzip)): it is opened and written only once the output is whole.
struct OutputTarget
{
    enum class Kind { File, Stream };

    Kind kind = Kind::File;
    // For a stream: the descriptor to write to (1 for "-" and /dev/stdout, 2 for
    // /dev/stderr), or -1 to open the path.
    int descriptor = -1;

    static OutputTarget of(const QString &path);
    bool isStream() const { return kind == Kind::Stream; }
};

// A named pipe's reader waits for a writer; when the output fails, one that never opens
// leaves it waiting forever. Opening without blocking and closing at once gives the reader
// an empty end, if there is one. Nothing for anything but a named pipe.
void releaseWaitingReader(const QString &path);

} // namespace neuroio
