#include "core/export/totalsexporter.h"

#include "core/api/eventtype.h"
#include "core/export/usageexporter.h"

namespace neuroio {

TotalsExporter::TotalsExporter(BillingClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_requests(client, this)
{}

TotalsExporter::~TotalsExporter() = default;

ApiError TotalsExporter::start(const BillingQuery &query, std::optional<qint64> accountId,
                               bool byMonth, const ExportOptions &options, const QString &path)
{
    if (ApiError problem = options.check(); !problem.isOk())
        return problem;
    if (ApiError problem = query.check(); !problem.isOk())
        return problem;
    if (byMonth && (!query.monthFrom || !query.monthTo)) {
        return ApiError::invalidInput(
            tr("totals by month need both ends of the range (--from and --to)"));
    }
    m_query = query;
    m_query.limit.reset();
    m_query.offset.reset();
    m_accountId = accountId;
    m_months.clear();
    if (byMonth) {
        for (Month m = *query.monthFrom; m <= *query.monthTo; m = m.addMonths(1))
            m_months.append(m);
    }
    QStringList columns;
    if (byMonth)
        columns.append(QStringLiteral("month"));
    columns << QStringLiteral("event_type") << QStringLiteral("event_type_name")
            << QStringLiteral("quantity") << QStringLiteral("unit");
    auto sink = std::make_unique<ExportSink>(options);
    // JSON keeps exactly the server's fields; the names and units are for people reading CSV.
    sink->setCsvOnlyColumns(UsageExporter::csvOnlyColumns() << QStringLiteral("unit"));
    if (ApiError problem = sink->open(path, columns); !problem.isOk())
        return problem;
    m_sink = std::move(sink);
    m_requests.start(
        byMonth ? static_cast<int>(m_months.size()) : 1,
        [this](int index, QObject *context, BillingClient::Callback<UsageTotals> done) {
            BillingQuery q = m_query;
            if (!m_months.isEmpty())
                q.monthFrom = q.monthTo = m_months[index];
            return m_client->usageTotal(m_accountId, q, context, std::move(done));
        },
        [this](int index, const Result<UsageTotals> &result) { onTotals(index, result); });
    return {};
}

void TotalsExporter::onTotals(int index, const Result<UsageTotals> &result)
{
    if (!result.isOk()) {
        finish(result.error);
        return;
    }
    ApiError error;
    for (const UsageTotal &t : result.value) {
        ExportRow row;
        if (!m_months.isEmpty())
            row.append(
                {QStringLiteral("month"), ExportValue::fromText(m_months[index].toString())});
        row.append({QStringLiteral("event_type"),
                    t.eventType ? ExportValue::fromNumber(*t.eventType) : ExportValue::missing()});
        row.append({QStringLiteral("event_type_name"),
                    t.eventType ? ExportValue::fromText(eventTypeDisplayName(*t.eventType))
                                : ExportValue::missing()});
        row.append({QStringLiteral("quantity"),
                    t.quantity ? ExportValue::fromNumber(*t.quantity) : ExportValue::missing()});
        // Over a range, a level's total is in unit-months; in one month it is the level.
        const int type = t.eventType.value_or(0);
        row.append({QStringLiteral("unit"),
                    ExportValue::fromText(m_months.isEmpty() ? eventTypeTotalUnit(type)
                                                             : eventTypeUnit(type))});
        for (const ExtraField &e : t.extras)
            row.append({e.name, ExportValue::fromJson(e.value)});
        error = m_sink->writeRow(row);
        if (!error.isOk())
            break;
    }
    const int total = m_requests.count();
    if (error.isOk()) {
        emit progress(index + 1, total);
        if (index + 1 < total)
            return;
        error = m_sink->finish();
    }
    finish(error);
}

void TotalsExporter::cancel()
{
    if (!m_sink)
        return;
    finish(ApiError::cancelled(BillingClient::usageTotalEndpoint(m_accountId)));
}

void TotalsExporter::finish(const ApiError &error)
{
    m_requests.cancel();
    const ExportOutcome outcome = m_sink->outcome(error);
    m_sink.reset();
    emit finished(outcome);
}

} // namespace neuroio
