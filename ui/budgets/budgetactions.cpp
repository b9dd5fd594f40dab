#include "ui/budgets/budgetactions.h"

#include "core/insights/budgetfile.h"
#include "ui/budgets/budgetalerts.h"
#include "ui/budgets/budgetmonitor.h"
#include "ui/budgets/budgetsdialog.h"
#include "ui/dashboard/dashboardcontroller.h"

#include <QAction>
#include <QMenu>
#include <QWidget>

namespace neuroio::ui {

BudgetActions::BudgetActions(DashboardController *controller, BillingClient *client,
                             QWidget *window)
    : QObject(window)
    , m_controller(controller)
    , m_window(window)
    , m_monitor(new BudgetMonitor(client, this))
    , m_alerts(new BudgetAlerts(window))
    , m_edit(new QAction(tr("B&udgets…"), this))
{
    m_edit->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B));
    m_edit->setEnabled(false);
    connect(m_edit, &QAction::triggered, this, &BudgetActions::edit);
    connect(m_monitor, &BudgetMonitor::budgetsChanged, this, [this] {
        m_controller->setBudgets(m_monitor->budgets());
        if (!m_monitor->loadError().isOk())
            emit statusMessage(m_monitor->loadError().userMessage(), 0);
    });
    connect(m_monitor, &BudgetMonitor::statusesChanged, this, [this] {
        m_controller->setBudgetStatuses(m_monitor->statuses(), m_monitor->checkedAccount());
        if (m_monitor->checkError().isFailure()) {
            emit statusMessage(tr("The budgets could not be checked: %1")
                                   .arg(m_monitor->checkError().userMessage()),
                               15000);
        }
    });
    connect(m_monitor, &BudgetMonitor::crossed, m_alerts, &BudgetAlerts::alert);
    connect(m_alerts, &BudgetAlerts::alerted, this,
            [this](const QString &title) { emit statusMessage(title, 30000); });
    connect(m_controller, &DashboardController::settled, this, &BudgetActions::onDashboardSettled);
}

void BudgetActions::load(const QString &path)
{
    m_monitor->load(path.isEmpty() ? BudgetFile::defaultPath() : path);
}

void BudgetActions::addTo(QMenu *menu)
{
    menu->addAction(m_edit);
}

void BudgetActions::setEnabled(bool enabled)
{
    m_edit->setEnabled(enabled);
}

void BudgetActions::sessionOpened()
{
    m_monitor->forgetChecks();
    m_force = true;
}

void BudgetActions::edit()
{
    BudgetsDialog dialog(m_monitor, m_controller->spaces(), m_window);
    if (dialog.exec() == QDialog::Accepted) {
        emit statusMessage(tr("Budgets saved to %1.").arg(m_monitor->path()), 8000);
        m_force = true;
        onDashboardSettled();
    }
}

void BudgetActions::onDashboardSettled()
{
    // A dashboard whose token was refused has nothing to check with.
    if (m_controller->state(DashboardController::Panel::Totals)
        == DashboardController::State::Failed) {
        return;
    }
    m_monitor->check(m_controller->filters().accountId, m_force);
    m_force = false;
}

} // namespace neuroio::ui
