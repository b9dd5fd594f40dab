#pragma once

#include <QString>

#include <string_view>

namespace neuroio {

// The text of a JSON string's bytes between its quotes (UTF-8 already checked), with JSON's
// escapes decoded when escaped says there are any. False for a bad escape or a lone surrogate
// (\ud800 without its pair), which readers leave to QJsonDocument. The one decoder of our own
// JSON readers: the one-pass usage page and the key order of extras.
bool decodeJsonString(std::string_view raw, bool escaped, QString *out);

} // namespace neuroio
