#include "core/export/usageexporter.h"

namespace neuroio {

UsageExporter::UsageExporter(BillingClient *client, QObject *parent)
    : QObject(parent)
    , m_pager(new UsagePager(client, this))
{
    connect(m_pager, &UsagePager::pageReady, this, &UsageExporter::onPage);
    connect(m_pager, &UsagePager::progress, this, &UsageExporter::progress);
    connect(m_pager, &UsagePager::finished, this, &UsageExporter::onPagerFinished);
}

UsageExporter::~UsageExporter()
{
    m_pager->disconnect(this);
}

QStringList UsageExporter::standardColumns()
{
    return UsageExportRows::standardCells();
}

ApiError UsageExporter::start(const BillingQuery &query, std::optional<qint64> accountId,
                              const ExportOptions &options, const QString &path)
{
    if (m_sink)
        cancel();
    if (ApiError problem = options.check(); !problem.isOk())
        return problem;
    if (ApiError problem = query.check(); !problem.isOk())
        return problem;
    auto sink = std::make_unique<ExportSink>(options);
    sink->setCsvOnlyColumns(UsageExporter::csvOnlyColumns());
    if (ApiError problem = sink->open(path, standardColumns()); !problem.isOk())
        return problem;
    m_sink = std::move(sink);
    m_rows = std::make_unique<UsageRowWriter>(m_sink.get(), options);
    m_writeError = {};
    m_pager->start(query, accountId);
    return {};
}

void UsageExporter::cancel()
{
    m_pager->cancel();
}

void UsageExporter::onPage(const UsagePage &page)
{
    if (!m_sink)
        return;
    for (const UsageRecord &record : page.results) {
        if (ApiError failed = m_rows->write(record); !failed.isOk()) {
            m_writeError = failed;
            m_pager->cancel(); // finishes as a write failure, below
            return;
        }
    }
}

void UsageExporter::onPagerFinished(const ApiError &error)
{
    if (!m_sink)
        return;
    // Every row is written: make the file appear (or learn that it cannot).
    if (m_writeError.isOk() && error.isOk())
        m_writeError = m_sink->finish();
    // A write failure cancels the pager, so it explains the end better than the pager does.
    const ExportOutcome outcome = m_sink->outcome(m_writeError.isOk() ? error : m_writeError);
    m_rows.reset();
    m_sink.reset();
    emit finished(outcome);
}

} // namespace neuroio
