#pragma once

#include "core/api/month.h"
#include "core/views/savedview.h"

#include <QStringList>

namespace neuroio {

// The neuroio-billing export command that writes what a view shows, for a person to paste into
// a terminal or a crontab: its account, spaces and event types, and its months. The default
// range (the last 12 full months) is left to the command, so the line stays relative as the
// view is; any other range is written out as --from and --to, as on the day it is copied.
QStringList exportArguments(const SavedView &view, Month current);
// The same as one line for a shell; no argument needs quoting.
QString exportCommandLine(const SavedView &view, Month current);

} // namespace neuroio
