#pragma once

#include <QList>

class QWidget;

namespace neuroio::ui {

// Tab visits the widgets in the order given, each after the one before: the order they are
// drawn in, where the order they were made in differs. Widgets Tab does not stop at are
// skipped, so a list may name a row's widgets as they stand. (Qt 6.6 has this as
// QWidget::setTabOrder(std::initializer_list); Debian's Qt is 6.4.)
void setTabOrderChain(const QList<QWidget *> &widgets);

} // namespace neuroio::ui
