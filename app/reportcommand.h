#pragma once

#include <QCoreApplication>

namespace neuroio::app {

// neuroio-billing report: the dashboard's numbers and charts for a range, as a PDF, rendered
// offscreen (no display needed). It reads its options before it starts the GUI machinery
// that draws the charts, so --help and a wrong option cost nothing and print only their text.
class ReportCommand final
{
    Q_DECLARE_TR_FUNCTIONS(neuroio::app::ReportCommand)

public:
    static int run(int &argc, char **argv);
};

} // namespace neuroio::app
