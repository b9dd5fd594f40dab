#pragma once

#include "core/api/result.h"

#include <QCoreApplication>
#include <QString>

class QDate;
class QDateTime;

namespace neuroio {

// A calendar month, the only time granularity the billing API knows. Serialised as YYYY-MM.
class Month final
{
    Q_DECLARE_TR_FUNCTIONS(neuroio::Month)

public:
    constexpr Month() = default;
    constexpr Month(int year, int month)
        : m_year(year)
        , m_month(month)
    {}

    // Accepts exactly YYYY-MM (four-digit year 1-9999, month 01-12). On failure, an
    // InvalidInput error that quotes the text and says what was expected.
    static Result<Month> fromString(QStringView text);
    static Month fromDate(const QDate &date);
    static Month current();
    // The month open at a moment, as a server counts months (in UTC): given the server's time
    // (BillingClient::serverNow()), the month whose figures are still partial.
    static Month openAt(const QDateTime &moment);

    constexpr int year() const { return m_year; }
    constexpr int month() const { return m_month; }
    constexpr bool isValid() const
    {
        return m_year >= 1 && m_year <= 9999 && m_month >= 1 && m_month <= 12;
    }

    QString toString() const;
    Month addMonths(int months) const;
    // Whole months from this month to other: 2024-01 to 2024-03 is 2.
    int monthsTo(const Month &other) const;

    constexpr int ordinal() const { return m_year * 12 + (m_month - 1); }

    friend constexpr bool operator==(const Month &a, const Month &b)
    {
        return a.m_year == b.m_year && a.m_month == b.m_month;
    }
    friend constexpr bool operator!=(const Month &a, const Month &b) { return !(a == b); }
    friend constexpr bool operator<(const Month &a, const Month &b)
    {
        return a.ordinal() < b.ordinal();
    }
    friend constexpr bool operator>(const Month &a, const Month &b) { return b < a; }
    friend constexpr bool operator<=(const Month &a, const Month &b) { return !(b < a); }
    friend constexpr bool operator>=(const Month &a, const Month &b) { return !(a < b); }

private:
    int m_year = 0;
    int m_month = 0;
};

} // namespace neuroio
