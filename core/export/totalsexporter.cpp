#include "core/export/totalsexporter.h"

#include "core/api/eventtype.h"
#include "core/export/usageexporter.h"

namespace neuroio {

TotalsExporter::TotalsExporter(BillingClient *client, QObject *parent)
    : QObject(parent)
    , m_loader(client)
{
    connect(&m_loader, &TotalsLoader::answered, this, &TotalsExporter::onTotals);
    connect(&m_loader, &TotalsLoader::finished, this, [this](const ApiError &error) {
        if (m_sink)
            finish(error.isOk() ? m_sink->finish() : error);
    });
}

TotalsExporter::~TotalsExporter()
{
    m_loader.disconnect(this);
}

ApiError TotalsExporter::start(const BillingQuery &query, std::optional<qint64> accountId,
                               bool byMonth, const ExportOptions &options, const QString &path)
{
    const TotalsLoader::Split split
        = byMonth ? TotalsLoader::Split::ByMonth : TotalsLoader::Split::WholeRange;
    if (ApiError problem = options.check(); !problem.isOk())
        return problem;
    // Before the file is opened: nothing is written for a query that cannot be sent.
    if (ApiError problem = TotalsLoader::check(query, split); !problem.isOk())
        return problem;
    m_accountId = accountId;
    m_byMonth = byMonth;
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
    // Checked above, so it starts.
    return m_loader.start(query, accountId, split);
}

void TotalsExporter::onTotals(int index, const UsageTotals &totals)
{
    ApiError error;
    const Month month = m_loader.months().at(index);
    for (const UsageTotal &t : totals) {
        ExportRow row;
        if (m_byMonth)
            row.append({QStringLiteral("month"), ExportValue::fromText(month.toString())});
        row.append({QStringLiteral("event_type"),
                    t.eventType ? ExportValue::fromNumber(*t.eventType) : ExportValue::missing()});
        row.append({QStringLiteral("event_type_name"),
                    t.eventType ? ExportValue::fromText(eventTypeDisplayName(*t.eventType))
                                : ExportValue::missing()});
        row.append({QStringLiteral("quantity"),
                    t.quantity ? ExportValue::fromNumber(*t.quantity) : ExportValue::missing()});
        // Over a range, a level's total is in unit-months; in one month it is the level.
        const int type = t.eventType.value_or(0);
        row.append(
            {QStringLiteral("unit"),
             ExportValue::fromText(m_byMonth ? eventTypeUnit(type) : eventTypeTotalUnit(type))});
        for (const ExtraField &e : t.extras)
            row.append({e.name, ExportValue::fromJson(e.value)});
        error = m_sink->writeRow(row);
        if (!error.isOk())
            break;
    }
    if (!error.isOk()) {
        finish(error);
        return;
    }
    emit progress(index + 1, m_loader.answerCount());
}

void TotalsExporter::cancel()
{
    if (!m_sink)
        return;
    finish(ApiError::cancelled(BillingClient::usageTotalEndpoint(m_accountId)));
}

void TotalsExporter::finish(const ApiError &error)
{
    std::unique_ptr<ExportSink> sink = std::move(m_sink);
    m_loader.cancel(); // its finished() finds no sink
    const ExportOutcome outcome = sink->outcome(error);
    emit finished(outcome);
}

} // namespace neuroio
