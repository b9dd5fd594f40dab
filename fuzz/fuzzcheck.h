#pragma once

#include "core/api/result.h"

#include <QByteArray>

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <iterator>

namespace neuroio::fuzz {

// The fuzzer's bytes as a body, not copied: a read past the end is then a read past
// libFuzzer's own buffer, which AddressSanitizer catches, not one into a copy's terminator.
inline QByteArray bodyOf(const std::uint8_t *data, std::size_t size)
{
    return QByteArray::fromRawData(reinterpret_cast<const char *>(data),
                                   static_cast<qsizetype>(size));
}

// A broken promise is a crash, so that libFuzzer keeps the input that broke it.
inline void require(bool promise)
{
    if (!promise)
        std::abort();
}

// Whatever the body, a parser gives a value or says why not and names the request. The
// messages a banner and the command line show are built too, so their formatting is fuzzed.
template<typename T>
void checkResult(const Result<T> &result, const QString &endpoint)
{
    if (result.isOk())
        return;
    require(result.error.kind == ApiError::Kind::MalformedResponse);
    require(result.error.endpoint == endpoint);
    require(!result.error.message.isEmpty());
    require(!result.error.userMessage().isEmpty());
    require(!result.error.plainMessage().isEmpty());
}

} // namespace neuroio::fuzz
