#pragma once

#include <QString>

namespace neuroio {

struct Space
{
    qint64 id = 0;
    QString name;

    friend bool operator==(const Space &a, const Space &b)
    {
        return a.id == b.id && a.name == b.name;
    }
};

} // namespace neuroio
