#include "core/api/month.h"

#include <QDateTime>

#include <QDate>

namespace neuroio {

Result<Month> Month::fromString(QStringView text)
{
    const auto fail = [&](const QString &why) {
        return Result<Month>::failure(
            ApiError::invalidInput(tr("\"%1\" is not a month: %2").arg(text.toString(), why)));
    };
    const auto isDigits = [](QStringView s) {
        for (QChar c : s) {
            if (c < u'0' || c > u'9')
                return false;
        }
        return !s.isEmpty();
    };
    if (text.size() != 7 || text.at(4) != u'-' || !isDigits(text.first(4))
        || !isDigits(text.sliced(5, 2))) {
        return fail(tr("expected YYYY-MM, for example 2024-06"));
    }
    const int year = text.first(4).toInt();
    const int month = text.sliced(5, 2).toInt();
    if (year < 1)
        return fail(tr("the year must be 0001 or later"));
    if (month < 1 || month > 12)
        return fail(tr("the month must be 01 to 12"));
    return Result<Month>::success(Month(year, month));
}

Month Month::openAt(const QDateTime &moment)
{
    return fromDate(moment.toUTC().date());
}

Month Month::fromDate(const QDate &date)
{
    return Month(date.year(), date.month());
}

Month Month::current()
{
    return fromDate(QDate::currentDate());
}

QString Month::toString() const
{
    if (m_year < 0 || m_year > 9999) {
        return QStringLiteral("%1-%2")
            .arg(m_year, 4, 10, QLatin1Char('0'))
            .arg(m_month, 2, 10, QLatin1Char('0'));
    }
    // Every exported row has a month: written by hand, without arg()'s parsing.
    const char16_t text[7] = {char16_t(u'0' + m_year / 1000),
                              char16_t(u'0' + m_year / 100 % 10),
                              char16_t(u'0' + m_year / 10 % 10),
                              char16_t(u'0' + m_year % 10),
                              u'-',
                              char16_t(u'0' + m_month / 10),
                              char16_t(u'0' + m_month % 10)};
    return QString(reinterpret_cast<const QChar *>(text), 7);
}

Month Month::addMonths(int months) const
{
    const int total = ordinal() + months;
    // Floor division keeps negative offsets in the right year.
    const int year = total >= 0 ? total / 12 : (total - 11) / 12;
    return Month(year, total - year * 12 + 1);
}

int Month::monthsTo(const Month &other) const
{
    return other.ordinal() - ordinal();
}

} // namespace neuroio
