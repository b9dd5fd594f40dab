#include "ui/dashboard/trendcharts.h"

#include "core/api/eventtype.h"
#include "core/export/numbertext.h"
#include "ui/dashboard/monthlytrendmodel.h"
#include "ui/widgets/eventtypestyle.h"
#include "ui/widgets/modelroles.h"

#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QCoreApplication>
#include <QCursor>
#include <QDate>
#include <QGridLayout>
#include <QLineSeries>
#include <QLocale>
#include <QScatterSeries>
#include <QToolTip>
#include <QValueAxis>

#include <cmath>

namespace neuroio::ui {

namespace {

struct Scale
{
    double divisor;
    QString title; // the axis title, %1 the unit
};

Scale scaleFor(double maximum)
{
    if (maximum >= 2e6)
        return {1e6, QCoreApplication::translate("neuroio::ui::TrendCharts", "million %1",
                                                 "an axis title: millions of the unit")};
    if (maximum >= 2e4)
        return {1e3, QCoreApplication::translate("neuroio::ui::TrendCharts", "thousand %1",
                                                 "an axis title: thousands of the unit")};
    return {1, QStringLiteral("%1")};
}

// "Jan 2026" where a year starts (and on the first label), "Apr" elsewhere: short enough
// that a small chart never elides them.
QString shortMonth(const QString &yyyyMm, bool withYear)
{
    const QDate date = QDate::fromString(yyyyMm + QStringLiteral("-01"), Qt::ISODate);
    return QLocale().toString(date, withYear || date.month() == 1 ? QStringLiteral("MMM yyyy")
                                                                  : QStringLiteral("MMM"));
}

} // namespace

TrendCharts::TrendCharts(QAbstractItemModel *trendModel, QWidget *parent)
    : QWidget(parent)
    , m_model(trendModel)
    , m_grid(new QGridLayout(this))
{
    m_grid->setContentsMargins(0, 0, 0, 0);
    m_grid->setSpacing(4);
    connect(m_model, &QAbstractItemModel::modelReset, this, &TrendCharts::rebuild);
    rebuild();
}

QList<double> TrendCharts::plottedValues(int eventType) const
{
    return m_plotted.value(eventType);
}

void TrendCharts::rebuild()
{
    qDeleteAll(m_views);
    m_views.clear();
    m_plotted.clear();
    const int charts = m_model->columnCount() - MonthlyTrendModel::FirstEventTypeColumn;
    const int columns = charts <= 1 ? 1 : 2;
    for (int i = 0; i < charts; ++i) {
        QChartView *view = makeChart(MonthlyTrendModel::FirstEventTypeColumn + i);
        m_views.append(view);
        m_grid->addWidget(view, i / columns, i % columns);
    }
}

QChartView *TrendCharts::makeChart(int column)
{
    const int type = m_model->headerData(column, Qt::Horizontal, EventTypeRole).toInt();
    const int months = m_model->rowCount();
    double maximum = 0;
    QList<double> values;
    for (int row = 0; row < months; ++row) {
        const double v = m_model->index(row, column).data(RawValueRole).toDouble();
        values.append(v);
        maximum = std::max(maximum, v);
    }
    m_plotted.insert(type, values);
    const Scale scale = scaleFor(maximum);
    const QColor color = eventTypeColor(type);

    auto *line = new QLineSeries;
    auto *points = new QScatterSeries;
    line->setColor(color);
    QPen pen = line->pen();
    pen.setWidthF(2.2);
    line->setPen(pen);
    points->setColor(color);
    points->setBorderColor(color);
    points->setMarkerSize(7);
    for (int row = 0; row < months; ++row) {
        line->append(row, values[row] / scale.divisor);
        points->append(row, values[row] / scale.divisor);
    }

    auto *chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->hide();
    chart->setTitle(eventTypeDisplayName(type));
    QFont titleFont = chart->titleFont();
    titleFont.setBold(true);
    chart->setTitleFont(titleFont);
    chart->setMargins(QMargins(2, 2, 2, 2));
    chart->setBackgroundRoundness(0);
    chart->addSeries(line);
    chart->addSeries(points);

    auto *xAxis = new QCategoryAxis;
    xAxis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    const int step = std::max(1, static_cast<int>(std::ceil(months / 4.0)));
    for (int row = 0; row < months; row += step) {
        const QString month = m_model->index(row, MonthlyTrendModel::MonthColumn).data().toString();
        xAxis->append(shortMonth(month, row == 0), row);
    }
    QFont labelFont = xAxis->labelsFont();
    labelFont.setPointSizeF(labelFont.pointSizeF() * 0.9);
    xAxis->setLabelsFont(labelFont);
    xAxis->setRange(-0.5, std::max(0.5, months - 0.5));
    xAxis->setGridLineVisible(false);
    auto *yAxis = new QValueAxis;
    yAxis->setRange(0, maximum > 0 ? maximum / scale.divisor * 1.1 : 1);
    yAxis->applyNiceNumbers();
    yAxis->setLabelFormat(maximum / scale.divisor < 10 ? QStringLiteral("%.1f")
                                                       : QStringLiteral("%.0f"));
    yAxis->setTitleText(scale.title.arg(eventTypeUnit(type)));
    chart->addAxis(xAxis, Qt::AlignBottom);
    chart->addAxis(yAxis, Qt::AlignLeft);
    for (QAbstractSeries *s :
         {static_cast<QAbstractSeries *>(line), static_cast<QAbstractSeries *>(points)}) {
        s->attachAxis(xAxis);
        s->attachAxis(yAxis);
    }

    connect(points, &QScatterSeries::hovered, this, [this, column](const QPointF &p, bool on) {
        if (!on) {
            QToolTip::hideText();
            return;
        }
        const int row = static_cast<int>(std::lround(p.x()));
        QToolTip::showText(QCursor::pos(),
                           m_model->index(row, column).data(Qt::ToolTipRole).toString());
    });

    auto *view = new QChartView(chart, this);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumSize(260, 180);
    // Charts take no keyboard focus; the Table button beside them is the keyboard's way in.
    view->setFocusPolicy(Qt::NoFocus);
    view->viewport()->setFocusPolicy(Qt::NoFocus);
    view->setAccessibleName(tr("Monthly trend of %1").arg(eventTypeDisplayName(type)));
    view->setAccessibleDescription(tr("Use the Table button for the numbers."));
    return view;
}

} // namespace neuroio::ui
