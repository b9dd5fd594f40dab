#include "ui/widgets/windowshortcuts.h"

#include <QAction>
#include <QApplication>
#include <QKeyEvent>
#include <QWidget>

namespace neuroio::ui {

WindowShortcuts::WindowShortcuts(QWidget *window)
    : QObject(window)
    , m_window(window)
{
    qApp->installEventFilter(this);
}

void WindowShortcuts::add(QAction *action)
{
    m_actions.append(action);
    connect(action, &QObject::destroyed, this, [this, action] { m_actions.removeAll(action); });
}

bool WindowShortcuts::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::ShortcutOverride)
        return false;
    auto *widget = qobject_cast<QWidget *>(watched);
    if (!widget || widget->window() != m_window)
        return false;
    const auto *key = static_cast<QKeyEvent *>(event);
    const QKeySequence pressed(key->keyCombination());
    for (QAction *action : std::as_const(m_actions)) {
        if (!action->isEnabled())
            continue;
        const QList<QKeySequence> shortcuts = action->shortcuts();
        for (const QKeySequence &shortcut : shortcuts) {
            if (shortcut.matches(pressed) == QKeySequence::ExactMatch) {
                // Left unaccepted, the override lets the shortcut map fire the action.
                event->ignore();
                return true;
            }
        }
    }
    return false;
}

} // namespace neuroio::ui
