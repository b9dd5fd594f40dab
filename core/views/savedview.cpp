#include "core/views/savedview.h"

#include "core/api/eventtype.h"

#include <QJsonArray>

namespace neuroio {

namespace {

constexpr char kFormat[] = "neuroio-billing-view";
constexpr int kVersion = 1;

struct PresetKey
{
    MonthRange::Preset preset;
    const char *key;
};

constexpr PresetKey kPresetKeys[] = {
    {MonthRange::Preset::ThisMonth, "this-month"},
    {MonthRange::Preset::LastMonth, "last-month"},
    {MonthRange::Preset::Last3Months, "last-3-full-months"},
    {MonthRange::Preset::Last6Months, "last-6-full-months"},
    {MonthRange::Preset::Last12Months, "last-12-full-months"},
    {MonthRange::Preset::ThisYear, "this-year"},
    {MonthRange::Preset::LastYear, "last-year"},
};

} // namespace

QString SavedView::presetKey(MonthRange::Preset preset)
{
    for (const auto &p : kPresetKeys) {
        if (p.preset == preset)
            return QString::fromLatin1(p.key);
    }
    return QStringLiteral("custom");
}

std::optional<MonthRange::Preset> SavedView::presetFromKey(const QString &key)
{
    for (const auto &p : kPresetKeys) {
        if (key == QLatin1String(p.key))
            return p.preset;
    }
    return std::nullopt;
}

MonthRange SavedView::resolve(Month current) const
{
    return isRelative() ? MonthRange::forPreset(preset, current) : fixedRange;
}

QJsonObject SavedView::toJson() const
{
    QJsonObject range;
    if (isRelative()) {
        range.insert(QStringLiteral("preset"), presetKey(preset));
    } else {
        range.insert(QStringLiteral("from"), fixedRange.from().toString());
        range.insert(QStringLiteral("to"), fixedRange.to().toString());
    }
    QJsonArray spaces;
    for (qint64 id : spaceIds)
        spaces.append(id);
    QJsonArray types;
    for (int type : eventTypes)
        types.append(type);
    return QJsonObject{
        {QStringLiteral("format"), QLatin1String(kFormat)},
        {QStringLiteral("version"), kVersion},
        {QStringLiteral("name"), name},
        {QStringLiteral("account_id"), accountId ? QJsonValue(*accountId) : QJsonValue()},
        {QStringLiteral("range"), range},
        {QStringLiteral("spaces_ids"), spaces},
        {QStringLiteral("event_types"), types},
        {QStringLiteral("open_at_start"), openAtStart},
    };
}

Result<SavedView> SavedView::fromJson(const QJsonObject &json)
{
    const auto fail = [](const QString &why) {
        return Result<SavedView>::failure(ApiError::invalidInput(why));
    };
    if (json.value(QStringLiteral("format")).toString() != QLatin1String(kFormat))
        return fail(
            tr("not a NeuroIO Billing view (\"format\" is not %1)").arg(QLatin1String(kFormat)));
    if (json.value(QStringLiteral("version")).toInt() != kVersion) {
        return fail(tr("view version %1 is not supported; this version reads %2")
                        .arg(json.value(QStringLiteral("version")).toInt())
                        .arg(kVersion));
    }
    SavedView view;
    view.name = json.value(QStringLiteral("name")).toString().trimmed();
    if (view.name.isEmpty())
        return fail(tr("\"name\" is missing"));
    const QJsonValue account = json.value(QStringLiteral("account_id"));
    if (account.isDouble() && account.toInteger() > 0)
        view.accountId = account.toInteger();
    else if (!account.isNull() && !account.isUndefined())
        return fail(tr("\"account_id\" must be an account id or null"));

    const QJsonObject range = json.value(QStringLiteral("range")).toObject();
    if (range.contains(QStringLiteral("preset"))) {
        const auto preset = presetFromKey(range.value(QStringLiteral("preset")).toString());
        if (!preset) {
            return fail(tr("\"range.preset\" \"%1\" is not a known preset")
                            .arg(range.value(QStringLiteral("preset")).toString()));
        }
        view.preset = *preset;
    } else {
        const auto from = Month::fromString(range.value(QStringLiteral("from")).toString());
        if (!from.isOk())
            return fail(tr("\"range.from\": %1").arg(from.error.message));
        const auto to = Month::fromString(range.value(QStringLiteral("to")).toString());
        if (!to.isOk())
            return fail(tr("\"range.to\": %1").arg(to.error.message));
        view.preset = MonthRange::Preset::Custom;
        view.fixedRange = MonthRange(from.value, to.value);
        if (const ApiError problem = view.fixedRange.check(); !problem.isOk())
            return fail(tr("\"range\": %1").arg(problem.message));
    }
    for (const auto &v : json.value(QStringLiteral("spaces_ids")).toArray()) {
        if (!v.isDouble() || v.toInteger() <= 0)
            return fail(tr("\"spaces_ids\" must hold space ids"));
        view.spaceIds.append(v.toInteger());
    }
    for (const auto &v : json.value(QStringLiteral("event_types")).toArray()) {
        if (!v.isDouble() || !isKnownEventType(v.toInt()))
            return fail(tr("\"event_types\" holds an unknown event type"));
        view.eventTypes.append(v.toInt());
    }
    view.openAtStart = json.value(QStringLiteral("open_at_start")).toBool();
    return Result<SavedView>::success(view);
}

} // namespace neuroio
