#pragma once

#include "core/api/apierror.h"
#include "core/views/savedviewstore.h"

#include <QObject>

class QAction;
class QMenu;
class QWidget;

namespace neuroio::ui {

class FilterBar;

// Saved views, in the View menu: save the filters on screen under a name (SaveViewDialog),
// open one, import and export view files, delete one. It reads and writes the store and shows
// a view on the filter bar; what opening a view loads is the window's business (opened()).
class ViewActions final : public QObject
{
    Q_OBJECT

public:
    ViewActions(FilterBar *filters, QWidget *window);

    void setStore(const SavedViewStore &store) { m_store = store; }
    const SavedViewStore &store() const { return m_store; }
    // Save view…, Open view ▸, Import view…, Export view ▸, Delete view ▸, then Copy as
    // Command Line (Ctrl+Shift+C) and Copy View.
    void addTo(QMenu *menu);
    // Views apply to a dashboard: without one, nothing can be opened, saved or copied.
    void setEnabled(bool enabled);

    // The neuroio-billing export line for the filters on screen, on the clipboard.
    void copyCommandLine();
    // The filters on screen as a view file's contents, on the clipboard: a colleague saves
    // them as a .json file and imports it (or gives it to --view).
    void copyView();

    void open(const SavedView &view);
    ApiError saveCurrent(const QString &name, bool openAtStart);
    ApiError importFile(const QString &path);

signals:
    // A view is on the filter bar: load it.
    void opened(const neuroio::SavedView &view);
    void statusMessage(const QString &text, int timeoutMs);
    void failed(const QString &text);

private:
    void askToSave();
    void askToImport();
    void askToExport(const SavedView &view);
    void fillMenus();

    FilterBar *m_filters;
    QWidget *m_window;
    SavedViewStore m_store;
    bool m_enabled = false;
    QList<QAction *> m_needDashboard;
    QMenu *m_openMenu = nullptr;
    QMenu *m_exportMenu = nullptr;
    QMenu *m_deleteMenu = nullptr;
};

} // namespace neuroio::ui
