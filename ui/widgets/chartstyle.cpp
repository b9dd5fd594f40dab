#include "ui/widgets/chartstyle.h"

#include "core/api/month.h"
#include "core/usage/monthaxis.h"
#include "core/usage/valueaxis.h"

#include <QAbstractAxis>
#include <QAbstractBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QFontMetrics>
#include <QLegend>
#include <QLineSeries>
#include <QPalette>

#include <algorithm>

namespace neuroio::ui {

void applyPalette(QChart *chart, const QPalette &palette)
{
    const QColor text = palette.color(QPalette::Text);
    const QColor base = palette.color(QPalette::Base);
    QColor grid = palette.color(QPalette::Mid);
    // Mid is barely apart from Base in some dark themes; blend towards the text instead.
    grid = QColor::fromRgbF((text.redF() + base.redF() * 3) / 4,
                            (text.greenF() + base.greenF() * 3) / 4,
                            (text.blueF() + base.blueF() * 3) / 4);
    chart->setBackgroundBrush(base);
    chart->setBackgroundPen(Qt::NoPen);
    chart->setPlotAreaBackgroundVisible(false);
    chart->setTitleBrush(text);
    chart->legend()->setLabelColor(text);
    const QList<QAbstractAxis *> axes = chart->axes();
    for (QAbstractAxis *axis : axes) {
        axis->setLabelsBrush(text);
        axis->setLabelsColor(text);
        axis->setTitleBrush(text);
        axis->setGridLineColor(grid);
        axis->setLinePenColor(grid);
        axis->setShadesVisible(false);
    }
    const QList<QAbstractSeries *> series = chart->series();
    for (QAbstractSeries *s : series) {
        // Lines drawn in the text's colour (budgets) follow it from light to dark.
        if (auto *line = qobject_cast<QLineSeries *>(s);
            line && line->property("budgetLine").toBool()) {
            QPen pen = line->pen();
            pen.setColor(text);
            line->setPen(pen);
        }
        if (auto *bars = qobject_cast<QAbstractBarSeries *>(s)) {
            const QList<QBarSet *> sets = bars->barSets();
            for (QBarSet *set : sets)
                set->setLabelColor(text);
        }
    }
}

void setMonthTicks(QCategoryAxis *axis, const Month &first, int months, int widthPixels)
{
    // Qt Charts gives each label of a category axis the axis's width divided by its
    // categories plus one, and cuts what is longer ("Nov 2..."). So the labels are as many as
    // fit that way; where even two do not, the year goes on a line of its own.
    const QFontMetrics metrics(axis->labelsFont());
    const int slot = metrics.horizontalAdvance(QStringLiteral("May 2026")) + metrics.height();
    const int maxLabels = std::max(2, widthPixels / std::max(1, slot * 5 / 4) - 1);
    const QStringList old = axis->categoriesLabels();
    for (const QString &label : old)
        axis->remove(label);
    const QList<MonthTick> ticks = monthAxisTicks(first, months, maxLabels);
    // With a quarter to spare: the first label, at the axis's very start, gets less.
    const bool narrow = widthPixels / (ticks.size() + 1) < slot * 5 / 4;
    for (const MonthTick &tick : ticks) {
        QString label = tick.label;
        if (narrow)
            label.replace(QLatin1Char(' '), QStringLiteral("<br>"));
        axis->append(label, tick.index);
    }
    axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    axis->setStartValue(-0.5);
    axis->setRange(-0.5, std::max(0.5, months - 0.5));
}

void setValueTicks(QCategoryAxis *axis, const ValueAxis &values)
{
    const QStringList old = axis->categoriesLabels();
    for (const QString &label : old)
        axis->remove(label);
    for (const ValueTick &tick : values.ticks())
        axis->append(tick.label, tick.value);
    axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    axis->setRange(0, values.top());
    axis->setStartValue(0);
}

} // namespace neuroio::ui
