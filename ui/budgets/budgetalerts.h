#pragma once

#include "core/insights/budgetstatus.h"

#include <QObject>

class QSystemTrayIcon;
class QWidget;

namespace neuroio::ui {

// One desktop notification for each check that found budgets worse than before, through the
// system tray where there is one. Where there is none, alerted() still carries the message
// for the status bar; the tiles show every budget's state either way.
class BudgetAlerts final : public QObject
{
    Q_OBJECT

public:
    // window: raised when the notification is clicked; its icon is the tray's.
    explicit BudgetAlerts(QWidget *window);

    // What the notification says: a title naming the budgets by state, the worst first, and
    // a line per budget with its figures.
    static QString titleFor(const QList<BudgetStatus> &worse);
    static QString messageFor(const QList<BudgetStatus> &worse);

    void alert(const QList<neuroio::BudgetStatus> &worse);

signals:
    void alerted(const QString &title, const QString &message);

private:
    QWidget *m_window;
    QSystemTrayIcon *m_tray = nullptr;
};

} // namespace neuroio::ui
