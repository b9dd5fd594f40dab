#include "ui/widgets/checkablelistmodel.h"

namespace neuroio::ui {

CheckableListModel::CheckableListModel(QObject *parent)
    : QAbstractListModel(parent)
{}

void CheckableListModel::setItems(const QList<Item> &items, Listing listing)
{
    beginResetModel();
    m_items = items;
    m_listing = listing;
    // Ticks of items that are gone are kept: a space that has no usage in this range is still
    // what the user asked for, and comes back with its tick when the range changes.
    endResetModel();
}

void CheckableListModel::selectAll()
{
    if (m_all)
        return;
    m_all = true;
    m_checked.clear();
    if (!m_items.isEmpty())
        emit dataChanged(index(0), index(rowCount() - 1), {Qt::CheckStateRole});
    emit selectionChanged();
}

void CheckableListModel::selectNone()
{
    m_all = false;
    m_checked.clear();
    if (!m_items.isEmpty())
        emit dataChanged(index(0), index(rowCount() - 1), {Qt::CheckStateRole});
    emit selectionChanged();
}

void CheckableListModel::setSelectedIds(const QList<qint64> &ids)
{
    if (ids.isEmpty()) {
        selectAll();
        return;
    }
    m_all = false;
    m_checked = QSet<qint64>(ids.cbegin(), ids.cend());
    if (!m_items.isEmpty())
        emit dataChanged(index(0), index(rowCount() - 1), {Qt::CheckStateRole});
    emit selectionChanged();
}

QList<qint64> CheckableListModel::selectedIds() const
{
    if (m_all)
        return {};
    QList<qint64> ids;
    for (const Item &item : m_items) {
        if (m_checked.contains(item.id))
            ids.append(item.id);
    }
    // Ticked ids without an item (not listed right now) still count.
    for (qint64 id : m_checked) {
        if (!ids.contains(id))
            ids.append(id);
    }
    return ids;
}

QString CheckableListModel::summary(const SummaryTexts &texts) const
{
    if (m_all)
        return texts.all;
    if (m_checked.isEmpty())
        return texts.none;
    // "2 of 2" would claim a total that nobody listed.
    if (m_listing == Listing::Partial && !texts.partialCount.isEmpty())
        return texts.partialCount.arg(m_checked.size());
    return texts.count.arg(m_checked.size())
        .arg(std::max<qsizetype>(m_items.size(), m_checked.size()));
}

int CheckableListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_items.size());
}

QVariant CheckableListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Item &item = m_items.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return item.label;
    case Qt::CheckStateRole:
        return (m_all || m_checked.contains(item.id)) ? Qt::Checked : Qt::Unchecked;
    case IdRole:
        return item.id;
    }
    return {};
}

bool CheckableListModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::CheckStateRole
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return false;
    }
    const qint64 id = m_items.at(index.row()).id;
    const bool checked = value.value<Qt::CheckState>() == Qt::Checked;
    if (m_all) {
        if (checked)
            return true;
        // Unticking one item out of "all" means: every other item.
        m_all = false;
        for (const Item &item : m_items)
            m_checked.insert(item.id);
        m_checked.remove(id);
        emit dataChanged(this->index(0), this->index(rowCount() - 1), {Qt::CheckStateRole});
    } else {
        if (checked == m_checked.contains(id))
            return true;
        if (checked)
            m_checked.insert(id);
        else
            m_checked.remove(id);
        emit dataChanged(index, index, {Qt::CheckStateRole});
    }
    emit selectionChanged();
    return true;
}

Qt::ItemFlags CheckableListModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable
           | Qt::ItemNeverHasChildren;
}

} // namespace neuroio::ui
