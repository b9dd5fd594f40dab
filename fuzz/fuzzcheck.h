#pragma once

#include "core/api/extrafield.h"
#include "core/api/result.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

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

// The elements of the body's "results" array as Qt's own JSON reader sees them: what a parser
// that said yes must agree with.
inline QJsonArray resultsOf(const QByteArray &body)
{
    return QJsonDocument::fromJson(body).object().value(QLatin1String("results")).toArray();
}

// A number the parser took as an integer is the number that was sent, not one wrapped into a
// narrower type.
template<typename T>
void requireSameInteger(const QJsonValue &sent, const std::optional<T> &read)
{
    if (sent.isDouble())
        require(read.has_value() && static_cast<qint64>(*read) == sent.toInteger());
}

// Every key the contract does not name is kept as an extra, once, with its value: extras are
// read in the server's order by a scanner of their own, which must not lose or invent any.
inline void requireExtrasAreTheRest(const QJsonObject &sent, const ExtraFields &extras,
                                    std::initializer_list<const char *> known)
{
    QSet<QString> rest;
    for (const QString &key : sent.keys())
        rest.insert(key);
    for (const char *name : known)
        rest.remove(QLatin1String(name));
    require(extras.size() == rest.size());
    for (const ExtraField &extra : extras)
        require(rest.contains(extra.name) && extra.value == sent.value(extra.name));
}

} // namespace neuroio::fuzz
