#pragma once

#include <QStringList>

namespace neuroio::app {

// neuroio-billing export: usage or totals, as CSV or JSON, to a file or standard output.
class ExportCommand final
{
public:
    static int run(const QStringList &arguments);
};

} // namespace neuroio::app
