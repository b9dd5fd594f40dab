#pragma once

#include <QObject>

class QMenu;
class QWidget;

namespace neuroio::ui {

// The Help menu: the keyboard shortcuts (read from the window's own actions, so the list is
// never out of date) and About, with the version, the Qt it runs on, the licence and where
// the documentation is.
class HelpActions final : public QObject
{
    Q_OBJECT

public:
    explicit HelpActions(QWidget *window);

    void addTo(QMenu *menu);

    // Each action with a shortcut: "Export usage…" and "Ctrl+E", as the dialog lists them.
    QList<QPair<QString, QString>> shortcuts() const;
    static QString aboutText();
    static QString documentationUrl();

    void showShortcuts();
    void showAbout();

private:
    QWidget *m_window;
};

} // namespace neuroio::ui
