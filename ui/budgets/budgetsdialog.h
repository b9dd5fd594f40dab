#pragma once

#include "core/api/space.h"
#include "core/insights/budget.h"

#include <QDialog>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace neuroio::ui {

class BudgetMonitor;
class MultiSelectButton;

// Sets the budgets: a monthly limit on a flow or a ceiling on a level, per event type and
// spaces. Save writes the budgets file through the monitor (whole or not at all) and closes;
// a failed write says why and keeps the dialog open with every edit.
class BudgetsDialog final : public QDialog
{
    Q_OBJECT

public:
    // spaces: the dashboard's spaces, to choose from; a budget's spaces not among them are
    // listed by their ids.
    BudgetsDialog(BudgetMonitor *monitor, const QList<Space> &spaces, QWidget *parent = nullptr);

    QList<Budget> budgets() const { return m_budgets; }
    // The editor of the selected budget, for tests as for people.
    QListWidget *list() const { return m_list; }
    QLineEdit *nameEdit() const { return m_name; }
    QComboBox *typeBox() const { return m_type; }
    MultiSelectButton *spacesButton() const { return m_spaces; }
    QDoubleSpinBox *limitBox() const { return m_limit; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *removeButton() const { return m_remove; }
    QString problemText() const;

    void accept() override;

private:
    void addBudget();
    void removeBudget();
    void showBudget(int row);
    // The parts of the editor that follow the budget's type: its unit, its kind, its title.
    void describe(const Budget *budget);
    void edited();
    void refreshRow(int row);
    void setSpaceItems(const QList<qint64> &chosen);

    BudgetMonitor *m_monitor;
    QList<Space> m_knownSpaces;
    QList<Budget> m_budgets;
    QListWidget *m_list;
    QPushButton *m_add;
    QPushButton *m_remove;
    QLineEdit *m_name;
    QComboBox *m_type;
    MultiSelectButton *m_spaces;
    QDoubleSpinBox *m_limit;
    QLabel *m_kind;
    QLabel *m_problem;
    bool m_filling = false;
};

} // namespace neuroio::ui
