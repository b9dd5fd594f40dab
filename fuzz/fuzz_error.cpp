#include "core/api/responseparser.h"
#include "fuzz/fuzzcheck.h"

// Any body of an error answer: the contract's error shape, DRF's, a proxy's HTML, or anything.
// The first byte picks the status, so 401, 403 and 5xx take their own branches too.
extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    static const int statuses[] = {400, 401, 403, 404, 429, 500, 502, 302};
    const int status = size > 0 ? statuses[data[0] % std::size(statuses)] : 400;
    const QByteArray body = size > 0 ? neuroio::fuzz::bodyOf(data + 1, size - 1) : QByteArray();
    const QString endpoint = QStringLiteral("GET /v1/billing/usage/");
    const neuroio::ApiError error
        = neuroio::ResponseParser::httpError(status, QStringLiteral("Bad Request"), body, endpoint);
    using neuroio::fuzz::require;
    require(error.kind == neuroio::ApiError::Kind::HttpStatus);
    require(error.httpStatus == status && error.endpoint == endpoint);
    // The reason phrase stands in when the body says nothing, so there is always a message.
    require(!error.message.isEmpty());
    require(!error.userMessage().isEmpty() && !error.plainMessage().isEmpty());
    return 0;
}
