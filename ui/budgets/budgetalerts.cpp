#include "ui/budgets/budgetalerts.h"

#include <QSystemTrayIcon>
#include <QWidget>

namespace neuroio::ui {

BudgetAlerts::BudgetAlerts(QWidget *window)
    : QObject(window)
    , m_window(window)
{}

QString BudgetAlerts::titleFor(const QList<BudgetStatus> &worse)
{
    // Each state with the budgets in it, the worst first: "Over budget: A · At risk: B; C".
    QStringList parts;
    for (const auto state : {BudgetStatus::State::Over, BudgetStatus::State::AtRisk}) {
        QStringList titles;
        for (const BudgetStatus &status : worse) {
            if (status.state == state)
                titles.append(status.budget.title());
        }
        if (!titles.isEmpty()) {
            // Titles have commas of their own ("API calls, every space"): semicolons
            // between them.
            parts.append(
                tr("%1: %2", "a budget state: the budgets' titles")
                    .arg(BudgetStatus::stateTitle(state), titles.join(QStringLiteral("; "))));
        }
    }
    return parts.join(QStringLiteral(" · "));
}

QString BudgetAlerts::messageFor(const QList<BudgetStatus> &worse)
{
    QStringList lines;
    for (const BudgetStatus &status : worse)
        lines.append(status.text());
    return lines.join(QLatin1Char('\n'));
}

void BudgetAlerts::alert(const QList<BudgetStatus> &worse)
{
    if (worse.isEmpty())
        return;
    const QString title = titleFor(worse);
    const QString message = messageFor(worse);
    if (!m_tray && QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new QSystemTrayIcon(m_window->windowIcon(), this);
        m_tray->setToolTip(m_window->windowTitle());
        connect(m_tray, &QSystemTrayIcon::messageClicked, m_window, [this] {
            m_window->showNormal();
            m_window->raise();
            m_window->activateWindow();
        });
        m_tray->show();
    }
    if (m_tray) {
        const bool over = worse.first().state == BudgetStatus::State::Over;
        m_tray->showMessage(title, message,
                            over ? QSystemTrayIcon::Critical : QSystemTrayIcon::Warning);
    }
    emit alerted(title, message);
}

} // namespace neuroio::ui
