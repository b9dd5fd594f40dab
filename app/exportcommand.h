#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace neuroio::app {

// neuroio-billing export: usage or totals, as CSV or JSON, to a file or standard output.
class ExportCommand final
{
    Q_DECLARE_TR_FUNCTIONS(neuroio::app::ExportCommand)

public:
    static int run(const QStringList &arguments);
};

} // namespace neuroio::app
