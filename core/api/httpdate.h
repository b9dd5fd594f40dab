#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QDateTime>

#include <optional>

namespace neuroio {

// HTTP dates (RFC 9110, section 5.6.7), as in Retry-After: the IMF-fixdate
// "Wed, 21 Oct 2015 07:28:00 GMT", and the two obsolete forms a recipient must still accept
// ("Wednesday, 21-Oct-15 07:28:00 GMT" and asctime's "Wed Oct 21 07:28:00 2015"). Qt 6.4's
// Qt::RFC2822Date parser refuses the first, so these are read by hand, in English whatever
// the locale. Nothing (not a date, or a day that does not exist) gives nullopt.
std::optional<QDateTime> parseHttpDate(QByteArrayView text);

// The IMF-fixdate of a moment, in UTC.
QByteArray formatHttpDate(const QDateTime &moment);

} // namespace neuroio
