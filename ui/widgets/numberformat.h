#pragma once

#include <QLocale>
#include <QString>

namespace neuroio::ui {

// Quantities in the user's locale, grouped ("1,234,567"); fractions keep every digit the
// server sent, never rounded away.
QString formatQuantity(double value, const QLocale &locale = QLocale());
// "23.4 %", one decimal.
QString formatPercent(double percent, const QLocale &locale = QLocale());
// A compact form for tight spaces and axis titles: 1.2 M, 345 k.
QString formatCompact(double value, const QLocale &locale = QLocale());

} // namespace neuroio::ui
