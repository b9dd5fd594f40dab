#include "core/api/responseparser.h"
#include "fuzz/fuzzcheck.h"

// Any body as a page of usage rows.
extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QString endpoint = QStringLiteral("GET /v1/billing/usage/");
    const auto result
        = neuroio::ResponseParser::usagePage(neuroio::fuzz::bodyOf(data, size), endpoint);
    neuroio::fuzz::checkResult(result, endpoint);
    // A count is a number of rows: the pager trusts it not to be negative.
    neuroio::fuzz::require(!result.value.count || *result.value.count >= 0);
    return 0;
}
