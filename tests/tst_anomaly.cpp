#include "core/insights/anomaly.h"
#include "tests/monthlypoints.h"

#include <QTest>

#include <cmath>

using namespace neuroio;
using namespace neuroio::testing;

namespace {

// Months from 2026-01, one per value; NAN is a month without usage.
QList<MonthlyPoint> series(const QList<double> &values)
{
    return monthlyPoints(Month(2026, 1), values);
}

} // namespace

class TestAnomaly final : public QObject
{
    Q_OBJECT

private slots:
    void found_data();
    void found();
    void saysWhy();
};

void TestAnomaly::found_data()
{
    QTest::addColumn<QList<double>>("values");
    QTest::addColumn<QList<Month>>("months");
    QTest::addColumn<QList<double>>("deviations");

    // Six months of 100 +- 10 (median 100, spread 10), then the month tested.
    const QList<double> steady{90, 110, 100, 90, 110, 100};
    QTest::newRow("a spike") << (steady + QList<double>{150}) << QList<Month>{Month(2026, 7)}
                             << QList<double>{5.0};
    QTest::newRow("a dip") << (steady + QList<double>{40}) << QList<Month>{Month(2026, 7)}
                           << QList<double>{-6.0};
    QTest::newRow("3.5 spreads exactly: not more than")
        << (steady + QList<double>{135}) << QList<Month>{} << QList<double>{};
    QTest::newRow("within the usual")
        << (steady + QList<double>{120}) << QList<Month>{} << QList<double>{};
    QTest::newRow("five months before are too few")
        << QList<double>{90, 110, 100, 90, 110, 500} << QList<Month>{} << QList<double>{};
    // Flat: the spread is 5 % of the median at least, so 115 is no anomaly, but 120 is.
    QTest::newRow("flat, a wobble")
        << QList<double>{100, 100, 100, 100, 100, 100, 115} << QList<Month>{} << QList<double>{};
    QTest::newRow("flat, a step") << QList<double>{100, 100, 100, 100, 100, 100, 120}
                                  << QList<Month>{Month(2026, 7)} << QList<double>{4.0};
    QTest::newRow("months without usage: neither flagged nor compared")
        << QList<double>{90, NAN, 110, 100, 90, 110, 100, NAN, 150} << QList<Month>{Month(2026, 9)}
        << QList<double>{5.0};
    QTest::newRow("all zero before")
        << QList<double>{0, 0, 0, 0, 0, 0, 7} << QList<Month>{} << QList<double>{};
    // A spike is compared with the months before it, so the month after it is not flagged
    // for being back to normal.
    QTest::newRow("after a spike")
        << (steady + QList<double>{150, 100}) << QList<Month>{Month(2026, 7)} << QList<double>{5.0};
}

void TestAnomaly::found()
{
    QFETCH(QList<double>, values);
    QFETCH(QList<Month>, months);
    QFETCH(QList<double>, deviations);
    const QList<Anomaly> found = Anomaly::find(series(values));
    QCOMPARE(found.size(), months.size());
    for (qsizetype i = 0; i < found.size(); ++i) {
        QCOMPARE(found[i].month, months[i]);
        QVERIFY2(qAbs(found[i].deviations - deviations[i]) < 1e-9,
                 qPrintable(QString::number(found[i].deviations)));
    }
}

void TestAnomaly::saysWhy()
{
    const QList<Anomaly> found
        = Anomaly::find(series({90, 110, 100, 90, 110, 100, 150}) + series({}));
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.first().reason(QStringLiteral("calls"), QLocale::c()),
             QStringLiteral("50.0\u202f% above the median of the 6 months with usage before "
                            "it (100 calls)"));
    QCOMPARE(found.first().monthsCompared, 6);
    // The same month while it is still open is partial, and no anomaly.
    QVERIFY(Anomaly::find(series({90, 110, 100, 90, 110, 100, 150}), Month(2026, 7)).isEmpty());
    QCOMPARE(Anomaly::find(series({90, 110, 100, 90, 110, 100, 150}), Month(2026, 8)).size(), 1);
}

QTEST_GUILESS_MAIN(TestAnomaly)
#include "tst_anomaly.moc"
