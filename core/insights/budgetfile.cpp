#include "core/insights/budgetfile.h"

#include "core/api/eventtype.h"
#include "core/api/wholefile.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QStandardPaths>

#include <cmath>

namespace neuroio {

namespace {

constexpr char kFormat[] = "neuroio-billing-budgets";
constexpr int kVersion = 1;

Result<QList<Budget>> fail(const QString &why)
{
    return Result<QList<Budget>>::failure(ApiError::invalidInput(why));
}

} // namespace

// The entry at in "budgets", or what is wrong with it, named with its place.
Result<Budget> BudgetFile::budgetFrom(const QJsonValue &value, qsizetype at)
{
    const auto problem
        = [](const QString &why) { return Result<Budget>::failure(ApiError::invalidInput(why)); };
    if (!value.isObject())
        return problem(tr("budgets[%1]: must be an object").arg(at));
    const QJsonObject json = value.toObject();
    static const QSet<QString> known = {QStringLiteral("name"), QStringLiteral("event_type"),
                                        QStringLiteral("spaces"), QStringLiteral("limit")};
    for (auto it = json.constBegin(); it != json.constEnd(); ++it) {
        if (!known.contains(it.key())) {
            return problem(
                tr("budgets[%1].%2: not a budget's field (name, event_type, spaces, limit)")
                    .arg(at)
                    .arg(it.key()));
        }
    }
    Budget budget;
    const QJsonValue name = json.value(QStringLiteral("name"));
    if (!name.isUndefined() && !name.isString())
        return problem(tr("budgets[%1].name: must be text").arg(at));
    budget.name = name.toString().trimmed();

    const QJsonValue type = json.value(QStringLiteral("event_type"));
    std::optional<int> eventType;
    if (type.isString())
        eventType = eventTypeFromText(type.toString());
    else if (type.isDouble() && type.toDouble() == std::trunc(type.toDouble()))
        eventType = type.toInt();
    if (type.isUndefined())
        return problem(tr("budgets[%1].event_type: missing").arg(at));
    if (!eventType || !isKnownEventType(*eventType)) {
        QStringList keys;
        for (const EventType known : knownEventTypes())
            keys.append(eventTypeKey(int(known)));
        return problem(tr("budgets[%1].event_type: \"%2\" is not an event type (%3)")
                           .arg(at)
                           .arg(type.toVariant().toString(), keys.join(QStringLiteral(", "))));
    }
    budget.eventType = *eventType;

    const QJsonValue spaces = json.value(QStringLiteral("spaces"));
    if (!spaces.isUndefined()) {
        if (!spaces.isArray())
            return problem(tr("budgets[%1].spaces: must be a list of space ids").arg(at));
        const QJsonArray ids = spaces.toArray();
        for (qsizetype i = 0; i < ids.size(); ++i) {
            const QJsonValue id = ids.at(i);
            if (!id.isDouble() || id.toDouble() != std::trunc(id.toDouble()) || id.toDouble() < 1
                || id.toDouble() > 9007199254740991.0) {
                return problem(
                    tr("budgets[%1].spaces[%2]: must be a space id (a whole number above 0)")
                        .arg(at)
                        .arg(i));
            }
            if (!budget.spaceIds.contains(id.toInteger()))
                budget.spaceIds.append(id.toInteger());
        }
    }

    const QJsonValue limit = json.value(QStringLiteral("limit"));
    if (limit.isUndefined())
        return problem(tr("budgets[%1].limit: missing").arg(at));
    if (!limit.isDouble() || !(limit.toDouble() > 0) || !std::isfinite(limit.toDouble()))
        return problem(tr("budgets[%1].limit: must be a number above 0").arg(at));
    budget.limit = limit.toDouble();
    return Result<Budget>::success(budget);
}

Result<QList<Budget>> BudgetFile::fromJson(const QByteArray &bytes)
{
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return fail(
            tr("not JSON: %1 at byte %2").arg(parseError.errorString()).arg(parseError.offset));
    if (!doc.isObject())
        return fail(tr("not a budgets file: it must be a JSON object"));
    const QJsonObject json = doc.object();
    if (json.value(QStringLiteral("format")).toString() != QLatin1String(kFormat)) {
        return fail(
            tr("not a budgets file (\"format\" is not \"%1\")").arg(QLatin1String(kFormat)));
    }
    if (json.value(QStringLiteral("version")).toInt() != kVersion) {
        return fail(tr("budgets file version %1 is not supported; this version reads %2")
                        .arg(json.value(QStringLiteral("version")).toVariant().toString())
                        .arg(kVersion));
    }
    const QJsonValue list = json.value(QStringLiteral("budgets"));
    if (!list.isArray())
        return fail(tr("\"budgets\" must be a list"));
    QList<Budget> budgets;
    const QJsonArray entries = list.toArray();
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const Result<Budget> budget = budgetFrom(entries.at(i), i);
        if (!budget.isOk())
            return fail(budget.error.message);
        budgets.append(budget.value);
    }
    return Result<QList<Budget>>::success(budgets);
}

Result<QList<Budget>> BudgetFile::read(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Result<QList<Budget>>::failure(ApiError::readFailed(path, file.errorString()));
    Result<QList<Budget>> budgets = fromJson(file.readAll());
    if (!budgets.isOk()) {
        budgets.error.message = tr("%1: %2", "a budgets file: what is wrong with it")
                                    .arg(path, budgets.error.message);
    }
    return budgets;
}

QByteArray BudgetFile::toJson(const QList<Budget> &budgets)
{
    QJsonArray list;
    for (const Budget &budget : budgets) {
        QJsonObject entry;
        if (!budget.name.isEmpty())
            entry.insert(QStringLiteral("name"), budget.name);
        entry.insert(QStringLiteral("event_type"), eventTypeKey(budget.eventType));
        if (!budget.spaceIds.isEmpty()) {
            QJsonArray ids;
            for (const qint64 id : budget.spaceIds)
                ids.append(id);
            entry.insert(QStringLiteral("spaces"), ids);
        }
        entry.insert(QStringLiteral("limit"), budget.limit);
        list.append(entry);
    }
    const QJsonObject json{{QStringLiteral("format"), QLatin1String(kFormat)},
                           {QStringLiteral("version"), kVersion},
                           {QStringLiteral("budgets"), list}};
    return QJsonDocument(json).toJson(QJsonDocument::Indented);
}

ApiError BudgetFile::write(const QString &path, const QList<Budget> &budgets)
{
    return writeWholeFileMakingFolder(path, toJson(budgets));
}

QString BudgetFile::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
           + QStringLiteral("/budgets.json");
}

} // namespace neuroio
