#pragma once

#include <QString>

namespace neuroio {

// An account that the connected manager manages.
struct Account
{
    qint64 id = 0;
    QString name;

    friend bool operator==(const Account &a, const Account &b)
    {
        return a.id == b.id && a.name == b.name;
    }
};

} // namespace neuroio
