#pragma once

#include <QByteArray>
#include <QLocale>
#include <QString>

#include <optional>

namespace neuroio {

// A number as plain, locale-free text that reads back as exactly the same number: integers
// without a decimal point ("120345"), fractions in their shortest exact form ("2.5", "0.1"),
// very large or small ones with an exponent ("1e-07"), as Python and JavaScript print them.
QString plainNumber(double value);
// The same, appended to out as ASCII bytes: for writers that build lines of bytes.
void appendPlainNumber(QByteArray &out, double value);

// The same number for a person in a locale: grouped digits and the locale's decimal mark,
// still with every significant digit the server sent, never rounded away. The one place
// numbers are formatted for people: the dashboard, the report and locale CSV alike.
QString localeNumber(double value, const QLocale &locale = QLocale());
// A share in percent for a person: "23.4 %", one decimal.
QString localePercent(double percent, const QLocale &locale = QLocale());

// A whole number as a person types it on a command line: ASCII digits only, within minimum and
// maximum. "1e3", " 5", "+5", "5.0" and "٥" are not.
std::optional<int> typedWholeNumber(const QString &text, int minimum, int maximum);

} // namespace neuroio
