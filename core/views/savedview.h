#pragma once

#include "core/api/result.h"
#include "core/usage/monthrange.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace neuroio {

// Filters and scope under a name. A relative range ("last 3 full months") stays relative and
// resolves on the day the view is opened; a custom range stays fixed.
struct SavedView
{
    Q_DECLARE_TR_FUNCTIONS(neuroio::SavedView)

public:
    QString name;
    std::optional<qint64> accountId; // empty: the user's own usage
    MonthRange::Preset preset = MonthRange::Preset::Last12Months;
    MonthRange fixedRange; // for Preset::Custom
    QList<qint64> spaceIds;
    QList<int> eventTypes;
    bool openAtStart = false;

    bool isRelative() const { return preset != MonthRange::Preset::Custom; }
    MonthRange resolve(Month current) const;

    QJsonObject toJson() const;
    // An InvalidInput error names the field that is wrong when the JSON is not a view this
    // version can read.
    static Result<SavedView> fromJson(const QJsonObject &json);

    static QString presetKey(MonthRange::Preset preset);
    static std::optional<MonthRange::Preset> presetFromKey(const QString &key);
};

} // namespace neuroio
