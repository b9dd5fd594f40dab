#pragma once

#include "core/insights/budgetstatus.h"

#include <QColor>
#include <QIcon>

namespace neuroio::ui {

// How a budget's state looks wherever it is shown: an icon of its own shape for each state
// (a tick, a warning triangle, a stop sign) and a colour that reads on light and dark
// palettes. Never the colour alone: the state's name goes beside them.
QColor budgetStateColor(BudgetStatus::State state);
QIcon budgetStateIcon(BudgetStatus::State state);

} // namespace neuroio::ui
