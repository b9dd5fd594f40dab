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

    // detail: what Loading is doing, or why Failed (a short plain sentence); technical: the
    // full error, shown under Details for a failure.
    void setState(DashboardController::State state, const QString &detail = QString(),
                  const QString &technical = QString());
    DashboardController::State state() const { return m_state; }
    void setSubtitle(const QString &text);
    void addHeaderWidget(QWidget *widget);
    QTableView *tableView() const { return m_table; }
    QString messageText() const;
    // The full error behind a failure, shown when Details is pressed.
    QString detailsText() const;

private:
    void updatePage();
    void orderFocus();

    DashboardController::State m_state = DashboardController::State::Idle;
    QLabel *m_title;
    QLabel *m_subtitle;
    QHBoxLayout *m_header;
    QToolButton *m_tableToggle = nullptr;
    QStackedWidget *m_stack;
    QWidget *m_content;
    QTableView *m_table = nullptr;
    QWidget *m_messagePage;
    QLabel *m_message;
    QToolButton *m_detailsButton;
    QLabel *m_details;
};

} // namespace neuroio::ui
