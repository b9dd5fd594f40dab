#include "core/api/responseparser.h"
#include "fuzz/fuzzcheck.h"

using namespace neuroio;
using namespace neuroio::fuzz;

// Any body as the totals per event type.
extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QString endpoint = QStringLiteral("GET /v1/billing/usage/total/");
    const auto result = ResponseParser::usageTotals(bodyOf(data, size), endpoint);
    checkResult(result, endpoint);
    if (!result.isOk())
        return 0;
    const QJsonArray sent = resultsOf(bodyOf(data, size));
    require(sent.size() == result.value.size());
    for (qsizetype i = 0; i < sent.size(); ++i) {
        const QJsonObject o = sent.at(i).toObject();
        requireSameInteger(o.value(QLatin1String("event_type")), result.value.at(i).eventType);
        requireExtrasAreTheRest(o, result.value.at(i).extras, {"event_type", "quantity"});
    }
    return 0;
}
