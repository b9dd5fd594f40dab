#include "ui/widgets/taborder.h"

#include <QWidget>

namespace neuroio::ui {

void setTabOrderChain(const QList<QWidget *> &widgets)
{
    QWidget *previous = nullptr;
    for (QWidget *widget : widgets) {
        if (!(widget->focusPolicy() & Qt::TabFocus))
            continue;
        if (previous)
            QWidget::setTabOrder(previous, widget);
        previous = widget;
    }
}

} // namespace neuroio::ui
