#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace neuroio::app {

// neuroio-billing check: where each budget stands in the month open now, one line per budget,
// and an exit code a cron job or a CI step can act on.
class CheckCommand final
{
    Q_DECLARE_TR_FUNCTIONS(neuroio::app::CheckCommand)

public:
    static int run(const QStringList &arguments);
};

} // namespace neuroio::app
