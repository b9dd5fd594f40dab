#include "mockserver/mockapi.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QUrlQuery>

using namespace neuroio;
using namespace neuroio::mock;

namespace {

MockOptions smallOptions()
{
    MockOptions o;
    o.lastMonth = Month(2026, 10);
    return o;
}

MockResponse get(MockApi &api, const QString &pathAndQuery,
                 const QByteArray &token = "demo-manager-token")
{
    MockRequest request;
    request.url = QUrl::fromEncoded(pathAndQuery.toLatin1());
    if (!token.isEmpty())
        request.authorization = "Token " + token;
    request.host = "evil.example:80";
    return api.handle(request);
}

QJsonObject object(const MockResponse &r)
{
    return QJsonDocument::fromJson(r.body).object();
}

} // namespace

class TestMockApi final : public QObject
{
    Q_OBJECT

private slots:
    void defaultDataset();
    void deterministicFromSeed();
    void scalesToHundredThousandRows();
    void plausibleMagnitudes();
    void listsInBothEncodings();
    void filtersAndPaging();
    void limitIsCapped();
    void totalsAreSums();
    void badRequests_data();
    void badRequests();
    void trailingSlashOptional();
    void hugeOffsetsAreEmptyPages_data();
    void hugeOffsetsAreEmptyPages();
    void loginAndExpiry();
};

void TestMockApi::defaultDataset()
{
    const MockDataset data = MockDataset::generate(MockOptions{});
    QCOMPARE(data.managedScopes().size(), 3);
    QCOMPARE(data.lastMonth(), Month::current().addMonths(-1));
    QCOMPARE(data.firstMonth().monthsTo(data.lastMonth()), 23);
    QCOMPARE(data.managerScope().records.size(), 6 * 24 * 4);
    QStringList names;
    for (const MockScope *scope : data.managedScopes()) {
        QCOMPARE(scope->spaces.size(), 6);
        QCOMPARE(scope->records.size(), 6 * 24 * 4);
        for (const Space &s : scope->spaces)
            names.append(s.name);
    }
    for (const Space &s : data.managerScope().spaces)
        names.append(s.name);
    const QString all = names.join(QLatin1Char('\n'));
    QVERIFY(all.contains(QLatin1Char(',')));
    QVERIFY(all.contains(QLatin1Char('"')));
    QVERIFY(all.contains(QString::fromUtf8("ü")));
    QCOMPARE(QSet<QString>(names.cbegin(), names.cend()).size(), names.size());
}

void TestMockApi::deterministicFromSeed()
{
    MockOptions a = smallOptions();
    const MockDataset first = MockDataset::generate(a);
    const MockDataset again = MockDataset::generate(a);
    a.seed = 2;
    const MockDataset other = MockDataset::generate(a);
    int differing = 0;
    for (qsizetype i = 0; i < first.managerScope().records.size(); ++i) {
        QCOMPARE(first.managerScope().records[i].quantity,
                 again.managerScope().records[i].quantity);
        differing
            += first.managerScope().records[i].quantity != other.managerScope().records[i].quantity;
    }
    QVERIFY(differing > first.managerScope().records.size() / 2);
}

void TestMockApi::scalesToHundredThousandRows()
{
    MockOptions o = smallOptions();
    o.spaces = 500;
    o.months = 50;
    o.accounts = 1;
    MockApi api(o);
    QCOMPARE(api.dataset().managerScope().records.size(), 100000);
    const auto page
        = object(get(api, QStringLiteral("/v1/billing/usage/?limit=1000&offset=99500")));
    QCOMPARE(page.value(QStringLiteral("count")).toInteger(), 100000);
    QCOMPARE(page.value(QStringLiteral("results")).toArray().size(), 500);
    QVERIFY(page.value(QStringLiteral("next")).isNull());
}

void TestMockApi::plausibleMagnitudes()
{
    const MockDataset data = MockDataset::generate(smallOptions());
    qint64 maxCalls = 0;
    qint64 maxLicences = 0;
    for (const MockRecord &r : data.managerScope().records) {
        QVERIFY(r.quantity >= 0);
        if (r.eventType == 1)
            maxCalls = std::max(maxCalls, r.quantity);
        if (r.eventType == 4)
            maxLicences = std::max(maxLicences, r.quantity);
    }
    QVERIFY2(maxCalls >= 100000 && maxCalls < 5000000, qPrintable(QString::number(maxCalls)));
    QVERIFY(maxLicences >= 1 && maxLicences <= 40);
}

void TestMockApi::listsInBothEncodings()
{
    MockApi api(smallOptions());
    const auto plain
        = get(api, QStringLiteral("/v1/billing/usage/?spaces_ids=4,5,6&event_types=1,2,3"));
    const auto encoded
        = get(api, QStringLiteral("/v1/billing/usage/?spaces_ids=4%2C5%2C6&event_types=1%2C2%2C3"));
    QCOMPARE(plain.status, 200);
    QCOMPARE(object(plain).value(QStringLiteral("count")).toInteger(), 3 * 3 * 24);
    QCOMPARE(object(plain).value(QStringLiteral("results")),
             object(encoded).value(QStringLiteral("results")));
}

void TestMockApi::filtersAndPaging()
{
    MockApi api(smallOptions());
    const auto response
        = get(api, QStringLiteral(
                       "/v1/billing/usage/?limit=5&offset=5&month_from=2026-01&month_to=2026-02"
                       "&event_types=4"));
    const QJsonObject page = object(response);
    QCOMPARE(page.value(QStringLiteral("count")).toInteger(), 2 * 6);
    const QJsonArray results = page.value(QStringLiteral("results")).toArray();
    QCOMPARE(results.size(), 5);
    for (const QJsonValue &v : results) {
        QCOMPARE(v[QStringLiteral("event_type")].toInt(), 4);
        QVERIFY(v[QStringLiteral("month")].toString() >= QLatin1String("2026-01"));
    }
    // Links name the server itself, never the Host header the request came with.
    const QUrl next(page.value(QStringLiteral("next")).toString());
    QCOMPARE(next.authority(), QStringLiteral("127.0.0.1"));
    QCOMPARE(QUrlQuery(next).queryItemValue(QStringLiteral("offset")), QStringLiteral("10"));
    QCOMPARE(QUrlQuery(next).queryItemValue(QStringLiteral("event_types")), QStringLiteral("4"));
    const QUrl previous(page.value(QStringLiteral("previous")).toString());
    QCOMPARE(QUrlQuery(previous).queryItemValue(QStringLiteral("offset")), QStringLiteral("0"));
}

void TestMockApi::limitIsCapped()
{
    MockOptions o = smallOptions();
    o.maxLimit = 100;
    MockApi api(o);
    const QJsonObject page = object(get(api, QStringLiteral("/v1/billing/usage/?limit=5000")));
    QCOMPARE(page.value(QStringLiteral("results")).toArray().size(), 100);
    QVERIFY(page.value(QStringLiteral("next")).toString().contains(QStringLiteral("limit=100")));
    const QJsonObject defaults = object(get(api, QStringLiteral("/v1/billing/usage/")));
    QCOMPARE(defaults.value(QStringLiteral("results")).toArray().size(), 20); // SDK default
}

void TestMockApi::totalsAreSums()
{
    MockApi api(smallOptions());
    const MockScope *account = api.dataset().managedScopes().at(2);
    const QJsonArray totals
        = object(get(api, QStringLiteral("/v1/accounts/%1/billing/usage/total/?month_from=2025-12"
                                         "&event_types=3,1")
                              .arg(account->accountId)))
              .value(QStringLiteral("results"))
              .toArray();
    QCOMPARE(totals.size(), 2);
    for (const QJsonValue &t : totals) {
        qint64 sum = 0;
        for (const MockRecord &r : account->records) {
            if (r.eventType == t[QStringLiteral("event_type")].toInt()
                && r.month >= Month(2025, 12))
                sum += r.quantity;
        }
        QCOMPARE(t[QStringLiteral("quantity")].toInteger(), sum);
    }
}

void TestMockApi::badRequests_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("token");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("message");

    const QByteArray manager = "demo-manager-token";
    const QByteArray account = "demo-account-token";
    QTest::newRow("malformed month") << "/v1/billing/usage/?month_from=2024-1" << manager << 400
                                     << "Incorrect month format in month_from, should be YYYY-MM";
    QTest::newRow("month 13") << "/v1/billing/usage/total/?month_to=2024-13" << manager << 400
                              << "Incorrect month format in month_to, should be YYYY-MM";
    QTest::newRow("reversed range") << "/v1/billing/usage/?month_from=2024-06&month_to=2024-01"
                                    << manager << 400 << "must not be after month_to";
    QTest::newRow("non-integer space") << "/v1/billing/usage/?spaces_ids=4,x" << manager << 400
                                       << "\"x\" in spaces_ids is not a whole number";
    QTest::newRow("unknown event type")
        << "/v1/billing/usage/total/?event_types=1,7" << manager << 400 << "Unknown event type 7";
    QTest::newRow("event type that wraps to 1 as 32 bits")
        << "/v1/billing/usage/?event_types=4294967297" << manager << 400
        << "Unknown event type 4294967297";
    QTest::newRow("event type beyond 64 bits")
        << "/v1/billing/usage/?event_types=99999999999999999999" << manager << 400
        << "in event_types is not a whole number";
    QTest::newRow("signed space id") << "/v1/billing/usage/?spaces_ids=+4" << manager << 400
                                     << "in spaces_ids is not a whole number";
    QTest::newRow("limit beyond int") << "/v1/billing/usage/?limit=4294967297" << manager << 400
                                      << "limit must be a whole number from 1 to 2147483647";
    QTest::newRow("offset in exponent form")
        << "/v1/billing/usage/?offset=1e3" << manager << 400 << "offset";
    QTest::newRow("accounts offset with a space")
        << "/v1/accounts/?offset=%201" << manager << 400 << "offset at least 0";
    QTest::newRow("limit zero") << "/v1/billing/usage/?limit=0" << manager << 400 << "limit";
    QTest::newRow("negative offset")
        << "/v1/billing/usage/?offset=-1" << manager << 400 << "offset";
    QTest::newRow("no token") << "/v1/billing/usage/" << QByteArray() << 401
                              << "Authentication credentials were not provided.";
    QTest::newRow("unknown token")
        << "/v1/whoami/" << QByteArray("nope") << 401 << "Invalid token.";
    QTest::newRow("accounts list, not manager")
        << "/v1/accounts/" << account << 403 << "Only managers";
    QTest::newRow("account usage, not manager")
        << "/v1/accounts/11/billing/usage/" << account << 403 << "Only managers";
    QTest::newRow("account not managed")
        << "/v1/accounts/77/billing/usage/total/" << manager << 404 << "Account 77 not found.";
    QTest::newRow("own account is not managed")
        << "/v1/accounts/1/billing/usage/" << manager << 404 << "Account 1 not found.";
    QTest::newRow("unknown path") << "/v1/billing/other/" << manager << 404 << "Not found";
}

void TestMockApi::badRequests()
{
    QFETCH(QString, path);
    QFETCH(QByteArray, token);
    QFETCH(int, status);
    QFETCH(QString, message);
    MockApi api(smallOptions());
    const MockResponse response = get(api, path, token);
    QCOMPARE(response.status, status);
    const QJsonObject body = object(response);
    QVERIFY2(body.value(QStringLiteral("message")).toString().contains(message),
             response.body.constData());
    QVERIFY(body.value(QStringLiteral("error_codes")).isArray());
    QVERIFY(body.value(QStringLiteral("fields")).isArray());
}

void TestMockApi::hugeOffsetsAreEmptyPages_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<qint64>("count");
    QTest::newRow("offset INT_MAX")
        << "/v1/billing/usage/?offset=2147483647&limit=1000" << qint64(24 * 6 * 4);
    QTest::newRow("offset INT64_MAX")
        << "/v1/billing/usage/?offset=9223372036854775807" << qint64(24 * 6 * 4);
    QTest::newRow("accounts at INT_MAX")
        << "/v1/accounts/?offset=2147483647&limit=1000" << qint64(3);
    QTest::newRow("accounts at INT64_MAX")
        << "/v1/accounts/?offset=9223372036854775807&limit=2147483647" << qint64(3);
}

void TestMockApi::hugeOffsetsAreEmptyPages()
{
    // Far past the end: an empty page with the right count, and no next (and no overflow,
    // which the sanitizer run would catch).
    QFETCH(QString, path);
    QFETCH(qint64, count);
    MockApi api(smallOptions());
    const MockResponse response = get(api, path);
    QCOMPARE(response.status, 200);
    const QJsonObject page = object(response);
    QCOMPARE(page.value(QStringLiteral("count")).toInteger(), count);
    QVERIFY(page.value(QStringLiteral("results")).toArray().isEmpty());
    QVERIFY(page.value(QStringLiteral("next")).isNull());
    QVERIFY(page.value(QStringLiteral("previous")).isString());
}

void TestMockApi::trailingSlashOptional()
{
    MockApi api(smallOptions());
    QCOMPARE(get(api, QStringLiteral("/v1/billing/usage/total")).status, 200);
    QCOMPARE(get(api, QStringLiteral("/v1/accounts/12/billing/usage/total")).status, 200);
    MockRequest post;
    post.method = "POST";
    post.url = QUrl(QStringLiteral("/v1/billing/usage/"));
    post.authorization = "Token demo-manager-token";
    QCOMPARE(api.handle(post).status, 405);
}

void TestMockApi::loginAndExpiry()
{
    MockApi api(smallOptions());
    MockRequest login;
    login.method = "POST";
    login.url = QUrl(QStringLiteral("/v1/auth/token/"));
    login.body = R"({"username":"demo-manager","password":"demo-password"})";
    const MockResponse answer = api.handle(login);
    QCOMPARE(answer.status, 200);
    const QByteArray key
        = object(answer)[QStringLiteral("token")][QStringLiteral("key")].toString().toLatin1();
    QVERIFY(key.size() >= 16);
    // A temporary token lives 24 hours.
    const QJsonObject token = object(answer)[QStringLiteral("token")].toObject();
    const QDateTime created
        = QDateTime::fromString(token[QStringLiteral("created")].toString(), Qt::ISODateWithMs);
    const QDateTime expires
        = QDateTime::fromString(token[QStringLiteral("expires")].toString(), Qt::ISODateWithMs);
    QVERIFY(created.isValid() && expires.isValid());
    QCOMPARE(created.secsTo(expires), qint64(24) * 3600);
    QCOMPARE(get(api, QStringLiteral("/v1/accounts/"), key).status, 200);
    api.expireIssuedTokens(); // as if the 24 hours were over
    const MockResponse expired = get(api, QStringLiteral("/v1/whoami/"), key);
    QCOMPARE(expired.status, 401);
    QCOMPARE(object(expired).value(QStringLiteral("message")).toString(),
             QStringLiteral("Token has expired."));

    login.body = R"({"username":"demo-manager","password":"guess"})";
    const MockResponse refused = api.handle(login);
    QCOMPARE(refused.status, 400);
    QCOMPARE(object(refused).value(QStringLiteral("error_codes")).toArray(), QJsonArray{602});
}

QTEST_GUILESS_MAIN(TestMockApi)
#include "tst_mockapi.moc"
