#include "ui/dashboard/breakdownchart.h"

#include "ui/dashboard/spacebreakdownmodel.h"
#include "ui/widgets/eventtypestyle.h"
#include "ui/widgets/modelroles.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCursor>
#include <QHorizontalBarSeries>
#include <QToolTip>
#include <QVBoxLayout>
#include <QValueAxis>

#include <cmath>

namespace neuroio::ui {

namespace {

QString elided(const QString &name)
{
    constexpr int kMax = 30;
    return name.size() <= kMax ? name : name.left(kMax - 1) + QChar(0x2026);
}

} // namespace

BreakdownChart::BreakdownChart(QAbstractItemModel *breakdownModel, QWidget *parent)
    : QWidget(parent)
    , m_model(breakdownModel)
    , m_view(new QChartView(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setFocusPolicy(Qt::NoFocus);
    m_view->viewport()->setFocusPolicy(Qt::NoFocus);
    m_view->setAccessibleName(tr("Usage by space"));
    m_view->setAccessibleDescription(tr("Use the Table button for the numbers."));
    connect(m_model, &QAbstractItemModel::modelReset, this, &BreakdownChart::rebuild);
    rebuild();
}

void BreakdownChart::rebuild()
{
    m_names.clear();
    m_percents.clear();
    const int rows = m_model->rowCount();
    const int type = rows > 0 ? m_model->index(0, 0).data(EventTypeRole).toInt() : 0;

    auto *set = new QBarSet(QString());
    set->setColor(eventTypeColor(type));
    QStringList categories;
    // Largest on top: a horizontal bar series draws its first category at the bottom.
    for (int row = rows - 1; row >= 0; --row) {
        const QString name
            = m_model->index(row, SpaceBreakdownModel::SpaceColumn).data().toString();
        const double percent
            = m_model->index(row, SpaceBreakdownModel::ShareColumn).data(RawValueRole).toDouble();
        const double rounded = std::round(percent * 10) / 10;
        categories.append(elided(name));
        set->append(rounded);
        m_names.prepend(name);
        m_percents.prepend(rounded);
    }
    auto *series = new QHorizontalBarSeries;
    series->append(set);
    series->setBarWidth(0.7);
    set->setLabelColor(palette().color(QPalette::WindowText));

    auto *chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->hide();
    chart->setMargins(QMargins(2, 2, 2, 2));
    chart->addSeries(series);
    auto *names = new QBarCategoryAxis;
    names->append(categories);
    auto *share = new QValueAxis;
    double maxPercent = 0;
    for (double p : m_percents)
        maxPercent = std::max(maxPercent, p);
    // Round ticks (0, 10, 20 ... %), with room after the longest bar for its label.
    const double top = std::min(100.0, std::ceil(std::max(10.0, maxPercent * 1.2) / 10) * 10);
    share->setRange(0, top);
    share->setTickCount(static_cast<int>(top / 10) + 1);
    share->setLabelFormat(QStringLiteral("%.0f %%"));
    share->setTitleText(tr("share of the total"));
    chart->addAxis(names, Qt::AlignLeft);
    chart->addAxis(share, Qt::AlignBottom);
    series->attachAxis(names);
    series->attachAxis(share);
    // Labels are set once the series is in the chart; set earlier, Qt 6.4 does not draw them.
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    series->setLabelsFormat(QStringLiteral("@value %"));
    series->setLabelsPrecision(4);

    connect(set, &QBarSet::hovered, this, [this, rows](bool on, int index) {
        if (!on) {
            QToolTip::hideText();
            return;
        }
        const int row = rows - 1 - index;
        QToolTip::showText(QCursor::pos(), m_model->index(row, 0).data(Qt::ToolTipRole).toString());
    });

    QChart *old = m_view->chart();
    m_view->setChart(chart);
    delete old;
}

} // namespace neuroio::ui
