#pragma once

#include "core/api/month.h"
#include "core/insights/budget.h"
#include "core/usage/usageaggregator.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QLocale>
#include <QString>

#include <optional>

namespace neuroio {

// Where one budget stands in the month still open, by the server's clock:
// - a monthly limit (a flow) is over once the month's sum so far is above it, and at risk when
//   the month carried to its end at the rate so far (or, in its first day, the trend of the
//   closed months) would be;
// - a ceiling (a level) is over once the month's level is above it, and at risk when the
//   trend of the closed months crosses it within the next three months.
struct BudgetStatus
{
    Q_DECLARE_TR_FUNCTIONS(neuroio::BudgetStatus)

public:
    enum class State { Ok, AtRisk, Over };

    Budget budget;
    State state = State::Ok;
    Month month; // the open month
    double actual = 0;
    // The month actual is from: the open month, or for a level the open month has not
    // reported yet (nothing, or 0), the latest month that has.
    Month actualMonth;
    // The figure the state was judged by besides actual: the month's projected end (a
    // limit) or the highest forecast month (a ceiling), in projectedMonth. Empty when there
    // is none; whyNoProjection says why.
    std::optional<double> projected;
    Month projectedMonth;
    QString whyNoProjection;

    // closedMonths: the budget's type in its spaces, month by month up to the month before
    // the open one (UsageAggregator::monthly() or monthlyTrendFromTotals()). openMonth: the
    // open month's figure so far, empty when the server reports none. now: the server's time.
    static BudgetStatus of(const Budget &budget, const QList<MonthlyPoint> &closedMonths,
                           std::optional<double> openMonth, const QDateTime &now);

    // "ok", "at risk", "over"
    static QString stateName(State state);
    // One line for people: "at risk  API calls, every space: 3,100,000 calls in 2026-11 so
    // far, on course for 5,400,000 by its end (limit 5,000,000)".
    QString text(const QLocale &locale = QLocale()) const;
    // The figures that decide the state, in a few words, without the state or the budget's
    // title, for a tile: "5,400,000 of 5,000,000 calls in 2026-11" (over), "on course for
    // 5,400,000 of 5,000,000 calls in 2026-11" (at risk), "... in 2026-11 so far" (ok).
    QString figuresText(const QLocale &locale = QLocale()) const;
    // "Over budget", "At risk", "Within budget": the state for a heading or a tile.
    static QString stateTitle(State state);
    // The state, the budget and its figures in one short line: "Over budget · Persons
    // storage, every space: 105,379 persons in 2026-10, ceiling 100,000".
    QString summary(const QLocale &locale = QLocale()) const;

    friend bool operator==(const BudgetStatus &a, const BudgetStatus &b)
    {
        return a.budget == b.budget && a.state == b.state && a.month == b.month
               && a.actual == b.actual && a.actualMonth == b.actualMonth
               && a.projected == b.projected && a.projectedMonth == b.projectedMonth
               && a.whyNoProjection == b.whyNoProjection;
    }
};

} // namespace neuroio

Q_DECLARE_METATYPE(neuroio::BudgetStatus)
