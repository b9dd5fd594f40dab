#include "core/api/responseparser.h"
#include "fuzz/fuzzcheck.h"

// Any body as the answer to a sign-in.
extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QString endpoint = QStringLiteral("POST /v1/auth/token/");
    const auto result = neuroio::ResponseParser::login(neuroio::fuzz::bodyOf(data, size), endpoint);
    neuroio::fuzz::checkResult(result, endpoint);
    // A sign-in that worked has a token to keep.
    neuroio::fuzz::require(!result.isOk() || !result.value.tokenKey.isEmpty());
    return 0;
}
