#pragma once

#include <QObject>

class QAction;
class QMenu;
class QWidget;

namespace neuroio {
class BillingClient;
} // namespace neuroio

namespace neuroio::ui {

class BudgetAlerts;
class BudgetMonitor;
class DashboardController;

// Budgets in the window: Budgets… in the View menu (BudgetsDialog), the budgets' lines and
// states on the dashboard, and a notification when a check finds one worse. The budgets are
// checked for the dashboard's account once it has loaded: after a change of account, after
// Refresh, after a save, and otherwise at most every BudgetMonitor::kRecheckAfterSeconds.
class BudgetActions final : public QObject
{
    Q_OBJECT

public:
    BudgetActions(DashboardController *controller, BillingClient *client, QWidget *window);

    BudgetMonitor *monitor() const { return m_monitor; }

    // Reads the budgets file (BudgetFile::defaultPath(), or path).
    void load(const QString &path = QString());
    void addTo(QMenu *menu);
    void setEnabled(bool enabled);
    // The next time the dashboard settles, check again even if the last check is recent.
    void checkAgainSoon() { m_force = true; }
    // A new session (another server or token): nothing checked before applies.
    void sessionOpened();
    void edit();

signals:
    void statusMessage(const QString &text, int timeoutMs);

private:
    void onDashboardSettled();

    DashboardController *m_controller;
    QWidget *m_window;
    BudgetMonitor *m_monitor;
    BudgetAlerts *m_alerts;
    QAction *m_edit;
    bool m_force = false;
};

} // namespace neuroio::ui
