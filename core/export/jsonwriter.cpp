#include "core/export/jsonwriter.h"

#include "core/api/numbertext.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cstdio>

namespace neuroio {

QByteArray JsonWriter::string(const QString &text)
{
    QByteArray out;
    appendString(out, text);
    return out;
}

void JsonWriter::appendString(QByteArray &out, const QString &text)
{
    // Most text is printable ASCII with nothing to escape: copied byte for byte.
    const bool plain = std::all_of(text.cbegin(), text.cend(), [](QChar c) {
        const char16_t u = c.unicode();
        return u >= 0x20 && u < 0x80 && u != u'"' && u != u'\\';
    });
    out += '"';
    if (plain) {
        const qsizetype at = out.size();
        out.resize(at + text.size());
        char *bytes = out.data() + at;
        for (const QChar c : text)
            *bytes++ = char(c.unicode());
        out += '"';
        return;
    }
    qsizetype plainStart = 0;
    // Runs of ordinary characters are encoded whole, so surrogate pairs stay pairs.
    const auto flush = [&](qsizetype end) {
        out += QStringView(text).sliced(plainStart, end - plainStart).toUtf8();
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t u = text.at(i).unicode();
        const char *escape = nullptr;
        char control[8];
        switch (u) {
        case u'"':
            escape = "\\\"";
            break;
        case u'\\':
            escape = "\\\\";
            break;
        case u'\n':
            escape = "\\n";
            break;
        case u'\r':
            escape = "\\r";
            break;
        case u'\t':
            escape = "\\t";
            break;
        case u'\b':
            escape = "\\b";
            break;
        case u'\f':
            escape = "\\f";
            break;
        default:
            if (u < 0x20) {
                std::snprintf(control, sizeof control, "\\u%04x", static_cast<unsigned>(u));
                escape = control;
            }
        }
        if (!escape)
            continue;
        flush(i);
        out += escape;
        plainStart = i + 1;
    }
    flush(text.size());
    out += '"';
}

QByteArray JsonWriter::value(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return "null";
    case QJsonValue::Bool:
        return value.toBool() ? "true" : "false";
    case QJsonValue::Double:
        return plainNumber(value.toDouble()).toUtf8();
    case QJsonValue::String:
        return string(value.toString());
    case QJsonValue::Array:
        return QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact);
    case QJsonValue::Object:
        return QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
    }
    return "null";
}

QByteArray JsonWriter::object(const ExportRow &row, const QStringList &csvOnly)
{
    QByteArray out;
    appendObject(out, row, csvOnly);
    return out;
}

void JsonWriter::appendObject(QByteArray &out, const ExportRow &row, const QStringList &csvOnly)
{
    out += '{';
    bool first = true;
    for (const auto &cell : row) {
        const ExportValue &v = cell.second;
        if (v.kind == ExportValue::Kind::Missing || csvOnly.contains(cell.first))
            continue;
        if (!first)
            out += ',';
        first = false;
        appendString(out, cell.first);
        out += ':';
        switch (v.kind) {
        case ExportValue::Kind::Text:
            appendString(out, v.text);
            break;
        case ExportValue::Kind::Number:
            appendPlainNumber(out, v.number);
            break;
        case ExportValue::Kind::Json:
            out += value(*v.json);
            break;
        case ExportValue::Kind::Missing:
            break;
        }
    }
    out += '}';
}

} // namespace neuroio
