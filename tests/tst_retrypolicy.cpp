#include "core/api/retrypolicy.h"

#include <QDateTime>
#include <QTest>
#include <QTimeZone>

using namespace neuroio;
using namespace std::chrono_literals;
using Wait = RetryPolicy::Wait;

Q_DECLARE_METATYPE(RetryPolicy::Wait)

class TestRetryPolicy final : public QObject
{
    Q_OBJECT

private slots:
    void whatIsTriedAgain_data();
    void whatIsTriedAgain();
    void backoffDoublesUpToTheCap_data();
    void backoffDoublesUpToTheCap();
    void backoffIsFullJitter();
    void retryAfterInBothForms_data();
    void retryAfterInBothForms();
    void neverMeansOneTry();
};

void TestRetryPolicy::whatIsTriedAgain_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QNetworkReply::NetworkError>("error");
    QTest::addColumn<Wait>("expected");
    const auto none = QNetworkReply::NoError;
    QTest::newRow("429") << 429 << QNetworkReply::UnknownContentError << Wait::ServerSays;
    QTest::newRow("503") << 503 << QNetworkReply::ServiceUnavailableError << Wait::ServerSays;
    QTest::newRow("500") << 500 << QNetworkReply::InternalServerError << Wait::Backoff;
    QTest::newRow("502") << 502 << QNetworkReply::UnknownServerError << Wait::Backoff;
    QTest::newRow("504") << 504 << QNetworkReply::UnknownServerError << Wait::Backoff;
    QTest::newRow("408") << 408 << QNetworkReply::UnknownContentError << Wait::Backoff;
    QTest::newRow("400") << 400 << QNetworkReply::ProtocolInvalidOperationError << Wait::Never;
    QTest::newRow("401") << 401 << QNetworkReply::AuthenticationRequiredError << Wait::Never;
    QTest::newRow("403") << 403 << QNetworkReply::ContentAccessDenied << Wait::Never;
    QTest::newRow("404") << 404 << QNetworkReply::ContentNotFoundError << Wait::Never;
    QTest::newRow("reset or closed mid-body")
        << 0 << QNetworkReply::RemoteHostClosedError << Wait::Backoff;
    QTest::newRow("timeout") << 0 << QNetworkReply::TimeoutError << Wait::Backoff;
    QTest::newRow("temporary failure")
        << 0 << QNetworkReply::TemporaryNetworkFailureError << Wait::Backoff;
    QTest::newRow("nothing listening") << 0 << QNetworkReply::ConnectionRefusedError << Wait::Never;
    QTest::newRow("unknown host") << 0 << QNetworkReply::HostNotFoundError << Wait::Never;
    QTest::newRow("certificate") << 0 << QNetworkReply::SslHandshakeFailedError << Wait::Never;
    QTest::newRow("cancelled") << 0 << QNetworkReply::OperationCanceledError << Wait::Never;
    QTest::newRow("no answer, no error") << 0 << none << Wait::Never;
}

void TestRetryPolicy::whatIsTriedAgain()
{
    QFETCH(int, status);
    QFETCH(QNetworkReply::NetworkError, error);
    QFETCH(Wait, expected);
    QCOMPARE(RetryPolicy::waitFor(status, error), expected);
}

void TestRetryPolicy::backoffDoublesUpToTheCap_data()
{
    QTest::addColumn<int>("retry");
    QTest::addColumn<qint64>("ceilingMs");
    QTest::newRow("first") << 1 << qint64(1000);
    QTest::newRow("second") << 2 << qint64(2000);
    QTest::newRow("third") << 3 << qint64(4000);
    QTest::newRow("fourth") << 4 << qint64(8000);
    QTest::newRow("sixth reaches the cap") << 6 << qint64(30000);
    QTest::newRow("far beyond, no overflow") << 200 << qint64(30000);
}

void TestRetryPolicy::backoffDoublesUpToTheCap()
{
    QFETCH(int, retry);
    QFETCH(qint64, ceilingMs);
    const RetryPolicy policy;
    QCOMPARE(policy.backoff(retry, 0.0).count(), qint64(0));
    QCOMPARE(policy.backoff(retry, 0.5).count(), ceilingMs / 2);
    QCOMPARE(policy.backoff(retry, 1.0).count(), ceilingMs);
}

void TestRetryPolicy::backoffIsFullJitter()
{
    // Spread over the whole range, not bunched at the ceiling: that is what keeps clients that
    // failed together from coming back together.
    RetryPolicy policy;
    policy.baseDelay = 100ms;
    policy.maxBackoff = 10s;
    QCOMPARE(policy.backoff(3, 0.25), 100ms);
    QCOMPARE(policy.backoff(3, 0.75), 300ms);
    QCOMPARE(policy.backoff(3, -1.0), 0ms);
    QCOMPARE(policy.backoff(3, 2.0), 400ms);
}

void TestRetryPolicy::retryAfterInBothForms_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<QDateTime>("now");
    QTest::addColumn<qint64>("expectedMs"); // -1: none
    const QDateTime now(QDate(2015, 10, 21), QTime(7, 27, 48), QTimeZone::utc());
    QTest::newRow("seconds") << QByteArray("12") << now << qint64(12000);
    QTest::newRow("zero") << QByteArray("0") << now << qint64(0);
    QTest::newRow("spaces around") << QByteArray(" 3 ") << now << qint64(3000);
    QTest::newRow("date, 12 s ahead")
        << QByteArray("Wed, 21 Oct 2015 07:28:00 GMT") << now << qint64(12000);
    QTest::newRow("date in the past: at once")
        << QByteArray("Wed, 21 Oct 2015 07:28:00 GMT") << now.addDays(1) << qint64(0);
    QTest::newRow("huge number: capped, so no sum can overflow")
        << QByteArray("99999999999999999999999") << now << qint64(999999999) * 1000;
    QTest::newRow("negative") << QByteArray("-5") << now << qint64(-1);
    QTest::newRow("fraction") << QByteArray("1.5") << now << qint64(-1);
    QTest::newRow("missing") << QByteArray() << now << qint64(-1);
    QTest::newRow("garbage") << QByteArray("soon") << now << qint64(-1);
}

void TestRetryPolicy::retryAfterInBothForms()
{
    QFETCH(QByteArray, header);
    QFETCH(QDateTime, now);
    QFETCH(qint64, expectedMs);
    const auto wait = RetryPolicy::retryAfter(header, now);
    if (expectedMs < 0) {
        QVERIFY(!wait.has_value());
        return;
    }
    QVERIFY(wait.has_value());
    QCOMPARE(wait->count(), expectedMs);
}

void TestRetryPolicy::neverMeansOneTry()
{
    QCOMPARE(RetryPolicy::never().maxRetries, 0);
    const RetryPolicy defaults;
    QCOMPARE(defaults.maxRetries, 4);
    QCOMPARE(defaults.baseDelay, 1s);
    QCOMPARE(defaults.maxBackoff, 30s);
    QCOMPARE(defaults.maxServerWait, 60s);
}

QTEST_GUILESS_MAIN(TestRetryPolicy)
#include "tst_retrypolicy.moc"
