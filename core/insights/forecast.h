#pragma once

#include "core/api/month.h"
#include "core/usage/usageaggregator.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace neuroio {

// One projected month: the trend's value and a band around it from the scatter of the closed
// months about the trend. Never part of a total: it is labelled "forecast" wherever shown.
struct ForecastPoint
{
    Month month;
    double value = 0;
    double low = 0;
    double high = 0;
};

// A robust linear trend over the last closed months, carried forward. Empty (whyNone says why,
// for a person) when there are too few months to trust one.
struct TrendForecast
{
    Q_DECLARE_TR_FUNCTIONS(neuroio::TrendForecast)

public:
    static constexpr int kMonthsAtLeast = 6;
    static constexpr int kMonthsAtMost = 12;
    static constexpr int kMonthsAhead = 3;

    QList<ForecastPoint> points; // the months after the last closed one, in order
    double slopePerMonth = 0;
    int monthsUsed = 0; // closed months with usage the trend was fitted to
    QString whyNone;

    bool isValid() const { return !points.isEmpty(); }

    // closedMonths: one event type's closed months in order, as UsageAggregator::monthly() or
    // monthlyTrendFromTotals() give them; a month without data (rows 0) is left out of the fit,
    // not taken as 0. The last 12 months are used (at least 6 with data): the slope is the
    // median of the slopes between every two of them (Theil-Sen, so one odd month does not
    // tilt it), and the band is two robust standard deviations (1.4826 times the median
    // absolute residual) either side. Quantities never go below 0.
    static TrendForecast fit(const QList<MonthlyPoint> &closedMonths,
                             int monthsAhead = kMonthsAhead);
    // The forecast of a range's months as shown: the month open by the server's clock is
    // partial and left out, and a range that ends before the last closed month has none. An
    // invalid open month takes every month as closed.
    static TrendForecast ofRange(const QList<MonthlyPoint> &months, const Month &openMonth);
};

// The open month of a flow (API calls) carried to its end at the rate so far: what it will be
// if the rest of the month goes as the part that has passed.
struct OpenMonthProjection
{
    Q_DECLARE_TR_FUNCTIONS(neuroio::OpenMonthProjection)

public:
    Month month;
    double soFar = 0;
    double elapsedDays = 0; // by the server's clock
    int daysInMonth = 0;
    std::optional<double> projected; // empty in the month's first day: too little to go on
    QString whyNone;

    // now: the server's time (BillingClient::serverNow()), in UTC, as the server counts months.
    static OpenMonthProjection of(double soFar, const QDateTime &now);
};

} // namespace neuroio
