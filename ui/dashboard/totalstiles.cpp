#include "ui/dashboard/totalstiles.h"

#include "core/api/eventtype.h"
#include "core/api/numbertext.h"
#include "core/usage/levelsummary.h"
#include "ui/dashboard/monthlytrendmodel.h"
#include "ui/dashboard/totalsmodel.h"
#include "ui/widgets/eventtypestyle.h"
#include "ui/widgets/modelroles.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace neuroio::ui {

TotalsTiles::TotalsTiles(QAbstractItemModel *totalsModel, MonthlyTrendModel *trendModel,
                         QWidget *parent)
    : QWidget(parent)
    , m_model(totalsModel)
    , m_trend(trendModel)
    , m_layout(new QHBoxLayout(this))
{
    m_layout->setContentsMargins(0, 0, 0, 0);
    // A Tab stop of its own, so that the keyboard can open its menu (Save as PNG or SVG).
    setFocusPolicy(Qt::TabFocus);
    setAccessibleName(tr("Totals"));
    setAccessibleDescription(tr("One tile per event type. The menu key saves them as a picture."));
    connect(m_model, &QAbstractItemModel::modelReset, this, &TotalsTiles::rebuild);
    connect(m_trend, &QAbstractItemModel::modelReset, this, &TotalsTiles::rebuild);
    rebuild();
}

QMap<int, QStringList> TotalsTiles::shownText() const
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
        const QString total = hasData ? quantity.data().toString() : tr("not given");
        QStringList lines;
        QString tip;
        const LevelSummary level
            = isLevelEventType(type) ? LevelSummary::of(m_trend->series(type)) : LevelSummary();
        if (level.isValid()) {
            lines << localeNumber(level.latest)
                  << tr("%1 %2", "a unit, then: in 2026-10 · average 103,210")
                         .arg(eventTypeUnit(type), level.detail());
            lines << (hasData ? tr("%1 %2 · %3", "a total, its unit-months, the months")
                                    .arg(total, eventTypeTotalUnit(type), m_rangeText)
                              : tr("the server sent no total"));
            tip = tr("%1: %2. Storage and licences are levels, counted each month; the total "
                     "endpoint adds the months up, in %3. %4")
                      .arg(eventTypeDisplayName(type), level.text(type), eventTypeTotalUnit(type),
                           level.averageBasis());
        } else {
            lines << total;
            lines << (hasData ? tr("%1 · %2", "a unit · the months")
                                    .arg(eventTypeTotalUnit(type), m_rangeText)
                              : tr("the server sent no total"));
            tip = tr("%1: %2 %3", "an event type: its total and unit")
                      .arg(eventTypeDisplayName(type), total, eventTypeTotalUnit(type));
        }
        // The total's change, in words and signs (never by colour alone), once the earlier
        // months' totals are in. A range of 12 months has the same months before it as a year
        // earlier: one line then.
        QStringList changes;
        for (const int column :
             {TotalsModel::PreviousPeriodColumn, TotalsModel::YearEarlierColumn}) {
            const QModelIndex cell = m_model->index(row, column);
            const QString change = cell.data().toString();
            if (change.isEmpty() || changes.contains(change))
                continue;
            changes << change;
            lines << change;
            tip += QLatin1Char('\n') + cell.data(Qt::ToolTipRole).toString();
        }
        m_shown.insert(type, lines);

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
        auto *value = new QLabel(lines.at(0), tile);
        QFont valueFont = value->font();
        valueFont.setPointSizeF(valueFont.pointSizeF() * 1.9);
        valueFont.setBold(true);
        value->setFont(valueFont);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        column->addWidget(name);
        column->addWidget(value);
        for (int i = 1; i < lines.size(); ++i) {
            auto *line = new QLabel(lines.at(i), tile);
            line->setWordWrap(true); // a narrow window wraps the line rather than widening
            line->setForegroundRole(i == 1 ? QPalette::WindowText : QPalette::PlaceholderText);
            line->setTextInteractionFlags(Qt::TextSelectableByMouse);
            column->addWidget(line);
        }
        tile->setAccessibleName(eventTypeDisplayName(type));
        tile->setAccessibleDescription(tip);
        tile->setToolTip(tip);
        m_layout->addWidget(tile, 1);
    }
}

} // namespace neuroio::ui
