#include "core/api/responseparser.h"
#include "fuzz/fuzzcheck.h"

// Any body as the answer to who the token belongs to.
extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QString endpoint = QStringLiteral("GET /v1/whoami/");
    const auto result
        = neuroio::ResponseParser::whoAmI(neuroio::fuzz::bodyOf(data, size), endpoint);
    neuroio::fuzz::checkResult(result, endpoint);
    return 0;
}
