#pragma once

#include "core/api/page.h"

#include <QByteArray>

#include <optional>

namespace neuroio {

// The usage page as servers send it nearly always, read in one pass over the bytes: a top
// level of count, next, previous and results, each row an object of the six contract fields
// with plain values. Anything else (an extra field, a number written as 5.0 or 1e3, a lone
// surrogate, a repeated key, a value of the wrong type, any error) returns nothing, and
// ResponseParser::usagePage reads the body with its general reader instead, which keeps
// extras in the server's order and names the first problem with its JSON path. So this
// reader only has to be fast and to agree with the general one where it answers; the
// fuzzer (fuzz_usage_page) and tst_plainusagepage check that it does.
std::optional<UsagePage> readPlainUsagePage(const QByteArray &body);

} // namespace neuroio
