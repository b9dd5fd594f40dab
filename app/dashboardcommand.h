#pragma once

namespace neuroio::app {

// neuroio-billing without a command: the dashboard window. Every option is read and checked
// before a display is needed, so --help, --version and a wrong option work without one.
class DashboardCommand final
{
public:
    static int run(int &argc, char **argv);
};

} // namespace neuroio::app
