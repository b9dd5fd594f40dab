#include "core/usage/valueaxis.h"

#include <QTest>

using namespace neuroio;

// Every label of an axis has the same decimals, so the column of labels lines up.
class TestValueAxis final : public QObject
{
    Q_OBJECT

private slots:
    void ticks_data();
    void ticks();
    void topCoversTheMaximum();
};

void TestValueAxis::ticks_data()
{
    QTest::addColumn<double>("maximum");
    QTest::addColumn<QString>("labels");
    QTest::addColumn<QString>("title");

    QTest::newRow("nothing yet") << 0.0 << "0.0|0.2|0.4|0.6|0.8|1.0"
                                 << "calls";
    QTest::newRow("a few licences") << 7.0 << "0|2|4|6|8"
                                    << "licences";
    QTest::newRow("just under two million") << 2000000.0 - 1 << "0.0|0.5|1.0|1.5|2.0"
                                            << "million calls";
    QTest::newRow("under a million") << 730000.0 << "0|200,000|400,000|600,000|800,000"
                                     << "calls";
    QTest::newRow("hundred thousand persons")
        << 105379.0 << "0|25,000|50,000|75,000|100,000|125,000"
        << "persons";
    QTest::newRow("1.5 billion, not 1500 million") << 1.5e9 << "0.0|0.5|1.0|1.5"
                                                   << "billion entries";
    QTest::newRow("billions with room") << 7.3e9 << "0|2|4|6|8"
                                        << "billion calls";
    QTest::newRow("just a million") << 1e6 << "0.0|0.2|0.4|0.6|0.8|1.0"
                                    << "million calls";
    QTest::newRow("tens of millions") << 42e6 << "0|10|20|30|40|50"
                                      << "million calls";
}

void TestValueAxis::ticks()
{
    QFETCH(double, maximum);
    QFETCH(QString, labels);
    QFETCH(QString, title);
    const ValueAxis axis = ValueAxis::forMaximum(maximum, 6, QLocale::c());
    QStringList shown;
    for (const ValueTick &t : axis.ticks())
        shown.append(t.label);
    QCOMPARE(shown.join(QLatin1Char('|')), labels);
    const QString unit = title.section(QLatin1Char(' '), -1);
    QCOMPARE(axis.title(unit), title);
}

void TestValueAxis::topCoversTheMaximum()
{
    for (double maximum = 0.37; maximum < 5e10; maximum *= 1.37) {
        const ValueAxis axis = ValueAxis::forMaximum(maximum, 6, QLocale::c());
        QVERIFY2(axis.top() >= maximum, qPrintable(QString::number(maximum)));
        QVERIFY2(axis.ticks().size() <= 6, qPrintable(QString::number(maximum)));
        QVERIFY2(axis.ticks().size() >= 3, qPrintable(QString::number(maximum)));
        QCOMPARE(axis.ticks().constFirst().value, 0.0);
    }
    const ValueAxis german
        = ValueAxis::forMaximum(730000, 6, QLocale(QLocale::German, QLocale::Germany));
    QCOMPARE(german.ticks().at(1).label, QStringLiteral("200.000"));
}

QTEST_GUILESS_MAIN(TestValueAxis)
#include "tst_valueaxis.moc"
