#pragma once

#include <Qt>

namespace neuroio::ui {

// Roles shared by the dashboard's models, so one chart or export can read any of them.
enum ModelRole {
    RawValueRole = Qt::UserRole, // the number or text itself, unformatted
    EventTypeRole,               // int
    SpaceIdRole,                 // qint64, or invalid
    HasDataRole,                 // bool: false where the server sent nothing
    AccountIdRole,               // qint64
    IsTotalRole,                 // bool: the row of column totals
    BudgetStateRole,             // int: the worst BudgetStatus::State, or invalid for none
};

} // namespace neuroio::ui
