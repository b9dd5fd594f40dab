#pragma once

#include <QJsonValue>
#include <QString>

#include <optional>

namespace neuroio {

// One cell of an exported row, typed so CSV can quote text and JSON can keep numbers numbers.
struct ExportValue
{
    enum class Kind { Missing, Text, Number, Json };
    Kind kind = Kind::Missing;
    QString text;
    double number = 0;
    // For Kind::Json: a server value of any JSON type. Optional, so the text and number cells
    // of every row never construct one.
    std::optional<QJsonValue> json;

    static ExportValue missing() { return {}; }
    static ExportValue fromText(const QString &t) { return {Kind::Text, t, 0, {}}; }
    static ExportValue fromNumber(double n) { return {Kind::Number, {}, n, {}}; }
    static ExportValue fromJson(const QJsonValue &v) { return {Kind::Json, {}, 0, v}; }
};

} // namespace neuroio
