#include "ui/dashboard/usagetablemodel.h"

#include "core/api/eventtype.h"
#include "core/api/numbertext.h"
#include "ui/widgets/modelroles.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace neuroio::ui {

namespace {

QString jsonText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return {};
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double:
        return localeNumber(value.toDouble());
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    }
    return {};
}

} // namespace

UsageTableModel::UsageTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void UsageTableModel::setRecords(const QList<UsageRecord> &records, const QStringList &extraColumns)
{
    beginResetModel();
    m_records = records;
    m_extraColumns = extraColumns;
    for (const UsageRecord &r : m_records) {
        for (const ExtraField &e : r.extras) {
            if (!m_extraColumns.contains(e.name))
                m_extraColumns.append(e.name);
        }
    }
    endResetModel();
}

void UsageTableModel::clear()
{
    setRecords({});
}

int UsageTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_records.size());
}

int UsageTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount + static_cast<int>(m_extraColumns.size());
}

QVariant UsageTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const UsageRecord &r = m_records.at(index.row());
    if (index.column() >= ColumnCount)
        return extraData(r, index.column() - ColumnCount, role);

    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case MonthColumn:
            return r.month ? r.month->toString() : QString();
        case SpaceColumn:
            return r.spaceName.value_or(QString());
        case EventTypeColumn:
            return r.eventType ? eventTypeDisplayName(*r.eventType) : QString();
        case QuantityColumn:
            return r.quantity ? localeNumber(*r.quantity) : QString();
        }
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == QuantityColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case Qt::ToolTipRole:
        // The whole name too: a narrow table cuts it short.
        if (index.column() == SpaceColumn && r.spaceId) {
            return tr("%1, space %2", "a space's name and its id")
                .arg(r.spaceName.value_or(QString()))
                .arg(*r.spaceId);
        }
        if (index.column() == QuantityColumn && r.quantity && r.eventType) {
            return tr("%1 %2", "a quantity and its unit")
                .arg(localeNumber(*r.quantity), eventTypeUnit(*r.eventType));
        }
        if (index.column() == EventTypeColumn && r.eventType)
            return tr("Event type %1").arg(*r.eventType);
        break;
    case RawValueRole:
        switch (index.column()) {
        case MonthColumn:
            return r.month ? QVariant(r.month->toString()) : QVariant();
        case SpaceColumn:
            return r.spaceName ? QVariant(*r.spaceName) : QVariant();
        case EventTypeColumn:
            return r.eventType ? QVariant(*r.eventType) : QVariant();
        case QuantityColumn:
            return r.quantity ? QVariant(*r.quantity) : QVariant();
        }
        break;
    case EventTypeRole:
        return r.eventType ? QVariant(*r.eventType) : QVariant();
    case SpaceIdRole:
        return r.spaceId ? QVariant(*r.spaceId) : QVariant();
    }
    return {};
}

QVariant UsageTableModel::extraData(const UsageRecord &record, int extraIndex, int role) const
{
    const QString &name = m_extraColumns.at(extraIndex);
    const auto it = std::find_if(record.extras.cbegin(), record.extras.cend(),
                                 [&name](const ExtraField &e) { return e.name == name; });
    if (it == record.extras.cend())
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return jsonText(it->value);
    case Qt::TextAlignmentRole:
        if (it->value.isDouble())
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case RawValueRole:
        return it->value.toVariant();
    }
    return {};
}

QVariant UsageTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= columnCount())
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole) {
        switch (section) {
        case MonthColumn:
            return tr("Month");
        case SpaceColumn:
            return tr("Space");
        case EventTypeColumn:
            return tr("Event type");
        case QuantityColumn:
            return tr("Quantity");
        default:
            return m_extraColumns.at(section - ColumnCount);
        }
    }
    if (role == Qt::TextAlignmentRole && section == QuantityColumn)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && section >= ColumnCount)
        return tr("A field the server sent that this version does not know");
    return {};
}

} // namespace neuroio::ui
