#include "ui/dashboard/filterhistory.h"

#include "ui/dashboard/filterbar.h"

#include <QAction>

namespace neuroio::ui {

namespace {

// A long session of drilling should not keep every step forever.
constexpr int kMaxSteps = 50;

bool sameFilters(const SavedView &a, const SavedView &b)
{
    return a.accountId == b.accountId && a.preset == b.preset
           && (a.isRelative() || a.fixedRange == b.fixedRange) && a.spaceIds == b.spaceIds
           && a.eventTypes == b.eventTypes;
}

} // namespace

FilterHistory::FilterHistory(FilterBar *filterBar, QObject *parent)
    : QObject(parent)
    , m_filterBar(filterBar)
    , m_back(new QAction(tr("&Back to the filters before"), this))
{
    // Alt+Left everywhere, and the platform's own Back key where it has another; one sequence
    // twice would make the shortcut ambiguous, and it would fire neither.
    QList<QKeySequence> keys{QKeySequence(Qt::ALT | Qt::Key_Left)};
    for (const QKeySequence &key : QKeySequence::keyBindings(QKeySequence::Back)) {
        if (!keys.contains(key))
            keys.append(key);
    }
    m_back->setShortcuts(keys);
    m_back->setShortcutContext(Qt::WindowShortcut);
    m_back->setEnabled(false);
    m_back->setToolTip(tr("Back to the filters before (Alt+Left)"));
    connect(m_back, &QAction::triggered, this, &FilterHistory::back);
}

void FilterHistory::applied()
{
    const SavedView now = m_filterBar->currentView(QString(), false);
    if (m_current && !m_goingBack && !sameFilters(*m_current, now)) {
        m_before.append(*m_current);
        if (m_before.size() > kMaxSteps)
            m_before.removeFirst();
    }
    m_current = now;
    m_back->setEnabled(!m_before.isEmpty());
}

void FilterHistory::reset()
{
    m_before.clear();
    m_current.reset();
    m_back->setEnabled(false);
}

void FilterHistory::narrowToSpace(qint64 spaceId)
{
    SavedView view = m_filterBar->currentView(QString(), false);
    if (view.spaceIds == QList<qint64>{spaceId})
        return;
    view.spaceIds = {spaceId};
    show(view);
}

void FilterHistory::narrowToMonth(const Month &month)
{
    SavedView view = m_filterBar->currentView(QString(), false);
    if (!view.isRelative() && view.fixedRange == MonthRange(month, month))
        return;
    view.preset = MonthRange::Preset::Custom;
    view.fixedRange = MonthRange(month, month);
    show(view);
}

void FilterHistory::back()
{
    if (m_before.isEmpty())
        return;
    const SavedView previous = m_before.takeLast();
    m_goingBack = true;
    show(previous);
    m_goingBack = false;
}

void FilterHistory::show(const SavedView &view)
{
    m_filterBar->showView(view);
    emit filtersChanged();
}

} // namespace neuroio::ui
