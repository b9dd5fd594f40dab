#include "core/api/httpdate.h"

#include <QList>

#include <array>
#include <cstdio>

namespace neuroio {

namespace {

constexpr std::array<const char *, 12> kMonths{"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                               "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
constexpr std::array<const char *, 7> kShortDays{"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
constexpr std::array<const char *, 7> kLongDays{"Monday", "Tuesday",  "Wednesday", "Thursday",
                                                "Friday", "Saturday", "Sunday"};

// A fixed number of ASCII digits, nothing else: "07" but not "7" or "+7".
std::optional<int> digits(QByteArrayView text, qsizetype width)
{
    if (text.size() != width)
        return std::nullopt;
    int value = 0;
    for (const char c : text) {
        if (c < '0' || c > '9')
            return std::nullopt;
        value = value * 10 + (c - '0');
    }
    return value;
}

template<std::size_t N>
std::optional<int> indexOf(const std::array<const char *, N> &names, QByteArrayView name)
{
    for (std::size_t i = 0; i < N; ++i) {
        if (name == QByteArrayView(names[i]))
            return static_cast<int>(i);
    }
    return std::nullopt;
}

std::optional<QTime> timeOfDay(QByteArrayView text)
{
    if (text.size() != 8 || text[2] != ':' || text[5] != ':')
        return std::nullopt;
    const auto h = digits(text.sliced(0, 2), 2);
    const auto m = digits(text.sliced(3, 2), 2);
    const auto s = digits(text.sliced(6, 2), 2);
    // A leap second (60) is allowed by the grammar; Qt cannot hold it, so it rounds down.
    if (!h || !m || !s || *h > 23 || *m > 59 || *s > 60)
        return std::nullopt;
    return QTime(*h, *m, qMin(*s, 59));
}

std::optional<QDateTime> moment(int year, int month, int day, const QTime &time, int weekday)
{
    const QDate date(year, month, day);
    // A date that does not exist (31 Feb), or a weekday that does not match it, is not a date
    // the server meant: refuse rather than guess.
    if (!date.isValid() || date.dayOfWeek() != weekday + 1)
        return std::nullopt;
    return QDateTime(date, time, Qt::UTC);
}

// Fields between single spaces; two spaces in a row give an empty field, which no form takes.
QList<QByteArrayView> fields(QByteArrayView text)
{
    QList<QByteArrayView> out;
    qsizetype start = 0;
    for (qsizetype i = 0; i <= text.size(); ++i) {
        if (i == text.size() || text[i] == ' ') {
            out.append(text.sliced(start, i - start));
            start = i + 1;
        }
    }
    return out;
}

// "Wed, 21 Oct 2015 07:28:00 GMT"
std::optional<QDateTime> imfFixdate(QByteArrayView text)
{
    const QList<QByteArrayView> f = fields(text);
    if (f.size() != 6 || f[0].size() != 4 || !f[0].endsWith(',') || f[5] != "GMT")
        return std::nullopt;
    const auto weekday = indexOf(kShortDays, f[0].chopped(1));
    const auto day = digits(f[1], 2);
    const auto month = indexOf(kMonths, f[2]);
    const auto year = digits(f[3], 4);
    const auto time = timeOfDay(f[4]);
    if (!weekday || !day || !month || !year || !time)
        return std::nullopt;
    return moment(*year, *month + 1, *day, *time, *weekday);
}

// "Wednesday, 21-Oct-15 07:28:00 GMT": a two-digit year is read as the nearest one that is
// not more than 50 years ahead (RFC 9110).
std::optional<QDateTime> rfc850(QByteArrayView text, const QDate &today)
{
    const QList<QByteArrayView> f = fields(text);
    if (f.size() != 4 || !f[0].endsWith(',') || f[3] != "GMT" || f[1].size() != 9 || f[1][2] != '-'
        || f[1][6] != '-')
        return std::nullopt;
    const auto weekday = indexOf(kLongDays, f[0].chopped(1));
    const auto day = digits(f[1].sliced(0, 2), 2);
    const auto month = indexOf(kMonths, f[1].sliced(3, 3));
    const auto shortYear = digits(f[1].sliced(7, 2), 2);
    const auto time = timeOfDay(f[2]);
    if (!weekday || !day || !month || !shortYear || !time)
        return std::nullopt;
    int year = today.year() / 100 * 100 + *shortYear;
    if (year > today.year() + 50)
        year -= 100;
    return moment(year, *month + 1, *day, *time, *weekday);
}

// "Wed Oct 21 07:28:00 2015" (a one-digit day is padded with a space: "Wed Oct  1 ...")
std::optional<QDateTime> asctime(QByteArrayView text)
{
    if (text.size() != 24 || text[3] != ' ' || text[7] != ' ' || text[10] != ' ' || text[19] != ' ')
        return std::nullopt;
    const auto weekday = indexOf(kShortDays, text.sliced(0, 3));
    const auto month = indexOf(kMonths, text.sliced(4, 3));
    QByteArrayView dayText = text.sliced(8, 2);
    if (dayText[0] == ' ')
        dayText = dayText.sliced(1);
    const auto day = digits(dayText, dayText.size());
    const auto time = timeOfDay(text.sliced(11, 8));
    const auto year = digits(text.sliced(20, 4), 4);
    if (!weekday || !month || !day || !time || !year || dayText.isEmpty())
        return std::nullopt;
    return moment(*year, *month + 1, *day, *time, *weekday);
}

} // namespace

std::optional<QDateTime> parseHttpDate(QByteArrayView text)
{
    text = text.trimmed();
    if (auto parsed = imfFixdate(text))
        return parsed;
    if (auto parsed = rfc850(text, QDate::currentDate()))
        return parsed;
    return asctime(text);
}

QByteArray formatHttpDate(const QDateTime &moment)
{
    const QDateTime utc = moment.toUTC();
    const QDate date = utc.date();
    const QTime time = utc.time();
    char buffer[40];
    const int length
        = std::snprintf(buffer, sizeof buffer, "%s, %02d %s %04d %02d:%02d:%02d GMT",
                        kShortDays[date.dayOfWeek() - 1], date.day(), kMonths[date.month() - 1],
                        date.year(), time.hour(), time.minute(), time.second());
    return QByteArray(buffer, length);
}

} // namespace neuroio
