#include "ui/output/exportactions.h"

#include "core/export/totalsexporter.h"
#include "core/export/usageexporter.h"
#include "ui/dashboard/dashboardcontroller.h"
#include "ui/output/exportdialog.h"
#include "ui/output/reportwriter.h"

#include <QAction>
#include <QFileDialog>
#include <QLocale>
#include <QMenu>
#include <QProgressDialog>

namespace neuroio::ui {

using Panel = DashboardController::Panel;
using State = DashboardController::State;

ExportActions::ExportActions(DashboardController *controller, BillingClient *client,
                             QWidget *window)
    : QObject(window)
    , m_controller(controller)
    , m_window(window)
    , m_usage(new UsageExporter(client, this))
    , m_totals(new TotalsExporter(client, this))
{
    connect(m_usage, &UsageExporter::progress, this, [this](const PagerProgress &p) {
        showProgress(tr("Exporting usage"), static_cast<int>(p.rowsDone),
                     static_cast<int>(p.rowsTotal));
    });
    connect(m_totals, &TotalsExporter::progress, this,
            [this](int done, int total) { showProgress(tr("Exporting totals"), done, total); });
    connect(m_usage, &UsageExporter::finished, this, &ExportActions::onFinished);
    connect(m_totals, &TotalsExporter::finished, this, &ExportActions::onFinished);
    connect(m_controller, &DashboardController::stateChanged, this, &ExportActions::updateActions);
}

void ExportActions::addTo(QMenu *menu)
{
    m_usageAction = menu->addAction(tr("Export &usage…"), this, &ExportActions::askForUsage);
    m_usageAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_usageAction->setToolTip(tr("Every row of the current filters, all pages (Ctrl+E)"));
    m_totalsAction = menu->addAction(tr("Export &totals…"), this, &ExportActions::askForTotals);
    m_reportAction
        = menu->addAction(tr("Export &report (PDF)…"), this, &ExportActions::askForReport);
    updateActions();
}

void ExportActions::setDashboardShown(bool shown)
{
    m_dashboardShown = shown;
    updateActions();
}

void ExportActions::updateActions()
{
    if (!m_usageAction)
        return;
    m_usageAction->setEnabled(m_dashboardShown);
    m_totalsAction->setEnabled(m_dashboardShown);
    const auto loaded = [this](Panel panel) {
        const State state = m_controller->state(panel);
        return state == State::Ready || state == State::Empty;
    };
    m_reportAction->setEnabled(m_dashboardShown && loaded(Panel::Charts) && loaded(Panel::Totals));
}

QString ExportActions::defaultFileStem(const QString &kind) const
{
    const DashboardFilters &f = m_controller->filters();
    QString name = defaultExportFileName(
        kind, f.accountId, f.range.isValid() ? std::optional<Month>(f.range.from()) : std::nullopt,
        f.range.isValid() ? std::optional<Month>(f.range.to()) : std::nullopt, QStringLiteral("x"));
    name.chop(2);
    return name;
}

void ExportActions::askForUsage()
{
    ExportDialog dialog(ExportDialog::Kind::Usage,
                        defaultFileStem(QStringLiteral("usage")) + QLatin1Char('.')
                            + ExportDialog::savedOptions().fileSuffix(),
                        m_window);
    if (dialog.exec() == QDialog::Accepted)
        exportUsage(dialog.path(), dialog.options());
}

void ExportActions::askForTotals()
{
    ExportDialog dialog(ExportDialog::Kind::Totals,
                        defaultFileStem(QStringLiteral("totals")) + QLatin1Char('.')
                            + ExportDialog::savedOptions().fileSuffix(),
                        m_window);
    if (dialog.exec() == QDialog::Accepted)
        exportTotals(dialog.path(), dialog.options(), dialog.totalsByMonth());
}

ApiError ExportActions::exportUsage(const QString &path, const ExportOptions &options)
{
    const DashboardFilters &f = m_controller->filters();
    ApiError error = m_usage->start(f.query(), f.accountId, options, path);
    if (!error.isOk())
        emit failed(tr("Export not started: %1").arg(error.userMessage()));
    else
        showProgress(tr("Exporting usage"), 0, 0);
    return error;
}

ApiError ExportActions::exportTotals(const QString &path, const ExportOptions &options,
                                     bool byMonth)
{
    const DashboardFilters &f = m_controller->filters();
    ApiError error = m_totals->start(f.query(), f.accountId, byMonth, options, path);
    if (!error.isOk())
        emit failed(tr("Export not started: %1").arg(error.userMessage()));
    else
        showProgress(tr("Exporting totals"), 0, 0);
    return error;
}

ApiError ExportActions::exportReport(const QString &path, int *pageCount)
{
    return ReportWriter::write(m_controller->reportContent(QDateTime::currentDateTime()), path,
                               pageCount);
}

void ExportActions::askForReport()
{
    const QString path = QFileDialog::getSaveFileName(m_window, tr("Export report"),
                                                      defaultFileStem(QStringLiteral("report"))
                                                          + QStringLiteral(".pdf"),
                                                      tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return;
    int pages = 0;
    const ApiError error = exportReport(path, &pages);
    if (error.isOk())
        emit statusMessage(tr("Wrote a %1-page report to %2").arg(QLocale().toString(pages), path),
                           10000);
    else
        emit failed(tr("Report not written: %1").arg(error.userMessage()));
}

void ExportActions::showProgress(const QString &text, int done, int total)
{
    if (!m_progress) {
        m_progress = new QProgressDialog(m_window);
        m_progress->setWindowModality(Qt::WindowModal);
        m_progress->setMinimumDuration(400);
        m_progress->setAutoClose(false);
        m_progress->setAutoReset(false);
        connect(m_progress, &QProgressDialog::canceled, this, [this] {
            m_usage->cancel();
            m_totals->cancel();
        });
    }
    // A page arrives every few milliseconds; a modal dialog's setValue() runs the event loop
    // and repaints. Ten updates a second read as smooth, and leave the export its time.
    const bool last = total > 0 && done >= total;
    if (m_progressUpdated.isValid() && m_progressUpdated.elapsed() < kProgressIntervalMs && !last)
        return;
    m_progressUpdated.start();
    const QLocale locale;
    m_progress->setMaximum(std::max(total, 0));
    m_progress->setLabelText(
        total > 0 ? tr("%1: %2 of %3").arg(text, locale.toString(done), locale.toString(total))
                  : tr("%1…").arg(text));
    // Last: a shown modal dialog's setValue() runs the event loop, in which the remaining
    // pages can arrive and the export end (onFinished lets the dialog go). Nothing of it may
    // be touched after this call.
    m_progress->setValue(std::min(done, std::max(total, 0)));
}

void ExportActions::onFinished(const ExportOutcome &outcome)
{
    m_progressUpdated.invalidate();
    if (m_progress) {
        m_progress->deleteLater();
        m_progress = nullptr;
    }
    if (outcome.isDone()) {
        emit statusMessage(
            tr("Wrote %1 rows to %2").arg(QLocale().toString(outcome.rows), outcome.path), 10000);
    } else if (outcome.error.isCancelled()) {
        emit statusMessage(tr("Export cancelled; nothing was written."), 10000);
    } else {
        emit failed(tr("Export failed: %1").arg(outcome.message()));
    }
    emit finished(outcome);
}

} // namespace neuroio::ui
