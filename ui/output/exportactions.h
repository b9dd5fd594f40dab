#pragma once

#include "core/api/apierror.h"
#include "core/export/exportoptions.h"
#include "core/export/exportoutcome.h"

#include <QElapsedTimer>
#include <QObject>

class QAction;
class QMenu;
class QProgressDialog;
class QWidget;

namespace neuroio {
class BillingClient;
class TotalsExporter;
class UsageExporter;
} // namespace neuroio

namespace neuroio::ui {

class DashboardController;

// The File menu's exports of what the dashboard shows: every usage row (all pages), the
// totals, and a PDF report, each to a file the person picks (ExportDialog), with a progress
// dialog that can cancel. It takes the filters and the report's content from the dashboard's
// controller, and says how each export ended.
class ExportActions final : public QObject
{
    Q_OBJECT

public:
    ExportActions(DashboardController *controller, BillingClient *client, QWidget *window);

    // Export usage…, Export totals…, Export report (PDF)….
    void addTo(QMenu *menu);
    // Exports need a dashboard; the report also needs its numbers loaded.
    void setDashboardShown(bool shown);

    // Every row of the current filters, all pages, to path; finished() reports the outcome.
    ApiError exportUsage(const QString &path, const ExportOptions &options);
    ApiError exportTotals(const QString &path, const ExportOptions &options, bool byMonth);
    ApiError exportReport(const QString &path, int *pageCount = nullptr);
    // "neuroio-usage_account-12_2024-01_2024-06" (without a suffix).
    QString defaultFileStem(const QString &kind) const;

signals:
    void finished(const neuroio::ExportOutcome &outcome);
    void statusMessage(const QString &text, int timeoutMs);
    void failed(const QString &text);

private:
    void askForUsage();
    void askForTotals();
    void askForReport();
    void showProgress(const QString &text, int done, int total);
    void onFinished(const ExportOutcome &outcome);
    void updateActions();

    DashboardController *m_controller;
    QWidget *m_window;
    UsageExporter *m_usage;
    TotalsExporter *m_totals;
    static constexpr qint64 kProgressIntervalMs = 100;
    QProgressDialog *m_progress = nullptr;
    QElapsedTimer m_progressUpdated; // invalid until the first update of an export
    QAction *m_usageAction = nullptr;
    QAction *m_totalsAction = nullptr;
    QAction *m_reportAction = nullptr;
    bool m_dashboardShown = false;
};

} // namespace neuroio::ui
