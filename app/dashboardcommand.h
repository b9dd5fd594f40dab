#pragma once

#include <QCoreApplication>

namespace neuroio::app {

// neuroio-billing without a command: the dashboard window. Every option is read and checked
// before a display is needed, so --help, --version and a wrong option work without one.
class DashboardCommand final
{
    Q_DECLARE_TR_FUNCTIONS(neuroio::app::DashboardCommand)

public:
    // The application object is made before run(), so that every text of the command is in
    // the person's language: a QApplication when this says so, a QCoreApplication otherwise.
    static bool needsWindow(int argc, char **argv);
    static int run(int &argc, char **argv);
};

} // namespace neuroio::app
