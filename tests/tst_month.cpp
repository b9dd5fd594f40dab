#include "core/api/month.h"

#include <QDate>
#include <QTest>

using neuroio::ApiError;
using neuroio::Month;

class TestMonth final : public QObject
{
    Q_OBJECT

private slots:
    void fromString_data();
    void fromString();
    void addMonths_data();
    void addMonths();
    void ordering();
    void fromDate();
};

void TestMonth::fromString_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<int>("year");
    QTest::addColumn<int>("month");
    QTest::addColumn<QString>("errorPart");

    QTest::newRow("plain") << "2024-06" << true << 2024 << 6 << "";
    QTest::newRow("january") << "2018-01" << true << 2018 << 1 << "";
    QTest::newRow("december") << "2020-12" << true << 2020 << 12 << "";
    QTest::newRow("month 13") << "2024-13" << false << 0 << 0 << "01 to 12";
    QTest::newRow("month 00") << "2024-00" << false << 0 << 0 << "01 to 12";
    QTest::newRow("year 0") << "0000-05" << false << 0 << 0 << "0001";
    QTest::newRow("single digit month") << "2024-6" << false << 0 << 0 << "YYYY-MM";
    QTest::newRow("with day") << "2024-06-01" << false << 0 << 0 << "YYYY-MM";
    QTest::newRow("slash") << "2024/06" << false << 0 << 0 << "YYYY-MM";
    QTest::newRow("empty") << "" << false << 0 << 0 << "YYYY-MM";
    QTest::newRow("letters") << "June-24" << false << 0 << 0 << "YYYY-MM";
    QTest::newRow("signed") << "+024-06" << false << 0 << 0 << "YYYY-MM";
    QTest::newRow("spaces") << " 2024-06" << false << 0 << 0 << "YYYY-MM";
    QTest::newRow("arabic-indic digits")
        << QString::fromUtf8("٢٠٢٤-06") << false << 0 << 0 << "YYYY-MM";
}

void TestMonth::fromString()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    const auto parsed = Month::fromString(text);
    QCOMPARE(parsed.isOk(), valid);
    if (valid) {
        QFETCH(int, year);
        QFETCH(int, month);
        QCOMPARE(parsed.value.year(), year);
        QCOMPARE(parsed.value.month(), month);
        QCOMPARE(parsed.value.toString(), text);
    } else {
        QFETCH(QString, errorPart);
        const QString error = parsed.error.message;
        QCOMPARE(parsed.error.kind, ApiError::Kind::InvalidInput);
        QVERIFY2(error.contains(errorPart), qPrintable(error));
        QVERIFY2(error.contains(QLatin1Char('"') + text + QLatin1Char('"')), qPrintable(error));
    }
}

void TestMonth::addMonths_data()
{
    QTest::addColumn<QString>("start");
    QTest::addColumn<int>("delta");
    QTest::addColumn<QString>("expected");

    QTest::newRow("zero") << "2024-06" << 0 << "2024-06";
    QTest::newRow("forward in year") << "2024-06" << 3 << "2024-09";
    QTest::newRow("into next year") << "2024-11" << 2 << "2025-01";
    QTest::newRow("back to december") << "2024-01" << -1 << "2023-12";
    QTest::newRow("back two years") << "2024-03" << -27 << "2021-12";
    QTest::newRow("forward many") << "2018-06" << 24 << "2020-06";
    QTest::newRow("december to january") << "2025-12" << 1 << "2026-01";
}

void TestMonth::addMonths()
{
    QFETCH(QString, start);
    QFETCH(int, delta);
    QFETCH(QString, expected);
    const Month from = Month::fromString(start).value;
    const Month to = from.addMonths(delta);
    QCOMPARE(to.toString(), expected);
    QCOMPARE(from.monthsTo(to), delta);
}

void TestMonth::ordering()
{
    const Month a(2023, 12);
    const Month b(2024, 1);
    QVERIFY(a < b);
    QVERIFY(b > a);
    QVERIFY(a <= a);
    QVERIFY(a != b);
    QVERIFY(Month(2024, 1) == b);
    QVERIFY(!Month().isValid());
    QCOMPARE(Month(7, 3).toString(), QStringLiteral("0007-03"));
}

void TestMonth::fromDate()
{
    QCOMPARE(Month::fromDate(QDate(2024, 2, 29)), Month(2024, 2));
    QCOMPARE(Month::fromDate(QDate(2026, 12, 31)).addMonths(1), Month(2027, 1));
}

QTEST_APPLESS_MAIN(TestMonth)
#include "tst_month.moc"
