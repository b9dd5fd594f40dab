#include "ui/dashboard/totalstiles.h"

#include "core/api/eventtype.h"
#include "core/api/numbertext.h"
#include "core/usage/levelsummary.h"
#include "ui/dashboard/monthlytrendmodel.h"
#include "ui/dashboard/totalsmodel.h"
#include "ui/widgets/budgetstatestyle.h"
#include "ui/widgets/eventtypestyle.h"
#include "ui/widgets/modelroles.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

#include <cmath>

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
    const auto *totals = qobject_cast<const TotalsModel *>(m_model);
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
        // A flow's month not yet over: where it is on course to end, beside the part so far.
        if (const auto projection = m_trend->openMonthProjection(type);
            projection && projection->projected) {
            lines << tr("%1 so far: %2 %3 · on course for %4 by its end",
                        "a month not yet over: its figure so far, unit, its projected end")
                         .arg(projection->month.toString(), localeNumber(projection->soFar),
                              eventTypeUnit(type),
                              localeNumber(std::round(*projection->projected)));
        }
        // The cost at the user's prices: always called an estimate, never a bill.
        if (const std::optional<Money> money = totals ? totals->cost(type) : std::nullopt) {
            lines << (money->tooLarge
                          ? tr("cost too large to estimate from your price list")
                          : tr("≈ %1 · estimate from your price list", "an amount of money")
                                .arg(CostEstimate::text(*money, QLocale())));
            tip += QLatin1Char('\n')
                   + m_model->index(row, TotalsModel::CostColumn).data(Qt::ToolTipRole).toString();
        }
        // The total's change, in words and signs (never by colour alone), once the earlier
        // months' totals are in. A range of 12 months has the same months before it as a year
        // earlier: one line then.
        QStringList changes;
        // One reason for both, such as a month not over yet: said once, without the months.
        const auto whyNotAgainst = [totals](PeriodChange::Against against) {
            const std::optional<PeriodComparison> comparison
                = totals ? totals->comparison(against) : std::nullopt;
            return comparison ? comparison->failure : QString();
        };
        const QString whyNot = whyNotAgainst(PeriodChange::Against::PreviousPeriod);
        const bool sameReason
            = !whyNot.isEmpty() && whyNot == whyNotAgainst(PeriodChange::Against::YearEarlier);
        if (sameReason)
            lines << tr("Not compared: %1").arg(whyNot);
        for (const int column :
             {TotalsModel::PreviousPeriodColumn, TotalsModel::YearEarlierColumn}) {
            const QModelIndex cell = m_model->index(row, column);
            const QString change = cell.data().toString();
            if (change.isEmpty() || changes.contains(change))
                continue;
            changes << change;
            if (!sameReason)
                lines << change;
            tip += QLatin1Char('\n') + cell.data(Qt::ToolTipRole).toString();
        }
        // The type's budgets: a line each, with an icon and words for its state; the tile's
        // edge takes the worst state's colour too, but never says it alone.
        const QList<BudgetStatus> budgets
            = totals ? totals->budgetStatuses(type) : QList<BudgetStatus>();
        std::optional<BudgetStatus::State> worst;
        QStringList budgetLines;
        for (const BudgetStatus &status : budgets) {
            budgetLines << status.summary();
            tip += QLatin1Char('\n') + status.text();
            worst = std::max(worst.value_or(status.state), status.state);
        }
        m_shown.insert(type, lines + budgetLines);

        auto *tile = new QFrame(this);
        tile->setFrameShape(QFrame::StyledPanel);
        const QColor color = eventTypeColor(type);
        const QString edge = worst && *worst != BudgetStatus::State::Ok
                                 ? budgetStateColor(*worst).name()
                                 : QStringLiteral("palette(mid)");
        const int edgeWidth = worst && *worst != BudgetStatus::State::Ok ? 2 : 1;
        tile->setStyleSheet(QStringLiteral("QFrame { border: %3px solid %2;"
                                           " border-left: 6px solid %1; border-radius: 4px; }"
                                           " QLabel { border: none; }")
                                .arg(color.name(), edge)
                                .arg(edgeWidth));
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
        for (int i = 0; i < budgets.size(); ++i) {
            auto *row = new QHBoxLayout;
            row->setSpacing(4);
            auto *icon = new QLabel(tile);
            const int side = fontMetrics().height();
            icon->setPixmap(budgetStateIcon(budgets.at(i).state).pixmap(side, side));
            icon->setAccessibleName(BudgetStatus::stateTitle(budgets.at(i).state));
            auto *text = new QLabel(budgetLines.at(i), tile);
            text->setWordWrap(true);
            text->setTextInteractionFlags(Qt::TextSelectableByMouse);
            row->addWidget(icon, 0, Qt::AlignTop);
            row->addWidget(text, 1);
            column->addLayout(row);
        }
        tile->setAccessibleName(eventTypeDisplayName(type));
        tile->setAccessibleDescription(tip);
        tile->setToolTip(tip);
        m_layout->addWidget(tile, 1);
    }
}

} // namespace neuroio::ui
