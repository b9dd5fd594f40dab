#include "core/api/httpdate.h"

#include <QTest>
#include <QTimeZone>

using namespace neuroio;

class TestHttpDate final : public QObject
{
    Q_OBJECT

private slots:
    void readsTheThreeForms_data();
    void readsTheThreeForms();
    void refusesWhatIsNotADate_data();
    void refusesWhatIsNotADate();
    void writesImfFixdate();
};

void TestHttpDate::readsTheThreeForms_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QDateTime>("expected");
    const QDateTime october(QDate(2015, 10, 21), QTime(7, 28), QTimeZone::utc());
    // The example of RFC 9110, exactly: Qt 6.4's Qt::RFC2822Date refuses it.
    QTest::newRow("IMF-fixdate") << QByteArray("Wed, 21 Oct 2015 07:28:00 GMT") << october;
    QTest::newRow("padded by spaces") << QByteArray("  Wed, 21 Oct 2015 07:28:00 GMT ") << october;
    QTest::newRow("RFC 850") << QByteArray("Wednesday, 21-Oct-15 07:28:00 GMT") << october;
    QTest::newRow("asctime") << QByteArray("Wed Oct 21 07:28:00 2015") << october;
    QTest::newRow("asctime, one-digit day")
        << QByteArray("Thu Oct  1 23:59:59 2015")
        << QDateTime(QDate(2015, 10, 1), QTime(23, 59, 59), QTimeZone::utc());
    QTest::newRow("leap day") << QByteArray("Thu, 29 Feb 2024 00:00:00 GMT")
                              << QDateTime(QDate(2024, 2, 29), QTime(0, 0), QTimeZone::utc());
}

void TestHttpDate::readsTheThreeForms()
{
    QFETCH(QByteArray, text);
    QFETCH(QDateTime, expected);
    const std::optional<QDateTime> parsed = parseHttpDate(text);
    QVERIFY(parsed.has_value());
    QCOMPARE(*parsed, expected);
    QCOMPARE(parsed->timeSpec(), Qt::UTC);
}

void TestHttpDate::refusesWhatIsNotADate_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("seconds") << QByteArray("120");
    QTest::newRow("not GMT") << QByteArray("Wed, 21 Oct 2015 07:28:00 UTC");
    QTest::newRow("wrong weekday") << QByteArray("Thu, 21 Oct 2015 07:28:00 GMT");
    QTest::newRow("no such day") << QByteArray("Sat, 31 Feb 2015 07:28:00 GMT");
    QTest::newRow("hour 24") << QByteArray("Wed, 21 Oct 2015 24:00:00 GMT");
    QTest::newRow("one-digit day") << QByteArray("Wed, 1 Oct 2015 07:28:00 GMT");
    QTest::newRow("lower-case month") << QByteArray("Wed, 21 oct 2015 07:28:00 GMT");
    QTest::newRow("two spaces") << QByteArray("Wed,  21 Oct 2015 07:28:00 GMT");
    QTest::newRow("signed number") << QByteArray("Wed, +1 Oct 2015 07:28:00 GMT");
    QTest::newRow("cut short") << QByteArray("Wed, 21 Oct 2015 07:28");
    QTest::newRow("German") << QByteArray("Mi, 21 Okt 2015 07:28:00 GMT");
}

void TestHttpDate::refusesWhatIsNotADate()
{
    QFETCH(QByteArray, text);
    QVERIFY(!parseHttpDate(text).has_value());
}

void TestHttpDate::writesImfFixdate()
{
    const QDateTime moment(QDate(2015, 10, 21), QTime(9, 28), QTimeZone(7200));
    QCOMPARE(formatHttpDate(moment), QByteArray("Wed, 21 Oct 2015 07:28:00 GMT"));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QDateTime wholeSecond = now.addMSecs(-now.time().msec());
    QCOMPARE(parseHttpDate(formatHttpDate(now)), std::optional<QDateTime>(wholeSecond));
}

QTEST_GUILESS_MAIN(TestHttpDate)
#include "tst_httpdate.moc"
