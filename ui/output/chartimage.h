#pragma once

#include "core/api/apierror.h"

#include <QString>

#include <functional>

class QWidget;

namespace neuroio::ui {

// Saves what a chart widget shows as a PNG (at twice the screen's resolution, for print) or
// as an SVG. Never leaves a half-written file; an error says why it failed.
ApiError saveWidgetAsPng(QWidget *widget, const QString &path);
ApiError saveWidgetAsSvg(QWidget *widget, const QString &path, const QString &title);
// Adds "Save as PNG…" and "Save as SVG…" to the widget's context menu.
void addSaveImageMenu(QWidget *widget, const QString &title, std::function<QString()> baseName);

} // namespace neuroio::ui
