#pragma once

#include "core/views/savedview.h"

#include <QObject>

class QAction;

namespace neuroio::ui {

class FilterBar;

// The filters shown before, so Back (Alt+Left) returns to them, as in a browser; and the
// drill-downs that narrow the filters to one space or one month. Every change of filters,
// by hand, by a saved view or by a drill-down, is a step Back undoes.
class FilterHistory final : public QObject
{
    Q_OBJECT

public:
    explicit FilterHistory(FilterBar *filterBar, QObject *parent = nullptr);

    QAction *backAction() const { return m_back; }
    int depth() const { return static_cast<int>(m_before.size()); }

    // The filters now applied; the ones applied before become a step back.
    void applied();
    // The filter bar shows start filters that are not a step anyone can go back to.
    void reset();

    void narrowToSpace(qint64 spaceId);
    void narrowToMonth(const Month &month);
    void back();

signals:
    // The filter bar shows new filters (a drill-down, or Back): apply them.
    void filtersChanged();

private:
    void show(const SavedView &view);

    FilterBar *m_filterBar;
    QAction *m_back;
    QList<SavedView> m_before;
    std::optional<SavedView> m_current;
    bool m_goingBack = false;
};

} // namespace neuroio::ui
