#include "app/screenshottaker.h"

#include "app/exitcodes.h"
#include "core/api/wholefile.h"
#include "ui/accounts/accountsoverviewpage.h"
#include "ui/dashboard/dashboardcontroller.h"
#include "ui/mainwindow.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QPixmap>
#include <QTextStream>
#include <QTimer>

namespace neuroio::app {

using Panel = ui::DashboardController::Panel;
using State = ui::DashboardController::State;

ScreenshotTaker::ScreenshotTaker(ui::MainWindow *window, QString file, int timeoutSeconds,
                                 Page page, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_file(std::move(file))
    , m_timeoutSeconds(timeoutSeconds)
    , m_page(page)
{
    if (page == Page::AccountsOverview) {
        connect(window->accountsOverview(), &ui::AccountsOverviewPage::loaded, this,
                [this] { QTimer::singleShot(400, this, &ScreenshotTaker::capture); });
    } else {
        connect(window->controller(), &ui::DashboardController::settled, this,
                &ScreenshotTaker::onSettled);
    }
    QTimer::singleShot(timeoutSeconds * 1000, this, [this] {
        finish(ExitFailed,
               tr("the dashboard did not finish loading within %1 s").arg(m_timeoutSeconds));
    });
    if (!window->isShowingDashboard()) {
        // Nothing to load: the first screen is the picture.
        QTimer::singleShot(300, this, &ScreenshotTaker::capture);
    }
}

void ScreenshotTaker::onSettled()
{
    // Let the charts, rebuilt from the final models, paint once before the grab.
    QTimer::singleShot(400, this, [this] {
        if (m_window->controller()->isSettled())
            capture();
    });
}

void ScreenshotTaker::capture()
{
    if (m_done)
        return;
    QStringList failures;
    if (m_window->isShowingDashboard()) {
        for (Panel p : {Panel::Table, Panel::Totals, Panel::Trend, Panel::Charts}) {
            if (m_window->controller()->state(p) == State::Failed)
                failures.append(m_window->controller()->error(p).userMessage());
        }
    }
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    m_window->grab().save(&buffer, "PNG");
    if (const ApiError written = writeWholeFile(m_file, png); !written.isOk()) {
        finish(ExitFailed, written.userMessage());
        return;
    }
    if (!failures.isEmpty()) {
        failures.removeDuplicates();
        finish(ExitFailed, tr("saved %1, but loading failed: %2")
                               .arg(m_file, failures.join(QStringLiteral("; "))));
        return;
    }
    if (m_page == Page::AccountsOverview) {
        finish(ExitOk, tr("saved %1: the accounts overview; %2")
                           .arg(m_file, m_window->accountsOverview()->statusText()));
        return;
    }
    if (!m_window->isShowingDashboard()) {
        finish(ExitOk, tr("saved %1: the first screen").arg(m_file));
        return;
    }
    // What the picture shows, as its toolbar says it, so the command line can be checked.
    const ReportContent shown = m_window->controller()->reportContent(QDateTime::currentDateTime());
    finish(
        ExitOk,
        tr("saved %1: %2, %3, %4").arg(m_file, shown.scope, shown.range.toString(), shown.filters));
}

void ScreenshotTaker::finish(int exitCode, const QString &message)
{
    if (m_done)
        return;
    m_done = true;
    QTextStream(exitCode == ExitOk ? stdout : stderr) << "neuroio-billing: " << message << '\n';
    // Closed as a person closes it, so it keeps (or, for a demo, does not keep) its state.
    m_window->close();
    QCoreApplication::exit(exitCode);
}

} // namespace neuroio::app
