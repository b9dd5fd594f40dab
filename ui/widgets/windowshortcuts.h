#pragma once

#include <QObject>

class QAction;
class QWidget;

namespace neuroio::ui {

// Makes a window's own shortcuts (Export Ctrl+E, Refresh F5, Back Alt+Left, ...) work
// whatever has focus. A text field claims some keys for editing first (Ctrl+E moves to the
// end of the line, on X11), so without this the editable Scope box swallowed Ctrl+E. Only
// the actions given here take priority; every other key stays with the focused widget.
class WindowShortcuts final : public QObject
{
    Q_OBJECT

public:
    explicit WindowShortcuts(QWidget *window);

    void add(QAction *action);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *m_window;
    QList<QAction *> m_actions;
};

} // namespace neuroio::ui
