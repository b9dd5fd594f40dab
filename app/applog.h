#pragma once

#include <QString>

namespace neuroio::app {

// Where the program's messages go. Every message, ours ("neuroio.*" categories) and Qt's,
// is appended to a log file in the application's data folder, the place a person is sent to
// for the detail behind a short message. The window also echoes them on stderr, as any Qt
// program does. The commands (export, report) keep stderr for their own words: there, only
// our debug and info messages, which a person turns on with QT_LOGGING_RULES, are echoed.
enum class LogEcho { Everything, OwnDiagnostics };

void installLog(LogEcho echo);
// The log file: .../NeuroIO/NeuroIO Billing/neuroio-billing.log.
QString logFilePath();

} // namespace neuroio::app
