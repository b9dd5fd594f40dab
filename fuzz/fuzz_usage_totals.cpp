#include "core/api/responseparser.h"
#include "fuzz/fuzzcheck.h"

// Any body as the totals per event type.
extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QString endpoint = QStringLiteral("GET /v1/billing/usage/total/");
    const auto result
        = neuroio::ResponseParser::usageTotals(neuroio::fuzz::bodyOf(data, size), endpoint);
    neuroio::fuzz::checkResult(result, endpoint);
    return 0;
}
