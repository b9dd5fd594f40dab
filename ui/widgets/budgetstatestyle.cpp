#include "ui/widgets/budgetstatestyle.h"

#include <QApplication>
#include <QStyle>

namespace neuroio::ui {

QColor budgetStateColor(BudgetStatus::State state)
{
    // Mid-tone amber and red: bright enough on a dark window, dark enough on a light one.
    switch (state) {
    case BudgetStatus::State::Over:
        return QColor(0xd3, 0x2f, 0x2f);
    case BudgetStatus::State::AtRisk:
        return QColor(0xe0, 0x8e, 0x00);
    case BudgetStatus::State::Ok:
        break;
    }
    return QColor(0x2e, 0x7d, 0x32);
}

QIcon budgetStateIcon(BudgetStatus::State state)
{
    QStyle *style = QApplication::style();
    switch (state) {
    case BudgetStatus::State::Over:
        return style->standardIcon(QStyle::SP_MessageBoxCritical);
    case BudgetStatus::State::AtRisk:
        return style->standardIcon(QStyle::SP_MessageBoxWarning);
    case BudgetStatus::State::Ok:
        break;
    }
    return style->standardIcon(QStyle::SP_DialogApplyButton);
}

} // namespace neuroio::ui
