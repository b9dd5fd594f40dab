#pragma once

#include <QString>

class QAbstractItemView;
class QItemSelectionModel;

namespace neuroio::ui {

// The selected cells as tab-separated text, rows in order, for pasting into a spreadsheet:
// numbers plain (no grouping), text with tabs and line breaks turned into spaces.
QString selectionAsTsv(const QItemSelectionModel *selection);
// Ctrl+C and a "Copy" context-menu entry on the view.
void addCopyAction(QAbstractItemView *view);

} // namespace neuroio::ui
