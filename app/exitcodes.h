#pragma once

namespace neuroio::app {

// The command line's exit codes, as --help and the README list them.
enum ExitCode {
    ExitOk = 0,
    ExitFailed = 1,        // the dashboard: no display, or --screenshot saved no whole picture
    ExitBudgetNotOk = 1,   // check: a budget is over (or at risk, with --warn-exit)
    ExitBadArguments = 2,  // a malformed month, a reversed range, an unknown event type ...
    ExitRefused = 3,       // the token was refused, or lacks the permission
    ExitConnection = 4,    // network, TLS, timeout or malformed response
    ExitWriteFailed = 5,   // the output could not be written (a full disk, say)
    ExitIncomplete = 6,    // the accounts overview: written, but some accounts did not answer
    ExitInterrupted = 130, // Ctrl+C: nothing was written
};

} // namespace neuroio::app
