#pragma once

#include <QStringList>

namespace neuroio::app {

// neuroio-billing report: the dashboard's numbers and charts for a range, as a PDF, rendered
// offscreen (no display needed).
class ReportCommand final
{
public:
    static int run(const QStringList &arguments);
};

} // namespace neuroio::app
