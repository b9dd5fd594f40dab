#pragma once

class QCategoryAxis;
class QChart;
class QFont;
class QPalette;

namespace neuroio {
class Month;
class ValueAxis;
} // namespace neuroio

namespace neuroio::ui {

// Charts draw with their own theme, which knows nothing of the widget palette: a dark palette
// put white labels on a white chart. This paints a chart's background, titles, labels and grid
// from the palette; charts call it when built and again on every palette change.
void applyPalette(QChart *chart, const QPalette &palette);

// Labels a month axis with monthAxisTicks() for the width it has, in pixels.
void setMonthTicks(QCategoryAxis *axis, const Month &first, int months, int widthPixels);

// Puts a ValueAxis's round ticks and locale-grouped labels on a category axis (a QValueAxis
// can only printf its labels, without digit grouping).
void setValueTicks(QCategoryAxis *axis, const ValueAxis &values);

} // namespace neuroio::ui
