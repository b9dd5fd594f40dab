#include "ui/dashboard/totalstiles.h"

#include "core/api/eventtype.h"
#include "core/export/numbertext.h"
#include "ui/dashboard/totalsmodel.h"
#include "ui/widgets/eventtypestyle.h"
#include "ui/widgets/modelroles.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace neuroio::ui {

TotalsTiles::TotalsTiles(QAbstractItemModel *totalsModel, QWidget *parent)
    : QWidget(parent)
    , m_model(totalsModel)
    , m_layout(new QHBoxLayout(this))
{
    m_layout->setContentsMargins(0, 0, 0, 0);
    connect(m_model, &QAbstractItemModel::modelReset, this, &TotalsTiles::rebuild);
    rebuild();
}

QMap<int, QString> TotalsTiles::shownNumbers() const
{
    return m_shown;
}

void TotalsTiles::rebuild()
{
    while (QLayoutItem *item = m_layout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_shown.clear();
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const int type
            = m_model->index(row, TotalsModel::EventTypeColumn).data(EventTypeRole).toInt();
        const QModelIndex quantity = m_model->index(row, TotalsModel::QuantityColumn);
        const bool hasData = quantity.data(HasDataRole).toBool();
        const QString number = hasData ? quantity.data().toString() : tr("not given");
        m_shown.insert(type, number);

        auto *tile = new QFrame(this);
        tile->setFrameShape(QFrame::StyledPanel);
        const QColor color = eventTypeColor(type);
        tile->setStyleSheet(QStringLiteral("QFrame { border: 1px solid palette(mid);"
                                           " border-left: 6px solid %1; border-radius: 4px; }"
                                           " QLabel { border: none; }")
                                .arg(color.name()));
        auto *column = new QVBoxLayout(tile);
        column->setContentsMargins(10, 6, 10, 6);
        column->setSpacing(0);
        auto *name = new QLabel(eventTypeDisplayName(type), tile);
        QFont nameFont = name->font();
        nameFont.setBold(true);
        name->setFont(nameFont);
        auto *value = new QLabel(number, tile);
        QFont valueFont = value->font();
        valueFont.setPointSizeF(valueFont.pointSizeF() * 1.9);
        valueFont.setBold(true);
        value->setFont(valueFont);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        auto *unit = new QLabel(
            hasData ? tr("%1 · %2", "a unit · the months").arg(eventTypeUnit(type), m_rangeText)
                    : tr("the server sent no total"),
            tile);
        unit->setForegroundRole(QPalette::PlaceholderText);
        column->addWidget(name);
        column->addWidget(value);
        column->addWidget(unit);
        const QString accessible
            = tr("%1: %2 %3", "an event type: its total and unit")
                  .arg(eventTypeDisplayName(type), number, eventTypeUnit(type));
        tile->setAccessibleName(accessible);
        tile->setToolTip(accessible);
        m_layout->addWidget(tile, 1);
    }
}

} // namespace neuroio::ui
