#include "core/export/totalsexporter.h"

#include "core/api/eventtype.h"
#include "core/export/usageexporter.h"

namespace neuroio {

TotalsExporter::TotalsExporter(BillingClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{}

TotalsExporter::~TotalsExporter()
{
    for (const auto &call : m_inFlight)
        m_client->cancel(call.second);
}

bool TotalsExporter::start(const BillingQuery &query, std::optional<qint64> accountId, bool byMonth,
                           const ExportOptions &options, const QString &path, QString *error)
{
    if (const QString problem = options.problem(); !problem.isEmpty()) {
        *error = problem;
        return false;
    }
    if (const QString problem = query.validationError(); !problem.isEmpty()) {
        *error = problem;
        return false;
    }
    if (byMonth && (!query.monthFrom || !query.monthTo)) {
        *error = QStringLiteral("totals by month need both ends of the range (--from and --to)");
        return false;
    }
    m_query = query;
    m_query.limit.reset();
    m_query.offset.reset();
    m_accountId = accountId;
    m_byMonth = byMonth;
    m_months.clear();
    if (byMonth) {
        for (Month m = *query.monthFrom; m <= *query.monthTo; m = m.addMonths(1))
            m_months.append(m);
    }
    QStringList columns;
    if (byMonth)
        columns.append(QStringLiteral("month"));
    columns << QStringLiteral("event_type") << QStringLiteral("event_type_name")
            << QStringLiteral("quantity");
    auto sink = std::make_unique<ExportSink>(options);
    sink->setCsvOnlyColumns(UsageExporter::csvOnlyColumns());
    if (!sink->open(path, columns, error))
        return false;
    m_sink = std::move(sink);
    m_nextRequest = 0;
    m_done = 0;
    m_answers.clear();
    requestNext();
    return true;
}

void TotalsExporter::requestNext()
{
    const int total = m_byMonth ? static_cast<int>(m_months.size()) : 1;
    while (m_nextRequest < total && static_cast<int>(m_inFlight.size()) < kMaxInFlight) {
        const int index = m_nextRequest++;
        BillingQuery q = m_query;
        if (m_byMonth)
            q.monthFrom = q.monthTo = m_months[index];
        auto done = [this, index](const Result<UsageTotals> &r) { onTotals(index, r); };
        m_inFlight[index] = m_accountId ? m_client->accountUsageTotal(*m_accountId, q, this, done)
                                        : m_client->usageTotal(q, this, done);
    }
}

void TotalsExporter::onTotals(int index, const Result<UsageTotals> &result)
{
    m_inFlight.erase(index);
    if (!m_sink || result.error.isCancelled())
        return;
    if (!result.isOk()) {
        ExportOutcome outcome;
        outcome.status = ExportOutcome::Status::RequestFailed;
        outcome.requestError = result.error;
        finish(outcome);
        return;
    }
    m_answers[index] = result.value;
    ++m_done;
    const int total = m_byMonth ? static_cast<int>(m_months.size()) : 1;
    emit progress(m_done, total);
    if (m_done < total) {
        requestNext();
        return;
    }
    QString error;
    for (const auto &answer : m_answers) {
        for (const UsageTotal &t : answer.second) {
            ExportRow row;
            if (m_byMonth)
                row.append({QStringLiteral("month"),
                            ExportValue::fromText(m_months[answer.first].toString())});
            row.append({QStringLiteral("event_type"), t.eventType
                                                          ? ExportValue::fromNumber(*t.eventType)
                                                          : ExportValue::missing()});
            row.append({QStringLiteral("event_type_name"),
                        t.eventType ? ExportValue::fromText(eventTypeDisplayName(*t.eventType))
                                    : ExportValue::missing()});
            row.append({QStringLiteral("quantity"), t.quantity
                                                        ? ExportValue::fromNumber(*t.quantity)
                                                        : ExportValue::missing()});
            for (const ExtraField &e : t.extras)
                row.append({e.name, ExportValue::fromJson(e.value)});
            if (!m_sink->writeRow(row, &error))
                break;
        }
        if (!error.isEmpty())
            break;
    }
    ExportOutcome outcome;
    if (error.isEmpty() && !m_sink->finish(&error))
        outcome.status = ExportOutcome::Status::WriteFailed;
    if (!error.isEmpty()) {
        outcome.status = ExportOutcome::Status::WriteFailed;
        outcome.writeError = error;
    }
    finish(outcome);
}

void TotalsExporter::cancel()
{
    if (!m_sink)
        return;
    ExportOutcome outcome;
    outcome.status = ExportOutcome::Status::Cancelled;
    finish(outcome);
}

void TotalsExporter::finish(ExportOutcome outcome)
{
    for (const auto &call : m_inFlight)
        m_client->cancel(call.second);
    m_inFlight.clear();
    if (m_sink) {
        outcome.path = m_sink->path();
        outcome.rows = m_sink->rowsWritten();
        if (!outcome.isDone())
            m_sink->discard();
    }
    m_sink.reset();
    emit finished(outcome);
}

} // namespace neuroio
