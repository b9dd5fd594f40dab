#include "core/api/responseparser.h"
#include "fuzz/fuzzcheck.h"

// Any body as a page of accounts.
extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QString endpoint = QStringLiteral("GET /v1/accounts/");
    const auto result
        = neuroio::ResponseParser::accountPage(neuroio::fuzz::bodyOf(data, size), endpoint);
    neuroio::fuzz::checkResult(result, endpoint);
    neuroio::fuzz::require(!result.value.count || *result.value.count >= 0);
    return 0;
}
