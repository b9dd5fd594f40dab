#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <cstring>

namespace neuroio {

// Appends bytes to a line being built. Qt 6.4's QByteArray::append(const char *, n) and
// append(const QByteArray &) go through insert(), whose checks cost more than the copy for the
// few bytes of a CSV field; this grows the array as append would and copies.
inline void appendBytes(QByteArray &out, QByteArrayView bytes)
{
    const qsizetype at = out.size();
    out.resize(at + bytes.size());
    if (!bytes.isEmpty())
        std::memcpy(out.data() + at, bytes.data(), std::size_t(bytes.size()));
}

} // namespace neuroio
