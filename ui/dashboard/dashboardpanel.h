#pragma once

#include "ui/dashboard/dashboardcontroller.h"

#include <QFrame>

class QAbstractItemModel;
class QHBoxLayout;
class QLabel;
class QStackedWidget;
class QTableView;
class QToolButton;

namespace neuroio::ui {

// A titled panel that shows its content, or that it is loading, empty or failed; and, for a
// chart, the same numbers as a table one click away (also the accessible alternative).
class DashboardPanel final : public QFrame
{
    Q_OBJECT

public:
    DashboardPanel(const QString &title, QWidget *content, QAbstractItemModel *tableModel,
                   QWidget *parent = nullptr);

    void setState(DashboardController::State state, const QString &detail = QString());
    DashboardController::State state() const { return m_state; }
    void setSubtitle(const QString &text);
    void addHeaderWidget(QWidget *widget);
    QTableView *tableView() const { return m_table; }
    QString messageText() const;

private:
    void updatePage();

    DashboardController::State m_state = DashboardController::State::Idle;
    QLabel *m_title;
    QLabel *m_subtitle;
    QHBoxLayout *m_header;
    QToolButton *m_tableToggle = nullptr;
    QStackedWidget *m_stack;
    QWidget *m_content;
    QTableView *m_table = nullptr;
    QLabel *m_message;
};

} // namespace neuroio::ui
