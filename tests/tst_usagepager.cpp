#include "core/usage/usagepager.h"
#include "mockserver/mockhttpserver.h"
#include "tests/testhttpserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include <memory>

using namespace neuroio;
using namespace neuroio::mock;

namespace {

MockOptions bigOptions()
{
    MockOptions o;
    o.seed = 3;
    o.accounts = 1;
    o.spaces = 20;
    o.months = 12;
    o.lastMonth = Month(2026, 10);
    o.maxLimit = 50;
    o.delayMs = 15; // so that requests really overlap
    return o;
}

struct Collected
{
    QList<qint64> ids;
    QList<PagerProgress> progress;
    QList<ApiError> finished;
};

void collect(UsagePager *pager, Collected *out)
{
    QObject::connect(pager, &UsagePager::pageReady, pager, [out](const UsagePage &page) {
        for (const UsageRecord &r : page.results)
            out->ids.append(r.id.value_or(-1));
    });
    QObject::connect(pager, &UsagePager::progress, pager,
                     [out](const PagerProgress &p) { out->progress.append(p); });
    QObject::connect(pager, &UsagePager::finished, pager,
                     [out](const ApiError &e) { out->finished.append(e); });
}

// Serves a list of n records. Without "count", the pager has to walk it page by page; with
// a count that grows after the first page, the list "changes while it is read".
class ListServer final : public QTcpServer
{
public:
    // What the server says beside its rows: no count, a count that grows, or answers that
    // cannot be true.
    enum class Count {
        Absent,
        Growing,
        Negative,
        Huge,
        MoreRowsThanAsked,
        NextElsewhere,
        RepeatsARow,
    };
    ListServer(int rows, int cap, Count count)
        : m_rows(rows)
        , m_cap(cap)
        , m_count(count)
    {
        listen(QHostAddress::LocalHost, 0);
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *s = nextPendingConnection()) {
                connect(s, &QTcpSocket::readyRead, s, [this, s] {
                    const QByteArray head = s->readAll();
                    static const QRegularExpression limitRe(QStringLiteral("limit=(\\d+)"));
                    static const QRegularExpression offsetRe(QStringLiteral("offset=(\\d+)"));
                    const QString text = QString::fromLatin1(head);
                    const int asked = limitRe.match(text).captured(1).toInt();
                    const int limit
                        = m_count == Count::MoreRowsThanAsked ? asked + 1 : std::min(m_cap, asked);
                    const int offset = offsetRe.match(text).captured(1).toInt();
                    QJsonArray results;
                    for (int i = offset; i < std::min(m_rows, offset + limit); ++i)
                        results.append(QJsonObject{
                            {QStringLiteral("id"),
                             m_count == Count::RepeatsARow && i == m_rows - 1 ? 7 : i + 1}});
                    QJsonObject body{{QStringLiteral("results"), results}};
                    if (m_count == Count::Growing)
                        body.insert(QStringLiteral("count"), m_rows + (m_requests > 0 ? 1 : 0));
                    if (m_count == Count::Negative)
                        body.insert(QStringLiteral("count"), -5);
                    if (m_count == Count::Huge)
                        body.insert(QStringLiteral("count"), double(qint64(1) << 31));
                    if (m_count == Count::MoreRowsThanAsked || m_count == Count::RepeatsARow)
                        body.insert(QStringLiteral("count"), m_rows);
                    const QString host = m_count == Count::NextElsewhere
                                             ? QStringLiteral("http://elsewhere.example")
                                             : url().toString();
                    if (offset + limit < m_rows || m_count == Count::NextElsewhere)
                        body.insert(QStringLiteral("next"), host + QStringLiteral("/?more"));
                    const QByteArray json = QJsonDocument(body).toJson(QJsonDocument::Compact);
                    s->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                             "Content-Length: "
                             + QByteArray::number(json.size()) + "\r\n\r\n" + json);
                    ++m_requests;
                });
            }
        });
    }
    QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(serverPort())); }
    int requests() const { return m_requests; }

private:
    int m_rows;
    int m_cap;
    Count m_count;
    int m_requests = 0;
};

// A list of `rows` rows (ids 1 to rows) from a server that gives at most `cap` a page and
// holds every request until the test answers it: the test decides when and in which order
// the pager hears each page.
class HeldList final
{
public:
    HeldList(int rows, int cap)
        : m_server([](const QByteArray &) { return QByteArray(); })
        , m_rows(rows)
        , m_cap(cap)
    {}
    TestHttpServer &server() { return m_server; }
    // The value of a query parameter ("limit", "offset") of a request, as received.
    static int parameter(const QByteArray &head, const QString &name)
    {
        const QRegularExpression re(name + QStringLiteral("=(\\d+)"));
        return re.match(QString::fromLatin1(head)).captured(1).toInt();
    }
    int offsetOf(int request) const { return parameter(m_server.requests()[request], kOffset); }
    int limitOf(int request) const { return parameter(m_server.requests()[request], kLimit); }
    void answer(int request)
    {
        if (m_answered.contains(request))
            return;
        m_answered.insert(request);
        const int offset = offsetOf(request);
        QJsonArray results;
        for (int i = offset; i < std::min(m_rows, offset + std::min(m_cap, limitOf(request))); ++i)
            results.append(QJsonObject{{QStringLiteral("id"), i + 1}});
        const QJsonObject body{{QStringLiteral("count"), m_rows},
                               {QStringLiteral("results"), results}};
        m_server.answer(request, TestHttpServer::response(
                                     200, QJsonDocument(body).toJson(QJsonDocument::Compact)));
    }
    // Every request received and not answered yet.
    void answerTheRest()
    {
        for (int request = 0; request < m_server.requests().size(); ++request)
            answer(request);
    }

private:
    static inline const QString kOffset = QStringLiteral("offset");
    static inline const QString kLimit = QStringLiteral("limit");
    TestHttpServer m_server;
    int m_rows;
    int m_cap;
    QSet<int> m_answered;
};

QList<qint64> idsUpTo(int rows)
{
    QList<qint64> ids;
    for (int i = 1; i <= rows; ++i)
        ids.append(i);
    return ids;
}

} // namespace

class TestUsagePager final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void everyRowOnceInOrderWithFourInFlight();
    void filtersAndAccountScope();
    void emptyResult();
    void cancelMidway();
    void failuresThatPassAreRetriedWithoutLosingOrRepeatingRows();
    void failureMidwayStopsOnce();
    void restartCancelsOldRun();
    void withoutCountReadsSequentially();
    void theNextPagesGoOutWithTheFirst_data();
    void theNextPagesGoOutWithTheFirst();
    void pagesSentAheadThatArriveDuringAHandOverAreForgotten();
    void invalidQuery();
    void changeWhileReadingIsAnError();
    void answersThatCannotBeTrueAreRefused_data();
    void answersThatCannotBeTrueAreRefused();
    void aRowThatArrivesTwiceIsAnError();
    void requestsAtTheServerAtOnce_data();
    void requestsAtTheServerAtOnce();

private:
    std::unique_ptr<MockHttpServer> m_server;
    std::unique_ptr<BillingClient> m_client;
};

void TestUsagePager::initTestCase()
{
    m_server = std::make_unique<MockHttpServer>(bigOptions());
    QVERIFY(m_server->start().isOk());
}

void TestUsagePager::init()
{
    m_client = std::make_unique<BillingClient>();
    m_client->setBaseUrl(m_server->url());
    m_client->setToken(m_server->options().managerToken);
}

void TestUsagePager::everyRowOnceInOrderWithFourInFlight()
{
    UsagePager pager(m_client.get());
    pager.setMaxInFlight(4);
    Collected got;
    collect(&pager, &got);
    int mostInFlight = 0;
    connect(m_server.get(), &MockHttpServer::requestReceived, &pager,
            [&] { mostInFlight = std::max(mostInFlight, m_client->pendingCount()); });

    pager.start(BillingQuery{});
    QTRY_COMPARE_WITH_TIMEOUT(got.finished.size(), 1, 20000);
    QVERIFY2(got.finished.first().isOk(), qPrintable(got.finished.first().userMessage()));

    const MockScope &scope = m_server->api().dataset().managerScope();
    QList<qint64> expected;
    for (const MockRecord &r : scope.records)
        expected.append(r.id);
    QCOMPARE(expected.size(), 20 * 12 * 4);
    QCOMPARE(got.ids, expected); // each once, in the server's order

    QCOMPARE(mostInFlight, 4);
    QCOMPARE(got.progress.size(), 20); // 19 full pages of 50 and one of 10
    for (int i = 0; i < got.progress.size(); ++i) {
        QCOMPARE(got.progress[i].pagesDone, i + 1);
        QCOMPARE(got.progress[i].pagesTotal, 20);
        QCOMPARE(got.progress[i].rowsDone, std::min<qint64>(qint64(50) * (i + 1), 960));
        QCOMPARE(got.progress[i].rowsTotal, qint64(960));
    }
    QVERIFY(!pager.isRunning());
    QCOMPARE(m_client->pendingCount(), 0);
}

void TestUsagePager::filtersAndAccountScope()
{
    const MockScope *account = m_server->api().dataset().managedScopes().first();
    BillingQuery q;
    q.monthFrom = Month(2026, 2);
    q.monthTo = Month(2026, 9);
    q.eventTypes = {1, 4};
    q.spaceIds = {account->spaces[1].id, account->spaces[5].id, account->spaces[7].id};
    UsagePager pager(m_client.get());
    pager.setPageSize(7);
    Collected got;
    collect(&pager, &got);
    pager.start(q, account->accountId);
    QTRY_COMPARE_WITH_TIMEOUT(got.finished.size(), 1, 20000);
    QVERIFY2(got.finished.first().isOk(), qPrintable(got.finished.first().userMessage()));
    QList<qint64> expected;
    for (const MockRecord &r : account->records) {
        if (r.month >= *q.monthFrom && r.month <= *q.monthTo && q.eventTypes.contains(r.eventType)
            && q.spaceIds.contains(r.spaceId)) {
            expected.append(r.id);
        }
    }
    QCOMPARE(expected.size(), 8 * 2 * 3);
    QCOMPARE(got.ids, expected);
    QCOMPARE(got.progress.last().pagesTotal, (48 + 6) / 7);
}

void TestUsagePager::emptyResult()
{
    BillingQuery q;
    q.monthFrom = q.monthTo = Month(2030, 1);
    UsagePager pager(m_client.get());
    Collected got;
    collect(&pager, &got);
    pager.start(q);
    QTRY_COMPARE(got.finished.size(), 1);
    QVERIFY(got.finished.first().isOk());
    QVERIFY(got.ids.isEmpty());
    QCOMPARE(got.progress.size(), 1);
    QCOMPARE(got.progress.first().rowsTotal, qint64(0));
}

void TestUsagePager::cancelMidway()
{
    UsagePager pager(m_client.get());
    Collected got;
    collect(&pager, &got);
    int pagesSeen = 0;
    connect(&pager, &UsagePager::pageReady, this, [&] {
        if (++pagesSeen == 3)
            pager.cancel();
    });
    pager.start(BillingQuery{});
    QTRY_COMPARE_WITH_TIMEOUT(got.finished.size(), 1, 20000);
    QCOMPARE(got.finished.first().kind, ApiError::Kind::Cancelled);
    QCOMPARE(got.ids.size(), 150);
    QTest::qWait(200); // requests that were in flight must not deliver anything
    QCOMPARE(pagesSeen, 3);
    QCOMPARE(got.finished.size(), 1);
    QCOMPARE(m_client->pendingCount(), 0);
}

void TestUsagePager::failuresThatPassAreRetriedWithoutLosingOrRepeatingRows()
{
    // A fifth of the pages are refused with 503 first: each is asked again on its own, and
    // the rows still arrive each once, in the server's order.
    MockOptions flaky = bigOptions();
    flaky.failRate = 0.2;
    flaky.retryAfterSeconds = 0;
    flaky.seed = 11;
    MockHttpServer server(flaky);
    QVERIFY(server.start().isOk());
    m_client->setBaseUrl(server.url());
    QSignalSpy retries(m_client.get(), &BillingClient::retryScheduled);
    UsagePager pager(m_client.get());
    // The server's page size, so the pages sent beside the first are never asked again.
    pager.setPageSize(flaky.maxLimit);
    Collected got;
    collect(&pager, &got);
    pager.start(BillingQuery{});
    QTRY_COMPARE_WITH_TIMEOUT(got.finished.size(), 1, 20000);
    QVERIFY2(got.finished.first().isOk(), qPrintable(got.finished.first().userMessage()));
    QVERIFY(!retries.isEmpty());
    QList<qint64> expected;
    for (const MockRecord &r : server.api().dataset().managerScope().records)
        expected.append(r.id);
    QCOMPARE(got.ids, expected);
    // Every request beyond the 20 pages was a retry the client announced.
    QCOMPARE(server.requestCount(), 20 + int(retries.size()));
}

void TestUsagePager::failureMidwayStopsOnce()
{
    // Every answer is a 503: each page gives up after its tries, and the first to give up
    // ends the run, once.
    MockOptions broken = bigOptions();
    broken.failRate = 1.0;
    broken.retryAfterSeconds = 0;
    MockHttpServer server(broken);
    QVERIFY(server.start().isOk());
    m_client->setBaseUrl(server.url());
    UsagePager pager(m_client.get());
    Collected got;
    collect(&pager, &got);
    pager.start(BillingQuery{});
    QTRY_COMPARE_WITH_TIMEOUT(got.finished.size(), 1, 20000);
    QCOMPARE(got.finished.first().kind, ApiError::Kind::HttpStatus);
    QCOMPARE(got.finished.first().httpStatus, 503);
    QCOMPARE(got.finished.first().tries, 5);
    QVERIFY(got.ids.isEmpty());
    QTest::qWait(200);
    QCOMPARE(got.finished.size(), 1);
    QCOMPARE(m_client->pendingCount(), 0);
}

void TestUsagePager::restartCancelsOldRun()
{
    UsagePager pager(m_client.get());
    Collected got;
    collect(&pager, &got);
    pager.start(BillingQuery{});
    BillingQuery licences;
    licences.eventTypes = {4};
    pager.start(licences);
    QTRY_COMPARE_WITH_TIMEOUT(got.finished.size(), 2, 20000);
    QCOMPARE(got.finished[0].kind, ApiError::Kind::Cancelled);
    QVERIFY(got.finished[1].isOk());
    QCOMPARE(got.ids.size(), 240); // only the second run's rows
}

void TestUsagePager::withoutCountReadsSequentially()
{
    ListServer server(23, 10, ListServer::Count::Absent);
    m_client->setBaseUrl(server.url());
    UsagePager pager(m_client.get());
    pager.setPageSize(100);
    Collected got;
    collect(&pager, &got);
    pager.start(BillingQuery{});
    QTRY_COMPARE(got.finished.size(), 1);
    QVERIFY2(got.finished.first().isOk(), qPrintable(got.finished.first().userMessage()));
    QCOMPARE(got.ids, idsUpTo(23));
    // Three pages, and perhaps the pages sent beside the first before it said the size: they
    // asked at offsets 100, 200 and 300, and were forgotten.
    QVERIFY2(server.requests() >= 3 && server.requests() <= 3 + UsagePager::kPagesAtFirst - 1,
             qPrintable(QString::number(server.requests())));
    QCOMPARE(got.progress.last().rowsTotal, qint64(23));
}

void TestUsagePager::theNextPagesGoOutWithTheFirst_data()
{
    QTest::addColumn<int>("serverPageSize");
    QTest::addColumn<int>("rows");
    QTest::addColumn<QList<int>>("offsetsAskedAgain");

    // The server gives the size asked for: the pages sent ahead are used, those past the end
    // forgotten.
    QTest::newRow("size as asked, 2 pages") << 10 << 15 << QList<int>{};
    QTest::newRow("size as asked, 6 pages") << 10 << 55 << QList<int>{};
    // It gives fewer: every page sent ahead asked at the wrong offset, and is asked again.
    QTest::newRow("capped at 4") << 4 << 15 << QList<int>{4, 8, 12};
}

void TestUsagePager::theNextPagesGoOutWithTheFirst()
{
    QFETCH(int, serverPageSize);
    QFETCH(int, rows);
    QFETCH(QList<int>, offsetsAskedAgain);
    HeldList list(rows, serverPageSize);
    m_client->setBaseUrl(list.server().url());
    m_client->setRetryPolicy(RetryPolicy::never());
    UsagePager pager(m_client.get());
    pager.setPageSize(10);
    Collected got;
    collect(&pager, &got);
    pager.start(BillingQuery{});

    const TestHttpServer &server = list.server();
    QTRY_COMPARE(server.requests().size(), UsagePager::kPagesAtFirst);
    QTest::qWait(50);
    QCOMPARE(server.requests().size(), UsagePager::kPagesAtFirst); // no more before an answer
    QList<int> offsets;
    for (int request = 0; request < UsagePager::kPagesAtFirst; ++request) {
        offsets.append(list.offsetOf(request));
        QCOMPARE(list.limitOf(request), 10);
    }
    QCOMPARE(offsets, (QList<int>{0, 10, 20, 30}));
    // Answered last to first: the first answer decides what the others are worth.
    for (int request = UsagePager::kPagesAtFirst - 1; request >= 0; --request)
        list.answer(request);
    // The rest, as it is asked for.
    QTRY_VERIFY_WITH_TIMEOUT((list.answerTheRest(), !got.finished.isEmpty()), 10000);
    QVERIFY2(got.finished.first().isOk(), qPrintable(got.finished.first().userMessage()));
    QCOMPARE(got.ids, idsUpTo(rows));
    QList<int> later;
    for (int request = UsagePager::kPagesAtFirst; request < server.requests().size(); ++request)
        later.append(list.offsetOf(request));
    QCOMPARE(later.mid(0, offsetsAskedAgain.size()), offsetsAskedAgain);
    const int pages = (rows + serverPageSize - 1) / serverPageSize;
    if (offsetsAskedAgain.isEmpty()) // nothing asked twice, nothing more than needed
        QCOMPARE(server.requests().size(), std::max(pages, UsagePager::kPagesAtFirst));
    QCOMPARE(m_client->pendingCount(), 0);
}

void TestUsagePager::pagesSentAheadThatArriveDuringAHandOverAreForgotten()
{
    // A receiver of the first page runs the event loop (a modal progress dialog does), and the
    // pages sent with it answer meanwhile, from a server that gives 4 rows a page where 10
    // were asked: rows 10 to 13, 20 to 23 and 30 to 33. They must be forgotten, not handed
    // over as pages 2 to 4.
    const int rows = 15;
    HeldList list(rows, 4);
    m_client->setBaseUrl(list.server().url());
    m_client->setRetryPolicy(RetryPolicy::never());
    UsagePager pager(m_client.get());
    pager.setPageSize(10);
    Collected got;
    collect(&pager, &got);
    bool handedOver = false;
    connect(&pager, &UsagePager::progress, this, [&](const PagerProgress &p) {
        if (p.pagesDone != 1 || handedOver)
            return;
        handedOver = true;
        list.answerTheRest(); // the pages sent ahead, and whatever was asked since
        QTest::qWait(200);
    });
    pager.start(BillingQuery{});
    QTRY_COMPARE(list.server().requests().size(), UsagePager::kPagesAtFirst);
    list.answer(0);
    QTRY_VERIFY_WITH_TIMEOUT((list.answerTheRest(), !got.finished.isEmpty()), 10000);
    QVERIFY(handedOver);
    QVERIFY2(got.finished.first().isOk(), qPrintable(got.finished.first().userMessage()));
    QCOMPARE(got.ids, idsUpTo(rows));
}

void TestUsagePager::invalidQuery()
{
    BillingQuery q;
    q.eventTypes = {5};
    UsagePager pager(m_client.get());
    Collected got;
    collect(&pager, &got);
    pager.start(q);
    QCOMPARE(got.finished.size(), 1);
    QCOMPARE(got.finished.first().kind, ApiError::Kind::InvalidRequest);
    QCOMPARE(m_client->pendingCount(), 0);
}

void TestUsagePager::changeWhileReadingIsAnError()
{
    ListServer server(30, 10, ListServer::Count::Growing);
    m_client->setBaseUrl(server.url());
    UsagePager pager(m_client.get());
    Collected got;
    collect(&pager, &got);
    pager.start(BillingQuery{});
    QTRY_COMPARE(got.finished.size(), 1);
    QCOMPARE(got.finished.first().kind, ApiError::Kind::MalformedResponse);
    QVERIFY2(got.finished.first().message.contains(QStringLiteral("count went from 30 to 31")),
             qPrintable(got.finished.first().message));
}

Q_DECLARE_METATYPE(ListServer::Count)

void TestUsagePager::answersThatCannotBeTrueAreRefused_data()
{
    QTest::addColumn<ListServer::Count>("count");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("message");
    QTest::newRow("a negative count") << ListServer::Count::Negative << "count"
                                      << "must not be negative";
    QTest::newRow("2^31 rows, one a page: not one row and exit 0")
        << ListServer::Count::Huge << "count"
        << "2147483648 pages";
    QTest::newRow("more rows than asked") << ListServer::Count::MoreRowsThanAsked << "results"
                                          << "more than the";
    QTest::newRow("a next page on another server") << ListServer::Count::NextElsewhere << "next"
                                                   << "elsewhere.example";
}

void TestUsagePager::answersThatCannotBeTrueAreRefused()
{
    QFETCH(ListServer::Count, count);
    QFETCH(QString, field);
    QFETCH(QString, message);
    ListServer server(30, count == ListServer::Count::Huge ? 1 : 10, count);
    m_client->setBaseUrl(server.url());
    UsagePager pager(m_client.get());
    pager.setPageSize(10);
    Collected got;
    collect(&pager, &got);
    pager.start(BillingQuery{});
    QTRY_COMPARE(got.finished.size(), 1);
    const ApiError &error = got.finished.first();
    QCOMPARE(error.kind, ApiError::Kind::MalformedResponse);
    QCOMPARE(error.field, field);
    QVERIFY2(error.message.contains(message), qPrintable(error.message));
    QVERIFY(got.ids.isEmpty()); // nothing from such an answer is passed on
}

void TestUsagePager::aRowThatArrivesTwiceIsAnError()
{
    // The count adds up, but the last page repeats a row of the first: rows moved between
    // pages while they were read, so one is there twice and another is missing.
    ListServer server(30, 10, ListServer::Count::RepeatsARow);
    m_client->setBaseUrl(server.url());
    UsagePager pager(m_client.get());
    pager.setPageSize(10);
    Collected got;
    collect(&pager, &got);
    pager.start(BillingQuery{});
    QTRY_COMPARE(got.finished.size(), 1);
    const ApiError &error = got.finished.first();
    QCOMPARE(error.kind, ApiError::Kind::MalformedResponse);
    QVERIFY2(error.message.contains(QStringLiteral("row id 7 arrived twice")),
             qPrintable(error.message));
    QVERIFY2(error.message.contains(QStringLiteral("changed while it was being read")),
             qPrintable(error.message));
}

// Pages that take a while at the server, 48 of them. Answers come back equally fast with more
// requests out, so the pager grows from 4 to its cap: by default 16, beyond the six
// connections Qt 6.4 opens per host and manager; never beyond --max-parallel.
void TestUsagePager::requestsAtTheServerAtOnce_data()
{
    QTest::addColumn<int>("delayMs");
    QTest::addColumn<QString>("maxParallel"); // empty: the default
    QTest::addColumn<int>("fewest");
    QTest::addColumn<int>("most");
    QTest::newRow("grows past one connection pool")
        << 300 << QString() << 7 << ConnectionLimits::kDefaultMaxParallel;
    QTest::newRow("never more than --max-parallel") << 100 << QStringLiteral("5") << 5 << 5;
}

void TestUsagePager::requestsAtTheServerAtOnce()
{
    QFETCH(int, delayMs);
    QFETCH(QString, maxParallel);
    QFETCH(int, fewest);
    QFETCH(int, most);
    MockOptions options = bigOptions();
    options.maxLimit = 20;
    options.delayMs = delayMs;
    MockHttpServer server(options);
    QVERIFY(server.start().isOk());
    BillingClient client;
    client.setBaseUrl(server.url());
    client.setToken(options.managerToken);
    if (!maxParallel.isEmpty()) {
        ConnectionLimits limits;
        QCOMPARE(limits.setMaxParallel(maxParallel), QString());
        client.setLimits(limits);
    }
    UsagePager pager(&client);
    Collected got;
    collect(&pager, &got);

    pager.start(BillingQuery{});
    QTRY_COMPARE_WITH_TIMEOUT(got.finished.size(), 1, 30000);
    QVERIFY2(got.finished.first().isOk(), qPrintable(got.finished.first().userMessage()));
    QCOMPARE(got.ids.size(), 960);
    const int peak = server.peakAnswersDelayed();
    QVERIFY2(peak >= fewest && peak <= most, qPrintable(QString::number(peak)));
}

QTEST_GUILESS_MAIN(TestUsagePager)
#include "tst_usagepager.moc"
