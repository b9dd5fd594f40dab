#include "core/api/httpdate.h"
#include "mockserver/mockhttpserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpSocket>
#include <QTest>

using namespace neuroio;
using namespace neuroio::mock;

namespace {

MockOptions baseOptions()
{
    MockOptions o;
    o.lastMonth = Month(2026, 10);
    o.seed = 5;
    return o;
}

// What came back for one request sent as raw bytes: everything, in how many pieces, and
// whether the server closed (or reset) the connection.
struct Exchange
{
    QByteArray bytes;
    int pieces = 0;
    bool closed = false;
    QAbstractSocket::SocketError error = QAbstractSocket::UnknownSocketError;

    QByteArray head() const { return bytes.left(bytes.indexOf("\r\n\r\n")); }
    QByteArray body() const { return bytes.mid(bytes.indexOf("\r\n\r\n") + 4); }
    int status() const { return bytes.mid(9, 3).toInt(); }
    QByteArray header(const QByteArray &name) const
    {
        for (const QByteArray &line : head().split('\n')) {
            if (line.toLower().startsWith(name.toLower() + ':'))
                return line.mid(name.size() + 1).trimmed();
        }
        return {};
    }
};

// Sends request and waits until the connection closes, or `until` says it has enough, or
// waitMs pass.
Exchange exchange(const QUrl &url, const QByteArray &request, int waitMs,
                  const std::function<bool(const Exchange &)> &until = {})
{
    Exchange got;
    QTcpSocket socket;
    QObject::connect(&socket, &QTcpSocket::readyRead, &socket, [&] {
        got.bytes += socket.readAll();
        ++got.pieces;
    });
    QObject::connect(&socket, &QTcpSocket::disconnected, &socket, [&] { got.closed = true; });
    QObject::connect(&socket, &QTcpSocket::errorOccurred, &socket,
                     [&](QAbstractSocket::SocketError e) {
                         got.error = e;
                         got.closed = true;
                     });
    socket.connectToHost(url.host(), quint16(url.port()));
    if (!socket.waitForConnected(5000))
        qFatal("could not connect to the local server");
    socket.write(request);
    // Running out of time is an outcome too: a server that never answers.
    const bool ended = QTest::qWaitFor([&] { return got.closed || (until && until(got)); }, waitMs);
    Q_UNUSED(ended)
    socket.disconnect(); // closing it on the way out is ours, not the server's
    return got;
}

QByteArray get(const QString &pathAndQuery, const QByteArray &host = "127.0.0.1")
{
    return "GET " + pathAndQuery.toLatin1() + " HTTP/1.1\r\nHost: " + host
           + "\r\nAuthorization: Token demo-manager-token\r\n\r\n";
}

bool whole(const Exchange &e)
{
    const qsizetype end = e.bytes.indexOf("\r\n\r\n");
    return end >= 0 && e.body().size() >= e.header("Content-Length").toLongLong();
}

} // namespace

class TestMockHttpServer final : public QObject
{
    Q_OBJECT

private slots:
    void aLineThatIsNotHttpGets400_data();
    void aLineThatIsNotHttpGets400();
    void linksNameTheServerNotTheHostHeader();
    void retryAfterAsAnHttpDate();
    void failFirstThenAnswers();
    void cutBodyIsShorterThanItsLength();
    void resetMidBody();
    void hangNeverAnswers();
    void trickleArrivesInPieces();
    void wrongShapeIsValidJson();
    void sameSeedSameFaults();
};

void TestMockHttpServer::aLineThatIsNotHttpGets400_data()
{
    QTest::addColumn<QByteArray>("request");
    QTest::newRow("garbage") << QByteArray("GARBAGE\r\n\r\n");
    QTest::newRow("no target") << QByteArray("GET\r\n\r\n");
    QTest::newRow("no version") << QByteArray("GET /v1/whoami/\r\n\r\n");
    QTest::newRow("HTTP/2 line") << QByteArray("GET / HTTP/2.0\r\n\r\n");
    QTest::newRow("binary") << QByteArray("\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03\n", 13);
}

void TestMockHttpServer::aLineThatIsNotHttpGets400()
{
    QFETCH(QByteArray, request);
    MockHttpServer server(baseOptions());
    QVERIFY(server.start().isOk());
    const Exchange got = exchange(server.url(), request, 5000);
    QVERIFY2(got.bytes.startsWith("HTTP/1.1 400 Bad Request\r\n"), got.bytes.constData());
    QVERIFY(got.body().contains("not an HTTP/1.1 request line"));
    QVERIFY(got.closed);
    QCOMPARE(server.requestCount(), 0);

    // The same server still answers a real request.
    const Exchange fine = exchange(server.url(), get(QStringLiteral("/v1/whoami/")), 5000, whole);
    QCOMPARE(fine.status(), 200);
}

void TestMockHttpServer::linksNameTheServerNotTheHostHeader()
{
    MockHttpServer server(baseOptions());
    QVERIFY(server.start().isOk());
    const Exchange got = exchange(
        server.url(), get(QStringLiteral("/v1/billing/usage/?limit=5"), "evil.example:80"), 5000,
        whole);
    QCOMPARE(got.status(), 200);
    const QJsonObject page = QJsonDocument::fromJson(got.body()).object();
    const QUrl next(page.value(QStringLiteral("next")).toString());
    QCOMPARE(next.host(), server.url().host());
    QCOMPARE(next.port(), server.url().port());

    // Reached as localhost, it answers with localhost: the same server, by the name the
    // client used.
    const QByteArray local = "localhost:" + QByteArray::number(server.url().port());
    const Exchange byName = exchange(
        server.url(), get(QStringLiteral("/v1/billing/usage/?limit=5"), local), 5000, whole);
    const QUrl nextByName(
        QJsonDocument::fromJson(byName.body()).object().value(QStringLiteral("next")).toString());
    QCOMPARE(nextByName.host(), QStringLiteral("localhost"));
    QCOMPARE(nextByName.port(), server.url().port());
}

void TestMockHttpServer::retryAfterAsAnHttpDate()
{
    MockOptions o = baseOptions();
    o.failFirst = 1;
    o.failStatus = 429;
    o.retryAfterSeconds = 30;
    o.retryAfterForm = MockOptions::RetryAfterForm::Date;
    MockHttpServer server(o);
    QVERIFY(server.start().isOk());
    const QDateTime before = QDateTime::currentDateTimeUtc();
    const Exchange got
        = exchange(server.url(), get(QStringLiteral("/v1/billing/usage/")), 5000, whole);
    QCOMPARE(got.status(), 429);
    const auto date = parseHttpDate(got.header("Retry-After"));
    QVERIFY2(date.has_value(), got.header("Retry-After").constData());
    const qint64 ahead = before.secsTo(*date);
    QVERIFY2(ahead >= 28 && ahead <= 31, qPrintable(QString::number(ahead)));
}

void TestMockHttpServer::failFirstThenAnswers()
{
    MockOptions o = baseOptions();
    o.failFirst = 2;
    MockHttpServer server(o);
    QVERIFY(server.start().isOk());
    // whoami is not billing: never failed, and not counted.
    QCOMPARE(exchange(server.url(), get(QStringLiteral("/v1/whoami/")), 5000, whole).status(), 200);
    QList<int> statuses;
    for (int i = 0; i < 4; ++i) {
        statuses.append(
            exchange(server.url(), get(QStringLiteral("/v1/billing/usage/total/")), 5000, whole)
                .status());
    }
    QCOMPARE(statuses, (QList<int>{503, 503, 200, 200}));
}

void TestMockHttpServer::cutBodyIsShorterThanItsLength()
{
    MockOptions o = baseOptions();
    o.cutBodyRate = 1.0;
    MockHttpServer server(o);
    QVERIFY(server.start().isOk());
    const Exchange got = exchange(server.url(), get(QStringLiteral("/v1/billing/usage/")), 5000);
    QVERIFY(got.closed);
    QCOMPARE(got.status(), 200);
    const qint64 promised = got.header("Content-Length").toLongLong();
    QVERIFY(promised > 0);
    QCOMPARE(got.body().size(), promised / 2);
}

void TestMockHttpServer::resetMidBody()
{
    MockOptions o = baseOptions();
    o.resetRate = 1.0;
    MockHttpServer server(o);
    QVERIFY(server.start().isOk());
    const Exchange got = exchange(server.url(), get(QStringLiteral("/v1/billing/usage/")), 5000);
    QVERIFY(got.closed);
    QVERIFY(got.body().size() < got.header("Content-Length").toLongLong() || got.bytes.isEmpty());
}

void TestMockHttpServer::hangNeverAnswers()
{
    MockOptions o = baseOptions();
    o.hangRate = 1.0;
    MockHttpServer server(o);
    QVERIFY(server.start().isOk());
    const Exchange got = exchange(server.url(), get(QStringLiteral("/v1/billing/usage/")), 400);
    QVERIFY(got.bytes.isEmpty());
    QVERIFY2(!got.closed, qPrintable(QString::number(int(got.error))));
    QCOMPARE(server.requestCount(), 1);
}

void TestMockHttpServer::trickleArrivesInPieces()
{
    MockOptions o = baseOptions();
    o.trickleMs = 2;
    MockHttpServer server(o);
    QVERIFY(server.start().isOk());
    const Exchange got
        = exchange(server.url(), get(QStringLiteral("/v1/billing/usage/?limit=20")), 20000, whole);
    QVERIFY(whole(got));
    QVERIFY2(got.pieces > 10, qPrintable(QString::number(got.pieces)));
    const QJsonObject page = QJsonDocument::fromJson(got.body()).object();
    QCOMPARE(page.value(QStringLiteral("results")).toArray().size(), 20);
}

void TestMockHttpServer::wrongShapeIsValidJson()
{
    MockOptions o = baseOptions();
    o.wrongShapeRate = 1.0;
    MockHttpServer server(o);
    QVERIFY(server.start().isOk());
    const Exchange got
        = exchange(server.url(), get(QStringLiteral("/v1/billing/usage/")), 5000, whole);
    QCOMPARE(got.status(), 200);
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(got.body(), &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    QVERIFY(document.object().value(QStringLiteral("results")).isObject());
}

void TestMockHttpServer::sameSeedSameFaults()
{
    MockOptions o = baseOptions();
    o.failRate = 0.5;
    QList<int> runs[2];
    for (QList<int> &statuses : runs) {
        MockHttpServer server(o);
        QVERIFY(server.start().isOk());
        for (int i = 0; i < 16; ++i) {
            statuses.append(
                exchange(server.url(), get(QStringLiteral("/v1/billing/usage/total/")), 5000, whole)
                    .status());
        }
    }
    QCOMPARE(runs[0], runs[1]);
    QVERIFY(runs[0].contains(503) && runs[0].contains(200));
}

QTEST_GUILESS_MAIN(TestMockHttpServer)
#include "tst_mockhttpserver.moc"
