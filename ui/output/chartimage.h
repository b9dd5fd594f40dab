#pragma once

#include <QString>

#include <functional>

class QWidget;

namespace neuroio::ui {

// Saves what a chart widget shows as a PNG (at twice the screen's resolution, for print) or
// as an SVG. Returns an empty string, or why it failed. Never leaves a half-written file.
QString saveWidgetAsPng(QWidget *widget, const QString &path);
QString saveWidgetAsSvg(QWidget *widget, const QString &path, const QString &title);
// Adds "Save as PNG…" and "Save as SVG…" to the widget's context menu.
void addSaveImageMenu(QWidget *widget, const QString &title, std::function<QString()> baseName);

} // namespace neuroio::ui
