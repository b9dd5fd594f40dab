#pragma once

#include <QDialog>

class QTableWidget;

namespace neuroio::ui {

// Lists keyboard shortcuts, one row an action: its name, and its keys.
class ShortcutsDialog final : public QDialog
{
    Q_OBJECT

public:
    // Each entry: an action's name without its mnemonic ("Export usage…"), and its keys
    // ("Ctrl+E"), as HelpActions::shortcuts() reads them from the window.
    explicit ShortcutsDialog(const QList<QPair<QString, QString>> &shortcuts,
                             QWidget *parent = nullptr);

    // The rows as shown: the action, then its keys.
    QList<QPair<QString, QString>> rows() const;

private:
    QTableWidget *m_table;
};

} // namespace neuroio::ui
