#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace neuroio {

// Event types as the API numbers them. A server may send numbers this enum does not know;
// those are kept as plain ints and shown as "Event type N", never dropped or renamed.
enum class EventType : int {
    ApiCalls = 1,
    PersonsStorage = 2,
    EntryStorage = 3,
    SourceLicenses = 4,
};

QList<EventType> knownEventTypes();
bool isKnownEventType(int number);

// "API calls", "Persons storage", ... or "Event type N" for a number we do not know.
QString eventTypeDisplayName(int number);
// The unit a quantity of this type is counted in ("calls", "persons", ...).
QString eventTypeUnit(int number);
// Storage and licences are levels (how many are kept in a month), not flows: a sum over months
// is in unit-months, like a cloud bill's GB-months. Unknown types are taken as flows.
bool isLevelEventType(int number);
// The unit of a total over months: "calls" for a flow, "person-months", "entry-months" or
// "license-months" for a level.
QString eventTypeTotalUnit(int number);
// The same unit untranslated, for file formats: "person-months"; "calls" for API calls.
QString eventTypeTotalUnitKey(int number);
// Stable machine names for command lines and files: "api-calls", "persons-storage", ...
QString eventTypeKey(int number);
// Accepts a machine name ("api-calls") or a number ("1"); case-insensitive.
std::optional<int> eventTypeFromText(QStringView text);

} // namespace neuroio
