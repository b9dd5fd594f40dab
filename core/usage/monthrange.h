#pragma once

#include "core/api/apierror.h"
#include "core/api/month.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace neuroio {

// An inclusive range of months, and the presets a person picks from. Presets resolve
// against a given current month, so "last 3 full months" is testable on any date.
class MonthRange final
{
    Q_DECLARE_TR_FUNCTIONS(neuroio::MonthRange)

public:
    enum class Preset {
        ThisMonth,
        LastMonth,
        Last3Months,
        Last6Months,
        Last12Months,
        ThisYear,
        LastYear,
        Custom,
    };

    MonthRange() = default;
    MonthRange(Month from, Month to)
        : m_from(from)
        , m_to(to)
    {}

    static MonthRange forPreset(Preset preset, Month current);
    static QList<Preset> presets(); // every preset but Custom, in menu order
    static QString presetName(Preset preset);
    // Says exactly which months a preset covers: "Last 3 full months: 2026-08 to 2026-10".
    static QString describe(Preset preset, Month current);

    Month from() const { return m_from; }
    Month to() const { return m_to; }
    bool isValid() const { return m_from.isValid() && m_to.isValid() && m_from <= m_to; }
    // Empty when valid; otherwise why the range cannot be used.
    ApiError check() const;
    int monthCount() const { return isValid() ? m_from.monthsTo(m_to) + 1 : 0; }
    // "2026-08 to 2026-10", or "2026-10" for one month.
    QString toString() const;

    friend bool operator==(const MonthRange &a, const MonthRange &b)
    {
        return a.m_from == b.m_from && a.m_to == b.m_to;
    }
    friend bool operator!=(const MonthRange &a, const MonthRange &b) { return !(a == b); }

private:
    Month m_from;
    Month m_to;
};

} // namespace neuroio
