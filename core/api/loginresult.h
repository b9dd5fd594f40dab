#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

namespace neuroio {

// The answer to POST /v1/auth/token/.
struct LoginResult
{
    QString username;
    QString tokenKey;
    std::optional<qint64> tokenId;
    std::optional<bool> isActive;
    QDateTime created; // invalid when absent
    QDateTime expires; // invalid when absent or permanent
};

} // namespace neuroio
