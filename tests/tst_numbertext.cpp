#include "core/api/numbertext.h"

#include <QTest>

using namespace neuroio;

class TestNumberText final : public QObject
{
    Q_OBJECT

private slots:
    void plain_data();
    void plain();
    void locale();
    void typedWhole_data();
    void typedWhole();
};

void TestNumberText::plain_data()
{
    QTest::addColumn<double>("value");
    QTest::addColumn<QString>("expected"); // what Python's repr() / JSON.stringify print

    QTest::newRow("integer") << 120345.0 << "120345";
    QTest::newRow("zero") << 0.0 << "0";
    QTest::newRow("negative integer") << -42.0 << "-42";
    QTest::newRow("million stays plain") << 1e6 << "1000000";
    QTest::newRow("2^53 - 1") << 9007199254740991.0 << "9007199254740991";
    QTest::newRow("half") << 2.5 << "2.5";
    QTest::newRow("tenth") << 0.1 << "0.1";
    QTest::newRow("sum 0.1 + 0.2") << 0.1 + 0.2 << "0.30000000000000004";
    QTest::newRow("ten thousandth") << 0.0001 << "0.0001";
    QTest::newRow("small") << 1e-7 << "1e-07";
    QTest::newRow("small mantissa") << 1.5e-5 << "1.5e-05";
    QTest::newRow("price") << 0.002 << "0.002";
    QTest::newRow("big fraction") << 123456789.125 << "123456789.125";
    QTest::newRow("beyond 2^53") << 1e21 << "1e+21";
    QTest::newRow("beyond 2^53, digits") << 1.2345678901234567e17 << "1.2345678901234566e+17";
    QTest::newRow("negative fraction") << -3.75 << "-3.75";
}

void TestNumberText::plain()
{
    QFETCH(double, value);
    QFETCH(QString, expected);
    const QString text = plainNumber(value);
    QCOMPARE(text, expected);
    bool ok = false;
    QCOMPARE(text.toDouble(&ok), value); // reads back exactly
    QVERIFY(ok);
}

void TestNumberText::locale()
{
    const QLocale german(QLocale::German, QLocale::Germany);
    QCOMPARE(localeNumber(1234567, german), QStringLiteral("1.234.567"));
    QCOMPARE(localeNumber(2.5, german), QStringLiteral("2,5"));
    const QLocale us(QLocale::English, QLocale::UnitedStates);
    QCOMPARE(localeNumber(1234567.25, us), QStringLiteral("1,234,567.25"));
}

void TestNumberText::typedWhole_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("expected"); // -1: refused (the range is 1 to 32)

    QTest::newRow("lowest") << "1" << 1;
    QTest::newRow("highest") << "32" << 32;
    QTest::newRow("leading zero") << "07" << 7;
    QTest::newRow("zero, below") << "0" << -1;
    QTest::newRow("above") << "33" << -1;
    QTest::newRow("empty") << "" << -1;
    QTest::newRow("sign") << "+5" << -1;
    QTest::newRow("negative") << "-5" << -1;
    QTest::newRow("space") << " 5" << -1;
    QTest::newRow("exponent") << "1e1" << -1;
    QTest::newRow("decimal") << "5.0" << -1;
    QTest::newRow("arabic-indic digit") << QString(QChar(0x0665)) << -1;
    QTest::newRow("beyond int") << "99999999999" << -1;
}

void TestNumberText::typedWhole()
{
    QFETCH(QString, text);
    QFETCH(int, expected);
    const std::optional<int> value = typedWholeNumber(text, 1, 32);
    QCOMPARE(value.value_or(-1), expected);
}

QTEST_APPLESS_MAIN(TestNumberText)
#include "tst_numbertext.moc"
