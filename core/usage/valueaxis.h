#pragma once

#include <QCoreApplication>
#include <QList>
#include <QLocale>
#include <QString>

namespace neuroio {

struct ValueTick
{
    double value = 0; // in the unit itself, where the tick is drawn
    QString label;    // "250,000", or "1.5" on an axis of millions
};

// A quantity axis from zero: round ticks (steps of 1, 2, 2.5 or 5 times a power of ten) with
// labels a person reads at once, grouped as the locale groups digits. Up to a million the
// labels are the numbers themselves ("750,000"); above, the axis counts in millions or
// billions and its title says so ("million calls"), so no label reads "1500 million".
class ValueAxis final
{
    Q_DECLARE_TR_FUNCTIONS(neuroio::ValueAxis)

public:
    static ValueAxis forMaximum(double maximum, int maxTicks = 6,
                                const QLocale &locale = QLocale());

    const QList<ValueTick> &ticks() const { return m_ticks; }
    double top() const { return m_ticks.isEmpty() ? 1 : m_ticks.constLast().value; }
    double divisor() const { return m_divisor; }
    // The axis title for a unit: "calls", "million calls", "billion entries".
    QString title(const QString &unit) const;

private:
    QList<ValueTick> m_ticks;
    double m_divisor = 1;
};

} // namespace neuroio
