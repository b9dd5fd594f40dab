#include "core/api/eventtype.h"

#include <QCoreApplication>

namespace neuroio {

namespace {

struct EventTypeInfo
{
    EventType type;
    const char *key;
    const char *name;
    const char *unit;
    const char *totalUnit; // nullptr: a flow, whose total is in its unit
};

constexpr EventTypeInfo kEventTypes[] = {
    {EventType::ApiCalls, "api-calls", QT_TRANSLATE_NOOP("neuroio::EventType", "API calls"),
     QT_TRANSLATE_NOOP("neuroio::EventType", "calls"), nullptr},
    {EventType::PersonsStorage, "persons-storage",
     QT_TRANSLATE_NOOP("neuroio::EventType", "Persons storage"),
     QT_TRANSLATE_NOOP("neuroio::EventType", "persons"),
     QT_TRANSLATE_NOOP("neuroio::EventType", "person-months")},
    {EventType::EntryStorage, "entry-storage",
     QT_TRANSLATE_NOOP("neuroio::EventType", "Entry storage"),
     QT_TRANSLATE_NOOP("neuroio::EventType", "entries"),
     QT_TRANSLATE_NOOP("neuroio::EventType", "entry-months")},
    {EventType::SourceLicenses, "source-licenses",
     QT_TRANSLATE_NOOP("neuroio::EventType", "Source licenses"),
     QT_TRANSLATE_NOOP("neuroio::EventType", "licenses"),
     QT_TRANSLATE_NOOP("neuroio::EventType", "license-months")},
};

const EventTypeInfo *find(int number)
{
    for (const auto &info : kEventTypes) {
        if (static_cast<int>(info.type) == number)
            return &info;
    }
    return nullptr;
}

} // namespace

QList<EventType> knownEventTypes()
{
    QList<EventType> types;
    for (const auto &info : kEventTypes)
        types.append(info.type);
    return types;
}

bool isKnownEventType(int number)
{
    return find(number) != nullptr;
}

QString eventTypeDisplayName(int number)
{
    if (const auto *info = find(number))
        return QCoreApplication::translate("neuroio::EventType", info->name);
    return QCoreApplication::translate("neuroio::EventType", "Event type %1").arg(number);
}

QString eventTypeUnit(int number)
{
    if (const auto *info = find(number))
        return QCoreApplication::translate("neuroio::EventType", info->unit);
    return QCoreApplication::translate("neuroio::EventType", "units");
}

bool isLevelEventType(int number)
{
    const auto *info = find(number);
    return info && info->totalUnit;
}

QString eventTypeTotalUnit(int number)
{
    const auto *info = find(number);
    if (info && info->totalUnit)
        return QCoreApplication::translate("neuroio::EventType", info->totalUnit);
    return eventTypeUnit(number);
}

QString eventTypeTotalUnitKey(int number)
{
    const auto *info = find(number);
    if (!info)
        return QStringLiteral("units");
    return QString::fromLatin1(info->totalUnit ? info->totalUnit : info->unit);
}

QString eventTypeKey(int number)
{
    if (const auto *info = find(number))
        return QString::fromLatin1(info->key);
    return QString::number(number);
}

std::optional<int> eventTypeFromText(QStringView text)
{
    const QStringView trimmed = text.trimmed();
    bool isNumber = false;
    const int number = trimmed.toInt(&isNumber);
    if (isNumber)
        return isKnownEventType(number) ? std::optional<int>(number) : std::nullopt;
    for (const auto &info : kEventTypes) {
        if (trimmed.compare(QLatin1String(info.key), Qt::CaseInsensitive) == 0)
            return static_cast<int>(info.type);
    }
    return std::nullopt;
}

} // namespace neuroio
