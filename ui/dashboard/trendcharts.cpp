#include "ui/dashboard/trendcharts.h"

#include "core/api/eventtype.h"
#include "core/api/numbertext.h"
#include "core/usage/valueaxis.h"
#include "ui/dashboard/chartsummary.h"
#include "ui/dashboard/monthlytrendmodel.h"
#include "ui/widgets/chartstyle.h"
#include "ui/widgets/eventtypestyle.h"
#include "ui/widgets/modelroles.h"

#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QCoreApplication>
#include <QCursor>
#include <QEvent>

#include <QAreaSeries>
#include <QFontMetrics>
#include <QGridLayout>
#include <QLabel>
#include <QLineSeries>
#include <QMouseEvent>
#include <QScatterSeries>
#include <QToolTip>
#include <QVBoxLayout>
#include <algorithm>

#include <cmath>

namespace neuroio::ui {

namespace {

QCategoryAxis *monthAxisOf(QChartView *view)
{
    const QList<QAbstractAxis *> axes = view->chart()->axes(Qt::Horizontal);
    return axes.isEmpty() ? nullptr : qobject_cast<QCategoryAxis *>(axes.constFirst());
}

} // namespace

TrendCharts::TrendCharts(QAbstractItemModel *trendModel, QWidget *parent)
    : QWidget(parent)
    , m_model(trendModel)
    , m_grid(new QGridLayout)
    , m_key(new QLabel(this))
    , m_unusualList(new QLabel(this))
{
    auto *column = new QVBoxLayout(this);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(4);
    column->addLayout(m_grid, 1);
    column->addWidget(m_key);
    column->addWidget(m_unusualList);
    m_grid->setContentsMargins(0, 0, 0, 0);
    m_grid->setSpacing(4);
    m_key->setWordWrap(true);
    m_key->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_key->hide();
    m_unusualList->setWordWrap(true);
    m_unusualList->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_unusualList->hide();
    // A Tab stop of its own, so that the keyboard can open its menu (Save as PNG or SVG).
    setFocusPolicy(Qt::TabFocus);
    setAccessibleName(tr("Monthly trend charts"));
    setAccessibleDescription(tr("One chart per event type. The menu key saves them as a picture."));
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
    m_forecasts.clear();
    m_budgetLines.clear();
    m_budgetsAbove.clear();
    m_earlier.clear();
    m_projections.clear();
    m_unusual.clear();
    m_months = m_model->rowCount();
    m_firstMonth = m_months > 0
                       ? Month::fromString(
                             m_model->index(0, MonthlyTrendModel::MonthColumn).data().toString())
                             .value
                       : Month();
    const int charts = m_model->columnCount() - MonthlyTrendModel::FirstEventTypeColumn;
    const int columns = charts <= 1 ? 1 : 2;
    for (int i = 0; i < charts; ++i) {
        QChartView *view = makeChart(MonthlyTrendModel::FirstEventTypeColumn + i);
        m_views.append(view);
        m_grid->addWidget(view, i / columns, i % columns);
    }
    m_key->setText(keyText());
    m_key->setVisible(!m_key->text().isEmpty());
    m_unusualList->setText(notesText());
    m_unusualList->setVisible(!m_unusualList->text().isEmpty());
}

QList<Month> TrendCharts::unusualMonths(int eventType) const
{
    QList<Month> months;
    for (const Anomaly &anomaly : m_unusual.value(eventType))
        months.append(anomaly.month);
    return months;
}

QString TrendCharts::unusualText() const
{
    // The months the charts ringed, in the charts' order.
    QStringList lines;
    for (auto it = m_unusual.cbegin(); it != m_unusual.cend(); ++it) {
        const int type = it.key();
        for (const Anomaly &anomaly : it.value()) {
            lines.append(tr("%1 in %2: %3 %4, %5", "a type in a month: its figure, why unusual")
                             .arg(eventTypeDisplayName(type), anomaly.month.toString(),
                                  localeNumber(anomaly.value), eventTypeUnit(type),
                                  anomaly.reason(eventTypeUnit(type))));
        }
    }
    if (lines.isEmpty())
        return {};
    return tr("Unusual months (ringed on the charts): %1").arg(lines.join(QStringLiteral("; ")));
}

QString TrendCharts::comparisonName(const MonthlyTrendModel::Comparison &comparison)
{
    return comparison.against == PeriodChange::Against::YearEarlier
               ? tr("a year earlier, %1").arg(comparison.earlier.toString())
               : tr("the period before, %1").arg(comparison.earlier.toString());
}

QString TrendCharts::projectionText(int eventType, const OpenMonthProjection &projection)
{
    return tr("%1 is not over: %2 %3 so far in %4 of its %5 days, on course for %6 by its end "
              "(a projection at the rate so far).")
        .arg(projection.month.toString(), localeNumber(projection.soFar), eventTypeUnit(eventType),
             QLocale().toString(projection.elapsedDays, 'f', 1))
        .arg(projection.daysInMonth)
        .arg(localeNumber(std::round(projection.projected.value_or(0))));
}

QString TrendCharts::keyText() const
{
    QStringList parts;
    bool anyForecast = false;
    for (const QList<double> &values : m_forecasts)
        anyForecast = anyForecast || !values.isEmpty();
    if (anyForecast)
        parts.append(tr("dashed, in a shaded band: forecast"));
    const auto *trendModel = qobject_cast<const MonthlyTrendModel *>(m_model);
    if (!m_earlier.isEmpty() && trendModel && trendModel->comparison())
        parts.append(tr("dotted: %1").arg(comparisonName(*trendModel->comparison())));
    if (!m_projections.isEmpty())
        parts.append(tr("hollow square: where the month not yet over is on course to end"));
    if (!m_unusual.isEmpty())
        parts.append(tr("ringed: an unusual month"));
    QStringList budgets;
    const auto name = [](int type, double limit) {
        return (isLevelEventType(type)
                    ? tr("%1 ceiling %2", "an event type, its budget's ceiling")
                    : tr("%1 limit %2 a month", "an event type, its budget's limit"))
            .arg(eventTypeDisplayName(type), localeNumber(limit));
    };
    for (auto it = m_budgetLines.cbegin(); it != m_budgetLines.cend(); ++it) {
        for (const double limit : it.value())
            budgets.append(name(it.key(), limit));
    }
    QStringList above;
    for (auto it = m_budgetsAbove.cbegin(); it != m_budgetsAbove.cend(); ++it) {
        for (const double limit : it.value())
            above.append(name(it.key(), limit));
    }
    if (!budgets.isEmpty())
        parts.append(tr("dash-dot: budget (%1)").arg(budgets.join(QStringLiteral("; "))));
    if (!above.isEmpty()) {
        parts.append(
            tr("budgets far above the chart, not drawn: %1").arg(above.join(QStringLiteral("; "))));
    }
    if (parts.isEmpty())
        return {};
    return tr("Key: %1", "what the lines and marks on the charts are")
        .arg(parts.join(QStringLiteral(" · ")));
}

QString TrendCharts::notesText() const
{
    QStringList notes;
    for (auto it = m_projections.cbegin(); it != m_projections.cend(); ++it) {
        notes.append(tr("%1: %2", "an event type: its open month's projection")
                         .arg(eventTypeDisplayName(it.key()), projectionText(it.key(), *it)));
    }
    const auto *trendModel = qobject_cast<const MonthlyTrendModel *>(m_model);
    if (trendModel && trendModel->comparison() && !trendModel->comparison()->failure.isEmpty()) {
        notes.append(tr("The earlier months (%1) are not drawn: %2")
                         .arg(trendModel->comparison()->earlier.toString(),
                              trendModel->comparison()->failure));
    }
    if (!unusualText().isEmpty())
        notes.append(unusualText());
    return notes.join(QLatin1Char('\n'));
}

QChartView *TrendCharts::makeChart(int column)
{
    const int type = m_model->headerData(column, Qt::Horizontal, EventTypeRole).toInt();
    const int months = m_model->rowCount();
    double maximum = 0;
    QList<double> values;
    QList<bool> hasData;
    QList<std::optional<double>> withUsage;
    for (int row = 0; row < months; ++row) {
        const QModelIndex cell = m_model->index(row, column);
        const double v = cell.data(RawValueRole).toDouble();
        values.append(v);
        hasData.append(cell.data(HasDataRole).toBool());
        withUsage.append(hasData.last() ? std::optional<double>(v) : std::nullopt);
        maximum = std::max(maximum, v);
    }
    m_plotted.insert(type, values);
    // The forecast, where there is one: three months on from the last closed one, past the
    // range's end (the axis widens for them) or over the open month within it.
    const auto *trendModel = qobject_cast<const MonthlyTrendModel *>(m_model);
    const TrendForecast forecast = trendModel ? trendModel->forecast(type) : TrendForecast();
    int axisMonths = months;
    QList<double> forecastValues;
    for (const ForecastPoint &point : forecast.points) {
        axisMonths = std::max(axisMonths, m_firstMonth.monthsTo(point.month) + 1);
        maximum = std::max(maximum, point.high);
        forecastValues.append(point.value);
    }
    m_forecasts.insert(type, forecastValues);
    // The earlier period, drawn dotted over the same positions, and the open month's
    // projection belong on the scale too.
    const QList<MonthlyPoint> earlier
        = trendModel ? trendModel->earlierSeries(type) : QList<MonthlyPoint>();
    for (const MonthlyPoint &point : earlier) {
        if (point.rows != 0)
            maximum = std::max(maximum, point.quantity);
    }
    const std::optional<OpenMonthProjection> projection
        = trendModel ? trendModel->openMonthProjection(type) : std::nullopt;
    if (projection && projection->projected)
        maximum = std::max(maximum, *projection->projected);
    // The budgets' lines belong on the scale: a limit above every month is what shows the
    // room left.
    // A limit far above every month would flatten them onto the axis: such a budget is not
    // drawn, and the key says it is above the chart. A drawn one sits a little below the top.
    QList<Budget> budgets;
    const double usageMaximum = maximum;
    for (const Budget &budget : trendModel ? trendModel->budgets(type) : QList<Budget>()) {
        if (usageMaximum > 0 && budget.limit > kBudgetAboveUsageAtMost * usageMaximum) {
            m_budgetsAbove[type].append(budget.limit);
            continue;
        }
        budgets.append(budget);
        maximum = std::max(maximum, budget.limit * 1.04);
    }
    const ValueAxis scale = ValueAxis::forMaximum(maximum, 6);
    const QColor color = eventTypeColor(type);

    // A month without usage rows is no point at all, not a 0: before an account's first
    // month, or the month just begun, the line stops instead of falling to the axis. Each run
    // of months with data is a line of its own.
    QList<QLineSeries *> lines;
    auto *points = new QScatterSeries;
    points->setColor(color);
    points->setBorderColor(color);
    points->setMarkerSize(7);
    for (int row = 0; row < months; ++row) {
        if (!hasData[row])
            continue;
        if (row == 0 || !hasData[row - 1]) {
            auto *line = new QLineSeries;
            line->setColor(color);
            QPen pen = line->pen();
            pen.setWidthF(2.2);
            line->setPen(pen);
            lines.append(line);
        }
        lines.last()->append(row, values[row]);
        points->append(row, values[row]);
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
    for (QLineSeries *line : std::as_const(lines))
        chart->addSeries(line);
    chart->addSeries(points);
    // Unusual months, ringed: a shape, never a colour alone.
    QScatterSeries *rings = nullptr;
    const QList<Anomaly> anomalies = trendModel ? trendModel->anomalies(type) : QList<Anomaly>();
    for (const Anomaly &anomaly : anomalies) {
        if (!rings) {
            rings = new QScatterSeries;
            rings->setName(tr("unusual month (ringed)"));
            rings->setMarkerShape(QScatterSeries::MarkerShapeCircle);
            rings->setMarkerSize(17);
            rings->setColor(Qt::transparent);
            rings->setPen(QPen(color, 2));
        }
        rings->append(m_firstMonth.monthsTo(anomaly.month), anomaly.value);
        m_unusual[type].append(anomaly);
    }
    if (rings)
        chart->addSeries(rings);
    QLineSeries *dashed = nullptr;
    if (forecast.isValid()) {
        // Dashed from the last closed month's point, in a band of the closed months' scatter
        // about the trend; named in the key, so it is never read as usage.
        dashed = new QLineSeries;
        dashed->setName(tr("forecast (dashed)"));
        QPen pen(color);
        pen.setWidthF(2.2);
        pen.setStyle(Qt::DashLine);
        dashed->setPen(pen);
        auto *upper = new QLineSeries;
        auto *lower = new QLineSeries;
        const int lastClosed = m_firstMonth.monthsTo(forecast.points.first().month) - 1;
        if (lastClosed >= 0 && lastClosed < months && hasData[lastClosed]) {
            dashed->append(lastClosed, values[lastClosed]);
            upper->append(lastClosed, values[lastClosed]);
            lower->append(lastClosed, values[lastClosed]);
        }
        for (const ForecastPoint &point : forecast.points) {
            const int x = m_firstMonth.monthsTo(point.month);
            dashed->append(x, point.value);
            upper->append(x, point.high);
            lower->append(x, point.low);
        }
        auto *band = new QAreaSeries(upper, lower);
        upper->setParent(band);
        lower->setParent(band);
        band->setName(tr("forecast band"));
        QColor fill = color;
        fill.setAlpha(45);
        band->setBrush(fill);
        band->setPen(Qt::NoPen);
        chart->addSeries(band);
        chart->addSeries(dashed);
    }
    // The earlier period: a dotted line of the type's colour, faded, one point per month
    // beside the range's month in the same place; a month without usage leaves a gap.
    QList<QAbstractSeries *> earlierLines;
    const auto &comparison = trendModel ? trendModel->comparison() : std::nullopt;
    if (comparison && !earlier.isEmpty()) {
        QColor faded = color;
        faded.setAlphaF(0.75);
        QPen pen(faded);
        pen.setWidthF(2);
        pen.setStyle(Qt::DotLine);
        QLineSeries *line = nullptr;
        for (int i = 0; i < earlier.size() && i < months; ++i) {
            if (earlier.at(i).rows == 0) {
                line = nullptr;
                continue;
            }
            if (!line) {
                line = new QLineSeries;
                line->setPen(pen);
                line->setName(comparisonName(*comparison));
                earlierLines.append(line);
            }
            line->append(i, earlier.at(i).quantity);
        }
        for (QAbstractSeries *line : std::as_const(earlierLines))
            chart->addSeries(line);
        QList<double> drawn;
        for (const MonthlyPoint &point : earlier)
            drawn.append(point.rows != 0 ? point.quantity : qQNaN());
        m_earlier.insert(type, drawn);
    }
    // The open month of a flow is partial: a hollow point where it is on course to end.
    QScatterSeries *projected = nullptr;
    if (projection && projection->projected) {
        projected = new QScatterSeries;
        projected->setName(tr("on course for, by the month's end"));
        projected->setMarkerShape(QScatterSeries::MarkerShapeRectangle);
        projected->setMarkerSize(9);
        projected->setColor(Qt::transparent);
        projected->setPen(QPen(color, 2));
        projected->append(m_firstMonth.monthsTo(projection->month), *projection->projected);
        chart->addSeries(projected);
        m_projections.insert(type, *projection);
    }
    // Each budget: a dash-dot line across every month and the forecast's, in the text
    // colour, named with its limit in the key (a monthly limit for a flow).
    QList<QAbstractSeries *> budgetLines;
    for (const Budget &budget : budgets) {
        auto *line = new QLineSeries;
        // Named for the accessible description's sake; the key under the charts says it.
        line->setName(
            budget.isCeiling()
                ? tr("ceiling %1", "a budget's ceiling").arg(localeNumber(budget.limit))
                : tr("limit %1", "a budget's monthly limit").arg(localeNumber(budget.limit)));
        QPen pen(palette().color(QPalette::WindowText));
        pen.setWidthF(1.5);
        pen.setStyle(Qt::DashDotLine);
        line->setPen(pen);
        line->append(0, budget.limit);
        line->append(std::max(1, axisMonths - 1), budget.limit);
        line->setProperty("budgetLine", true);
        chart->addSeries(line);
        budgetLines.append(line);
        m_budgetLines[type].append(budget.limit);
    }
    auto *xAxis = new QCategoryAxis;
    QFont labelFont = xAxis->labelsFont();
    labelFont.setPointSizeF(labelFont.pointSizeF() * 0.9);
    xAxis->setLabelsFont(labelFont);
    xAxis->setGridLineVisible(false);
    // The last month's label is centred on the last point; leave it room to be read whole.
    const int halfLabel = QFontMetrics(labelFont).horizontalAdvance(QStringLiteral("May 2026")) / 2;
    chart->setMargins(QMargins(2, 2, halfLabel + 2, 2));
    auto *yAxis = new QCategoryAxis;
    yAxis->setLabelsFont(labelFont);
    setValueTicks(yAxis, scale);
    yAxis->setTitleText(scale.title(eventTypeUnit(type)));
    QFont axisTitleFont = yAxis->titleFont();
    axisTitleFont.setPointSizeF(labelFont.pointSizeF());
    axisTitleFont.setBold(false);
    yAxis->setTitleFont(axisTitleFont);
    chart->addAxis(xAxis, Qt::AlignBottom);
    chart->addAxis(yAxis, Qt::AlignLeft);
    for (QAbstractSeries *s : chart->series()) {
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
    // Small enough that a window at 200% still fits two charts a row; the grid shrinks them.
    view->setMinimumSize(150, 120);
    // Charts take no keyboard focus; the Table button beside them is the keyboard's way in.
    view->setFocusPolicy(Qt::NoFocus);
    view->viewport()->setFocusPolicy(Qt::NoFocus);
    view->setAccessibleName(tr("Monthly trend of %1").arg(eventTypeDisplayName(type)));
    QString summary = ChartSummary::trend(eventTypeDisplayName(type), m_firstMonth, withUsage);
    if (forecast.isValid()) {
        const ForecastPoint &last = forecast.points.last();
        summary += QLatin1Char(' ')
                   + tr("Forecast (dashed): %1 %2 in %3, from the trend of %n closed months.", "",
                        forecast.monthsUsed)
                         .arg(localeNumber(std::round(last.value)), eventTypeUnit(type),
                              last.month.toString());
    }
    if (!earlierLines.isEmpty()) {
        summary += QLatin1Char(' ')
                   + tr("Dotted: %1, month beside month.").arg(comparisonName(*comparison));
    }
    if (projected)
        summary += QLatin1Char(' ') + projectionText(type, *projection);
    for (const Budget &budget : budgets) {
        summary
            += QLatin1Char(' ')
               + (budget.isCeiling() ? tr("Budget (dash-dot line): a ceiling of %1 %2, %3.")
                                     : tr("Budget (dash-dot line): a limit of %1 %2 a month, %3."))
                     .arg(localeNumber(budget.limit), eventTypeUnit(type), budget.title());
    }
    view->setAccessibleDescription(
        tr("%1 Use the Table button for the numbers. Double-click a month to show only it.",
           "a summary of the chart, such as: API calls rose 12 % from 2025-11 to 2026-10.")
            .arg(summary));
    view->setProperty("maximum", maximum);
    view->setProperty("axisMonths", axisMonths);
    view->setProperty("unit", eventTypeUnit(type));
    view->setProperty("name", eventTypeDisplayName(type));
    view->viewport()->installEventFilter(this);
    view->installEventFilter(this);
    applyPalette(chart, palette());
    relabelMonths(view);
    return view;
}

QStringList TrendCharts::monthLabels() const
{
    if (m_views.isEmpty())
        return {};
    QCategoryAxis *axis = monthAxisOf(m_views.constFirst());
    return axis ? axis->categoriesLabels() : QStringList();
}

void TrendCharts::relabelMonths(QChartView *view)
{
    QCategoryAxis *axis = monthAxisOf(view);
    if (!axis)
        return;
    // The chart's margins take about this much of the view's width.
    constexpr int kAroundTheAxis = 20;
    setMonthTicks(axis, m_firstMonth, view->property("axisMonths").toInt(),
                  std::max(1, view->width() - kAroundTheAxis));
    // As many value ticks as fit the height: a short chart (200% scale) would otherwise
    // squeeze its labels into "...".
    const QList<QAbstractAxis *> vertical = view->chart()->axes(Qt::Vertical);
    auto *values = vertical.isEmpty() ? nullptr : qobject_cast<QCategoryAxis *>(vertical.first());
    if (!values)
        return;
    const int lineHeight = QFontMetrics(values->labelsFont()).height();
    // Title, month labels and margins.
    const int aboveAndBelow = 70;
    const int ticks = std::clamp((view->height() - aboveAndBelow) / (2 * lineHeight) + 1, 2, 6);
    const ValueAxis scale = ValueAxis::forMaximum(view->property("maximum").toDouble(), ticks);
    setValueTicks(values, scale);
    // The unit goes beside the axis when the axis is tall enough to show it whole; on a short
    // chart it joins the chart's title instead of being cut to "...ion calls".
    const QString unit = scale.title(view->property("unit").toString());
    const QString name = view->property("name").toString();
    const bool fits = QFontMetrics(values->titleFont()).horizontalAdvance(unit)
                      <= view->height() - aboveAndBelow;
    values->setTitleText(fits ? unit : QString());
    view->chart()->setTitle(fits ? name
                                 : tr("%1 (%2)", "an event type (its unit)").arg(name, unit));
}

bool TrendCharts::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Resize) {
        for (QChartView *view : std::as_const(m_views)) {
            if (view == watched)
                relabelMonths(view);
        }
    } else if (event->type() == QEvent::MouseButtonDblClick) {
        for (QChartView *view : std::as_const(m_views)) {
            if (view->viewport() != watched)
                continue;
            const auto *mouse = static_cast<QMouseEvent *>(event);
            const QPointF scene = view->mapToScene(mouse->position().toPoint());
            const QPointF inChart = view->chart()->mapFromScene(scene);
            if (!view->chart()->plotArea().contains(inChart))
                return false;
            const int row = static_cast<int>(std::lround(view->chart()->mapToValue(inChart).x()));
            if (row >= 0 && row < m_months) {
                emit monthActivated(m_firstMonth.addMonths(row));
                return true;
            }
        }
    }
    return QWidget::eventFilter(watched, event);
}

void TrendCharts::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        for (QChartView *view : std::as_const(m_views))
            applyPalette(view->chart(), palette());
    }
}

} // namespace neuroio::ui
