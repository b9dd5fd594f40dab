#include "ui/dashboard/breakdownchart.h"

#include "core/api/eventtype.h"
#include "ui/dashboard/chartsummary.h"
#include "ui/dashboard/spacebreakdownmodel.h"
#include "ui/widgets/chartstyle.h"
#include "ui/widgets/eventtypestyle.h"
#include "ui/widgets/modelroles.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCursor>
#include <QEvent>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QSet>
#include <QToolTip>
#include <QVBoxLayout>
#include <QValueAxis>

#include <cmath>

namespace neuroio::ui {

namespace {

// Each bar gets this many pixels of height at least, so its name and label stay legible.
constexpr int kBarPixels = 22;
// The chart's title, share axis and margins.
constexpr int kAroundBars = 70;

QString elided(const QString &name)
{
    constexpr int kMax = 30;
    return name.size() <= kMax ? name : name.left(kMax - 1) + QChar(0x2026);
}

} // namespace

BreakdownChart::BreakdownChart(QAbstractItemModel *breakdownModel, QWidget *parent)
    : QWidget(parent)
    , m_model(breakdownModel)
    , m_scroll(new QScrollArea(this))
    , m_view(new QChartView)
    , m_detail(new QLabel(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    m_scroll->setWidget(m_view);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // The area is the chart's Tab stop: it scrolls many bars, and its menu saves the chart.
    m_scroll->setAccessibleName(tr("Usage by space"));
    m_scroll->setAccessibleDescription(
        tr("Scrolls when the bars do not fit. The menu key saves the chart as a picture."));
    layout->addWidget(m_scroll, 1);
    layout->addWidget(m_detail);
    m_detail->setWordWrap(true);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_detail->setAccessibleName(tr("The numbers of the space pointed at"));
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setFocusPolicy(Qt::NoFocus);
    m_view->viewport()->setFocusPolicy(Qt::NoFocus);
    m_view->setAccessibleName(tr("Usage by space"));
    connect(m_model, &QAbstractItemModel::modelReset, this, &BreakdownChart::rebuild);
    rebuild();
}

QString BreakdownChart::detailText() const
{
    return m_detail->text();
}

void BreakdownChart::hideDetail()
{
    m_detail->hide();
}

void BreakdownChart::pointAt(int row)
{
    if (row < 0 || row >= m_model->rowCount())
        return;
    const QModelIndex index = m_model->index(row, 0);
    QString text = index.data(Qt::ToolTipRole).toString();
    if (index.data(SpaceIdRole).isValid())
        text = tr("%1 Double-click to show only this space.", "a space's numbers, then this")
                   .arg(text);
    m_detail->setText(text);
}

void BreakdownChart::activate(int row)
{
    if (row < 0 || row >= m_model->rowCount())
        return;
    const QVariant id = m_model->index(row, 0).data(SpaceIdRole);
    if (id.isValid())
        emit spaceActivated(id.toLongLong());
}

void BreakdownChart::rebuild()
{
    m_names.clear();
    m_percents.clear();
    const int rows = m_model->rowCount();
    const int type = rows > 0 ? m_model->index(0, 0).data(EventTypeRole).toInt() : 0;
    m_detail->setText(rows > 0 ? tr("Hover over or click a bar for its numbers.") : QString());

    auto *set = new QBarSet(QString());
    set->setColor(eventTypeColor(type));
    QStringList categories;
    QSet<QString> used;
    // Largest on top: a horizontal bar series draws its first category at the bottom.
    for (int row = rows - 1; row >= 0; --row) {
        const QString name
            = m_model->index(row, SpaceBreakdownModel::SpaceColumn).data().toString();
        const double percent
            = m_model->index(row, SpaceBreakdownModel::ShareColumn).data(RawValueRole).toDouble();
        const double rounded = std::round(percent * 10) / 10;
        // The axis needs distinct names; two spaces may share one, or its first 30 letters.
        QString label = elided(name);
        if (used.contains(label)) {
            const QVariant id = m_model->index(row, 0).data(SpaceIdRole);
            label = tr("%1 (space %2)").arg(elided(name), id.toString());
        }
        used.insert(label);
        categories.append(label);
        set->append(rounded);
        m_names.prepend(name);
        m_percents.prepend(rounded);
    }
    m_view->setAccessibleDescription(
        tr("%1 Use the Table button for the numbers.", "a summary of the chart first")
            .arg(ChartSummary::breakdown(eventTypeDisplayName(type), m_names, m_percents)));
    auto *series = new QHorizontalBarSeries;
    series->append(set);
    series->setBarWidth(0.7);

    auto *chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    // The bars' percentages and the axis in the person's locale: "23,7 %" in German.
    chart->setLocalizeNumbers(true);
    chart->setLocale(QLocale());
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
    // Localized (localizeNumbers), Qt takes the one specifier and leaves the rest as written:
    // "%%" would show as it is.
    share->setLabelFormat(QStringLiteral("%.0f %"));
    share->setTitleText(tr("share of the total of every space"));
    chart->addAxis(names, Qt::AlignLeft);
    chart->addAxis(share, Qt::AlignBottom);
    series->attachAxis(names);
    series->attachAxis(share);
    // Labels are set once the series is in the chart; set earlier, Qt 6.4 does not draw them.
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    series->setLabelsFormat(QStringLiteral("@value %"));
    series->setLabelsPrecision(4);
    applyPalette(chart, palette());

    connect(set, &QBarSet::hovered, this, [this, rows](bool on, int index) {
        if (!on) {
            QToolTip::hideText();
            return;
        }
        const int row = rows - 1 - index;
        pointAt(row);
        QToolTip::showText(QCursor::pos(), m_model->index(row, 0).data(Qt::ToolTipRole).toString());
    });
    connect(set, &QBarSet::clicked, this, [this, rows](int index) { pointAt(rows - 1 - index); });
    connect(set, &QBarSet::doubleClicked, this,
            [this, rows](int index) { activate(rows - 1 - index); });

    QChart *old = m_view->chart();
    m_view->setChart(chart);
    delete old;
    fitHeight();
}

void BreakdownChart::fitHeight()
{
    constexpr int kFewBars = 12;
    const int bars = static_cast<int>(m_names.size());
    const int wanted = bars * kBarPixels + kAroundBars;
    // A few bars fill the panel and shrink with it; many make the chart as tall as they need,
    // and the area scrolls.
    if (bars <= kFewBars || wanted <= m_scroll->viewport()->height()) {
        m_view->setMinimumHeight(160);
        m_view->setMaximumHeight(QWIDGETSIZE_MAX);
    } else {
        m_view->setFixedHeight(wanted);
    }
}

void BreakdownChart::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    fitHeight();
}

void BreakdownChart::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && m_view->chart())
        applyPalette(m_view->chart(), palette());
}

} // namespace neuroio::ui
