#pragma once

#include "core/export/exportoutcome.h"
#include "core/export/exportsink.h"
#include "core/export/usagerowwriter.h"
#include "core/usage/usagepager.h"

#include <QObject>

#include <memory>

namespace neuroio {

// Writes every usage row of a query, all pages, to a file or standard output, as pages
// arrive. Memory stays flat however many rows there are. Ends with exactly one finished().
class UsageExporter final : public QObject
{
    Q_OBJECT

public:
    explicit UsageExporter(BillingClient *client, QObject *parent = nullptr);
    ~UsageExporter() override;

    // id, month, space_id, space_name, event_type, event_type_name, quantity
    static QStringList standardColumns();
    // Added for people, not sent by the server: CSV has them, JSON does not.
    static QStringList csvOnlyColumns() { return {QStringLiteral("event_type_name")}; }

    UsagePager *pager() const { return m_pager; }

    // An error when the options, the query or the output cannot be used; nothing is
    // requested then.
    ApiError start(const BillingQuery &query, std::optional<qint64> accountId,
                   const ExportOptions &options, const QString &path);
    void cancel();
    bool isRunning() const { return m_sink != nullptr; }

signals:
    void progress(const neuroio::PagerProgress &progress);
    void finished(const neuroio::ExportOutcome &outcome);

private:
    void onPage(const UsagePage &page);
    void onPagerFinished(const ApiError &error);

    UsagePager *m_pager;
    std::unique_ptr<ExportSink> m_sink;
    std::unique_ptr<UsageRowWriter> m_rows; // into m_sink
    ApiError m_writeError;
};

} // namespace neuroio
