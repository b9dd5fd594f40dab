#include "core/api/plainusagepage.h"
#include "core/api/responseparser.h"
#include "fuzz/fuzzcheck.h"

#include <cmath>

using namespace neuroio;
using namespace neuroio::fuzz;

// Any body as a page of usage rows.
extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QString endpoint = QStringLiteral("GET /v1/billing/usage/");
    const QByteArray body = bodyOf(data, size);
    // The one-pass reader answers only where the general reader agrees, to the sign of zero.
    if (const auto plain = readPlainUsagePage(body)) {
        const auto general = ResponseParser::usagePageFromAnyJson(body, endpoint);
        require(general.isOk() && *plain == general.value);
        for (qsizetype i = 0; i < plain->results.size(); ++i) {
            const auto &quantity = plain->results[i].quantity;
            require(!quantity
                    || std::signbit(*quantity) == std::signbit(*general.value.results[i].quantity));
        }
    }
    const auto result = ResponseParser::usagePage(body, endpoint);
    checkResult(result, endpoint);
    if (!result.isOk())
        return 0;
    // A count is a number of rows: the pager trusts it not to be negative.
    require(!result.value.count || *result.value.count >= 0);
    const QJsonArray sent = resultsOf(bodyOf(data, size));
    require(sent.size() == result.value.results.size());
    for (qsizetype i = 0; i < sent.size(); ++i) {
        const QJsonObject o = sent.at(i).toObject();
        const UsageRecord &record = result.value.results.at(i);
        requireSameInteger(o.value(QLatin1String("id")), record.id);
        requireSameInteger(o.value(QLatin1String("space_id")), record.spaceId);
        requireSameInteger(o.value(QLatin1String("event_type")), record.eventType);
        requireExtrasAreTheRest(
            o, record.extras, {"id", "month", "space_id", "space_name", "event_type", "quantity"});
    }
    return 0;
}
