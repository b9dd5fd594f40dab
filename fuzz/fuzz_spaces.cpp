#include "core/api/responseparser.h"
#include "fuzz/fuzzcheck.h"

// Any body as the list of spaces, an array or a page.
extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QString endpoint = QStringLiteral("GET /v1/lists/spaces/");
    const auto result
        = neuroio::ResponseParser::spaces(neuroio::fuzz::bodyOf(data, size), endpoint);
    neuroio::fuzz::checkResult(result, endpoint);
    return 0;
}
