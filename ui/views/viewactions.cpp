#include "ui/views/viewactions.h"

#include "ui/dashboard/filterbar.h"
#include "ui/views/saveviewdialog.h"

#include "core/views/exportcommandline.h"

#include <QClipboard>
#include <QFileDialog>
#include <QGuiApplication>
#include <QJsonDocument>
#include <QMenu>

namespace neuroio::ui {

ViewActions::ViewActions(FilterBar *filters, QWidget *window)
    : QObject(window)
    , m_filters(filters)
    , m_window(window)
{}

void ViewActions::addTo(QMenu *menu)
{
    m_needDashboard.append(menu->addAction(tr("&Save view…"), this, &ViewActions::askToSave));
    m_openMenu = menu->addMenu(tr("&Open view"));
    m_needDashboard.append(menu->addAction(tr("&Import view…"), this, &ViewActions::askToImport));
    m_exportMenu = menu->addMenu(tr("E&xport view"));
    m_deleteMenu = menu->addMenu(tr("&Delete view"));
    menu->addSeparator();
    QAction *commandLine
        = menu->addAction(tr("Copy as &Command Line"), this, &ViewActions::copyCommandLine);
    commandLine->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    commandLine->setStatusTip(
        tr("Put the neuroio-billing export command for these filters on the clipboard"));
    m_needDashboard.append(commandLine);
    QAction *view = menu->addAction(tr("Copy &View"), this, &ViewActions::copyView);
    view->setStatusTip(tr("Put these filters on the clipboard as a view file, to hand on"));
    m_needDashboard.append(view);
    connect(menu, &QMenu::aboutToShow, this, &ViewActions::fillMenus);
    setEnabled(m_enabled);
}

void ViewActions::setEnabled(bool enabled)
{
    m_enabled = enabled;
    // The shortcut works without the menu shown: its action says now whether it can.
    for (QAction *action : std::as_const(m_needDashboard))
        action->setEnabled(enabled);
}

void ViewActions::copyCommandLine()
{
    if (!m_enabled)
        return;
    const QString line
        = exportCommandLine(m_filters->currentView(QString(), false), m_filters->currentMonth());
    QGuiApplication::clipboard()->setText(line);
    emit statusMessage(tr("Copied: %1").arg(line), 8000);
}

void ViewActions::copyView()
{
    if (!m_enabled)
        return;
    const SavedView view = m_filters->currentView(tr("Shared view"), false);
    QGuiApplication::clipboard()->setText(
        QString::fromUtf8(QJsonDocument(view.toJson()).toJson(QJsonDocument::Indented)));
    emit statusMessage(tr("Copied the view: save it as a .json file, then View > Import View "
                          "(or neuroio-billing --view FILE) opens it"),
                       8000);
}

void ViewActions::fillMenus()
{
    for (QAction *action : m_needDashboard)
        action->setEnabled(m_enabled);
    for (QMenu *menu : {m_openMenu, m_exportMenu, m_deleteMenu})
        menu->clear();
    const QList<SavedView> views = m_store.views();
    for (const SavedView &view : views) {
        const QString label
            = view.openAtStart ? tr("%1 (opens at start)").arg(view.name) : view.name;
        m_openMenu->addAction(label, this, [this, view] { open(view); });
        m_exportMenu->addAction(label, this, [this, view] { askToExport(view); });
        m_deleteMenu->addAction(label, this, [this, view] {
            if (const ApiError error = m_store.remove(view.name); !error.isOk())
                emit failed(tr("The view was not deleted: %1").arg(error.userMessage()));
        });
    }
    for (QMenu *menu : {m_openMenu, m_exportMenu, m_deleteMenu})
        menu->setEnabled(!views.isEmpty() && m_enabled);
}

void ViewActions::open(const SavedView &view)
{
    m_filters->showView(view);
    emit opened(view);
    emit statusMessage(
        view.isRelative() ? tr("Opened the view \"%1\" (%2)", "a view's name, its months")
                                .arg(view.name, MonthRange::describe(view.preset, Month::current()))
                          : tr("Opened the view \"%1\"").arg(view.name),
        8000);
}

ApiError ViewActions::saveCurrent(const QString &name, bool openAtStart)
{
    const ApiError error = m_store.save(m_filters->currentView(name, openAtStart));
    if (error.isOk())
        emit statusMessage(tr("Saved the view \"%1\"").arg(name), 8000);
    else
        emit failed(tr("The view was not saved: %1").arg(error.userMessage()));
    return error;
}

ApiError ViewActions::importFile(const QString &path)
{
    const auto view = SavedViewStore::readFile(path);
    const ApiError error = view.isOk() ? m_store.save(view.value) : view.error;
    if (!error.isOk()) {
        emit failed(tr("The view was not imported: %1").arg(error.userMessage()));
        return error;
    }
    open(view.value);
    return {};
}

void ViewActions::askToSave()
{
    const DashboardFilters current = m_filters->filters();
    SaveViewDialog dialog(current.preset, current.range, m_window);
    if (dialog.exec() == QDialog::Accepted)
        saveCurrent(dialog.name(), dialog.opensAtStart());
}

void ViewActions::askToImport()
{
    const QString path = QFileDialog::getOpenFileName(m_window, tr("Import view"), QString(),
                                                      tr("Views (*.json)"));
    if (!path.isEmpty())
        importFile(path);
}

void ViewActions::askToExport(const SavedView &view)
{
    const QString path = QFileDialog::getSaveFileName(
        m_window, tr("Export view"), view.name + QStringLiteral(".json"), tr("Views (*.json)"));
    if (path.isEmpty())
        return;
    if (const ApiError error = SavedViewStore::writeFile(view, path); !error.isOk())
        emit failed(tr("The view was not exported: %1").arg(error.userMessage()));
}

} // namespace neuroio::ui
