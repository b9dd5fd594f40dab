#pragma once

#include <QAbstractListModel>
#include <QList>
#include <QSet>

namespace neuroio::ui {

// The items of a multiselect (spaces, event types), with "all" as its own state: all means
// "send no filter", which is not the same as ticking every item one by one.
class CheckableListModel final : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role { IdRole = Qt::UserRole + 20 };

    struct Item
    {
        qint64 id = 0;
        QString label;
    };
    // Whether the items are every one there is, or only those known so far (the spaces seen
    // in a managed account's usage: the API does not list them).
    enum class Listing { Complete, Partial };
    struct SummaryTexts
    {
        QString all;          // "All spaces"
        QString count;        // "%1 of %2 spaces"
        QString partialCount; // "Selected spaces: %1", when the total is not known (optional
                              // for a list that is always complete)
        QString none;         // "No spaces"
    };

    explicit CheckableListModel(QObject *parent = nullptr);

    // Keeps the ticks of items that are still there.
    void setItems(const QList<Item> &items, Listing listing = Listing::Complete);

    bool isAllSelected() const { return m_all; }
    void selectAll();
    // Unticks everything: a state to tick from, not one to apply.
    void selectNone();
    // An empty list means all.
    void setSelectedIds(const QList<qint64> &ids);
    // Empty when all are selected; otherwise the ticked ids in item order.
    QList<qint64> selectedIds() const;
    bool isEmptySelection() const { return !m_all && m_checked.isEmpty(); }
    // "All spaces", "3 of 12 spaces", "Selected spaces: 3", "No spaces".
    QString summary(const SummaryTexts &texts) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

signals:
    void selectionChanged();

private:
    QList<Item> m_items;
    QSet<qint64> m_checked;
    bool m_all = true;
    Listing m_listing = Listing::Complete;
};

} // namespace neuroio::ui
