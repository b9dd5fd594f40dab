#pragma once

#include "core/api/space.h"

#include <QString>

#include <optional>

namespace neuroio {

// Who the token belongs to. Only username is promised by the SDK; the rest may be absent.
struct WhoAmI
{
    QString username;
    std::optional<qint64> accountId;
    std::optional<bool> isManager;
    std::optional<Space> space; // set for a space token
};

} // namespace neuroio
