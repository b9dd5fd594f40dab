#include "core/export/usageexportrows.h"

#include "core/api/eventtype.h"

namespace neuroio {

namespace {

// The positions of the standard cells in every row, as standardCells() names them.
enum Cell {
    IdCell,
    MonthCell,
    SpaceIdCell,
    SpaceNameCell,
    TypeCell,
    TypeNameCell,
    QuantityCell,
    CellCount
};

} // namespace

QStringList UsageExportRows::standardCells()
{
    QStringList names(CellCount);
    names[IdCell] = QStringLiteral("id");
    names[MonthCell] = QStringLiteral("month");
    names[SpaceIdCell] = QStringLiteral("space_id");
    names[SpaceNameCell] = QStringLiteral("space_name");
    names[TypeCell] = QStringLiteral("event_type");
    names[TypeNameCell] = QStringLiteral("event_type_name");
    names[QuantityCell] = QStringLiteral("quantity");
    return names;
}

UsageExportRows::UsageExportRows()
{
    for (const EventType type : knownEventTypes())
        m_typeNames.insert(int(type), eventTypeDisplayName(int(type)));
    for (const QString &name : standardCells())
        m_row.append({name, ExportValue::missing()});
}

const QString &UsageExportRows::monthText(const Month &month)
{
    auto known = m_monthTexts.find(month.ordinal());
    if (known == m_monthTexts.end())
        known = m_monthTexts.insert(month.ordinal(), month.toString());
    return *known;
}

const QString &UsageExportRows::typeName(int type)
{
    auto known = m_typeNames.find(type);
    if (known == m_typeNames.end())
        known = m_typeNames.insert(type, eventTypeDisplayName(type));
    return *known;
}

const ExportRow &UsageExportRows::rowFor(const UsageRecord &r)
{
    m_row.resize(CellCount); // the last record's extras go
    const auto setNumber = [this](Cell cell, const auto &value) {
        ExportValue &v = m_row[cell].second;
        v.kind = value ? ExportValue::Kind::Number : ExportValue::Kind::Missing;
        v.number = value ? static_cast<double>(*value) : 0;
    };
    const auto setText = [this](Cell cell, bool present, const QString &text) {
        ExportValue &v = m_row[cell].second;
        v.kind = present ? ExportValue::Kind::Text : ExportValue::Kind::Missing;
        v.text = present ? text : QString();
    };
    setNumber(IdCell, r.id);
    setText(MonthCell, r.month.has_value(), r.month ? monthText(*r.month) : QString());
    setNumber(SpaceIdCell, r.spaceId);
    setText(SpaceNameCell, r.spaceName.has_value(), r.spaceName.value_or(QString()));
    setNumber(TypeCell, r.eventType);
    setText(TypeNameCell, r.eventType.has_value(),
            r.eventType ? typeName(*r.eventType) : QString());
    setNumber(QuantityCell, r.quantity);
    for (auto &cell : m_row) {
        cell.second.json.reset();
        if (cell.second.kind == ExportValue::Kind::Missing && r.nullFields.contains(cell.first))
            cell.second = ExportValue::fromJson(QJsonValue::Null);
    }
    for (const ExtraField &e : r.extras)
        m_row.append({e.name, ExportValue::fromJson(e.value)});
    return m_row;
}

} // namespace neuroio
