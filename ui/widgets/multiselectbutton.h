#pragma once

#include "ui/widgets/checkablelistmodel.h"

#include <QToolButton>

class QCheckBox;
class QLabel;
class QLineEdit;
class QListView;
class QMenu;
class QSortFilterProxyModel;

namespace neuroio::ui {

// A button that opens a searchable, checkable list with "All" as its own state, and says
// what is selected when closed ("3 of 12 spaces"). The selection is applied when the list
// closes, so ticking five spaces costs one reload, not five.
class MultiSelectButton final : public QToolButton
{
    Q_OBJECT

public:
    struct Texts
    {
        CheckableListModel::SummaryTexts summary;
        QString search; // "Search spaces"
    };

    MultiSelectButton(const Texts &texts, QWidget *parent = nullptr);

    CheckableListModel *model() const { return m_model; }
    void setItems(const QList<CheckableListModel::Item> &items,
                  CheckableListModel::Listing listing = CheckableListModel::Listing::Complete);
    // Empty: all. Applies at once (for code and tests; people use the list).
    void setSelectedIds(const QList<qint64> &ids);
    QList<qint64> selectedIds() const { return m_applied; }

signals:
    void selectionApplied(const QList<qint64> &ids);

private:
    void updateText();
    void apply();

    Texts m_texts;
    CheckableListModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QMenu *m_menu;
    QLineEdit *m_search;
    QCheckBox *m_allBox;
    QListView *m_list;
    QLabel *m_hint;
    QList<qint64> m_applied;
};

} // namespace neuroio::ui
