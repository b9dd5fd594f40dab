#include "core/insights/budgetstatus.h"

#include "core/api/eventtype.h"
#include "core/api/numbertext.h"
#include "core/insights/forecast.h"

#include <QTimeZone>

#include <algorithm>
#include <cmath>

namespace neuroio {

BudgetStatus BudgetStatus::of(const Budget &budget, const QList<MonthlyPoint> &closedMonths,
                              std::optional<double> openMonth, const QDateTime &now)
{
    BudgetStatus status;
    status.budget = budget;
    status.month = Month::openAt(now);
    QList<MonthlyPoint> closed;
    for (const MonthlyPoint &point : closedMonths) {
        if (point.month < status.month)
            closed.append(point);
    }
    const TrendForecast trend = TrendForecast::fit(closed);
    status.actualMonth = status.month;
    if (!budget.isCeiling()) {
        status.actual = openMonth.value_or(0);
        const OpenMonthProjection projection = OpenMonthProjection::of(status.actual, now);
        if (projection.projected) {
            status.projected = projection.projected;
            status.projectedMonth = status.month;
        } else if (trend.isValid() && trend.points.first().month == status.month) {
            status.projected = trend.points.first().value;
            status.projectedMonth = status.month;
        } else {
            status.whyNoProjection = trend.isValid() ? projection.whyNone : trend.whyNone;
        }
    } else {
        // A level the open month has not reported yet (servers answer a month without rows
        // with nothing or 0) stands where the latest reported month left it.
        if (openMonth && *openMonth > 0) {
            status.actual = *openMonth;
        } else {
            const auto latest = std::find_if(closed.crbegin(), closed.crend(),
                                             [](const MonthlyPoint &p) { return p.rows != 0; });
            if (latest != closed.crend()) {
                status.actual = latest->quantity;
                status.actualMonth = latest->month;
            }
        }
        if (trend.isValid()) {
            const auto crossing
                = std::find_if(trend.points.cbegin(), trend.points.cend(),
                               [&](const ForecastPoint &p) { return p.value > budget.limit; });
            const auto highest = std::max_element(
                trend.points.cbegin(), trend.points.cend(),
                [](const ForecastPoint &a, const ForecastPoint &b) { return a.value < b.value; });
            const ForecastPoint &shown = crossing != trend.points.cend() ? *crossing : *highest;
            status.projected = shown.value;
            status.projectedMonth = shown.month;
        } else {
            status.whyNoProjection = trend.whyNone;
        }
    }
    if (status.actual > budget.limit)
        status.state = State::Over;
    else if (status.projected && *status.projected > budget.limit)
        status.state = State::AtRisk;
    return status;
}

QString BudgetStatus::stateName(State state)
{
    switch (state) {
    case State::Ok:
        return tr("ok");
    case State::AtRisk:
        return tr("at risk");
    case State::Over:
        return tr("over");
    }
    return {};
}

QString BudgetStatus::text(const QLocale &locale) const
{
    const QString amount = localeNumber(actual, locale);
    const QString unit = eventTypeUnit(budget.eventType);
    const QString limit = localeNumber(budget.limit, locale);
    // A projection is an estimate: whole units, not a precision it does not have.
    const QString estimate = projected ? localeNumber(std::round(*projected), locale) : QString();
    QString figures;
    if (!budget.isCeiling()) {
        figures = projected ? tr("%1 %2 in %3 so far, on course for %4 by its end (limit %5)")
                                  .arg(amount, unit, month.toString(), estimate, limit)
                            : tr("%1 %2 in %3 so far, no projection: %4 (limit %5)")
                                  .arg(amount, unit, month.toString(), whyNoProjection, limit);
    } else {
        figures = projected
                      ? tr("%1 %2 in %3; forecast %4 in %5 (ceiling %6)")
                            .arg(amount, unit, actualMonth.toString(), estimate,
                                 projectedMonth.toString(), limit)
                      : tr("%1 %2 in %3; no forecast: %4 (ceiling %5)")
                            .arg(amount, unit, actualMonth.toString(), whyNoProjection, limit);
    }
    return tr("%1  %2: %3", "state, budget, figures")
        .arg(stateName(state), budget.title(), figures);
}

QString BudgetStatus::stateTitle(State state)
{
    switch (state) {
    case State::Ok:
        return tr("Within budget");
    case State::AtRisk:
        return tr("At risk");
    case State::Over:
        return tr("Over budget");
    }
    return {};
}

QString BudgetStatus::summary(const QLocale &locale) const
{
    return tr("%1 · %2: %3", "a budget's state, its title, its figures")
        .arg(stateTitle(state), budget.title(), figuresText(locale));
}

QString BudgetStatus::figuresText(const QLocale &locale) const
{
    const QString amount = localeNumber(actual, locale);
    const QString unit = eventTypeUnit(budget.eventType);
    const QString limit = localeNumber(budget.limit, locale);
    const QString estimate = projected ? localeNumber(std::round(*projected), locale) : QString();
    if (!budget.isCeiling()) {
        if (state == State::AtRisk && projected) {
            return tr("on course for %1 of %2 %3 in %4", "the month's end, the limit")
                .arg(estimate, limit, unit, month.toString());
        }
        return (state == State::Over ? tr("%1 of %2 %3 in %4", "a month's sum, the limit")
                                     : tr("%1 of %2 %3 in %4 so far", "a month's sum, the limit"))
            .arg(amount, limit, unit, month.toString());
    }
    if (state == State::AtRisk && projected) {
        return tr("forecast %1 %2 in %3, ceiling %4")
            .arg(estimate, unit, projectedMonth.toString(), limit);
    }
    return tr("%1 %2 in %3, ceiling %4", "a month's level, its unit, the month, the ceiling")
        .arg(amount, unit, actualMonth.toString(), limit);
}

} // namespace neuroio
