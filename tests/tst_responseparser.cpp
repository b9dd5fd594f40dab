#include "core/api/jsonkeyorder.h"
#include "core/api/responseparser.h"

#include <QFile>
#include <QTest>

#include <climits>

using namespace neuroio;

namespace {

const QString kEndpoint = QStringLiteral("GET /v1/billing/usage/");

QByteArray fixture(const QString &name)
{
    QFile file(QStringLiteral(NEUROIO_FIXTURES "/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(name));
    return file.readAll();
}

QStringList extraNames(const UsageRecord &record)
{
    QStringList names;
    for (const ExtraField &e : record.extras)
        names.append(e.name);
    return names;
}

} // namespace

class TestResponseParser final : public QObject
{
    Q_OBJECT

private slots:
    void goodPage();
    void partialRecordStaysEmpty();
    void unknownFieldsKeptInOrder();
    void malformedPages_data();
    void malformedPages();
    void emptyPage();
    void totals();
    void eventTypeBeyondIntIsRefused();
    void spaces();
    void accounts();
    void whoAmI();
    void login();
    void httpErrors_data();
    void httpErrors();
    void keyOrderScanner_data();
    void keyOrderScanner();
    void resultsTwiceKeepsTheExtrasOfTheLast();
};

void TestResponseParser::goodPage()
{
    const auto result
        = ResponseParser::usagePage(fixture(QStringLiteral("usage_page_good.json")), kEndpoint);
    QVERIFY2(result.isOk(), qPrintable(result.error.userMessage()));
    const UsagePage &page = result.value;
    QCOMPARE(page.count, std::optional<qint64>(3));
    QVERIFY(page.next.endsWith(QStringLiteral("offset=2")));
    QVERIFY(page.previous.isEmpty());
    QCOMPARE(page.results.size(), 2);
    const UsageRecord &first = page.results[0];
    QCOMPARE(first.id, std::optional<qint64>(101));
    QCOMPARE(first.month, std::optional<Month>(Month(2024, 5)));
    QCOMPARE(first.spaceId, std::optional<qint64>(4));
    QCOMPARE(first.spaceName, std::optional<QString>(QStringLiteral("Berlin HQ")));
    QCOMPARE(first.eventType, std::optional<int>(1));
    QCOMPARE(first.quantity, std::optional<double>(120345));
    QVERIFY(first.extras.isEmpty());
    QCOMPARE(page.results[1].quantity, std::optional<double>(2.5));
    QCOMPARE(page.results[1].spaceName,
             std::optional<QString>(QStringLiteral("Warehouse 7, Rotterdam")));
}

void TestResponseParser::partialRecordStaysEmpty()
{
    const auto result
        = ResponseParser::usagePage(fixture(QStringLiteral("usage_page_partial.json")), kEndpoint);
    QVERIFY2(result.isOk(), qPrintable(result.error.userMessage()));
    const UsageRecord &r = result.value.results.at(0);
    QCOMPARE(r.id, std::optional<qint64>(7));
    QVERIFY(!r.spaceId.has_value());
    QVERIFY(!r.spaceName.has_value());
    QVERIFY(!r.quantity.has_value()); // null is "not given", never 0
}

void TestResponseParser::unknownFieldsKeptInOrder()
{
    const auto result = ResponseParser::usagePage(
        fixture(QStringLiteral("usage_page_unknown_fields.json")), kEndpoint);
    QVERIFY2(result.isOk(), qPrintable(result.error.userMessage()));
    const UsageRecord &first = result.value.results.at(0);
    // Server order, not QJsonObject's sorted order.
    QCOMPARE(extraNames(first),
             (QStringList{QStringLiteral("zone"), QStringLiteral("billable"),
                          QString::fromUtf8("état"), QStringLiteral("unit_price")}));
    QCOMPARE(first.extras[0].value.toString(), QStringLiteral("eu-1"));
    QCOMPARE(first.extras[1].value.toBool(), true);
    QCOMPARE(first.extras[3].value.toDouble(), 0.002);
    QCOMPARE(first.eventType, std::optional<int>(9)); // unknown types are kept as numbers
    const UsageRecord &second = result.value.results.at(1);
    QCOMPARE(second.month, std::optional<Month>(Month(2024, 5))); // a date names its month
    QCOMPARE(extraNames(second), (QStringList{QStringLiteral("billable"), QStringLiteral("tags")}));
    QVERIFY(second.extras[1].value.isArray());
}

void TestResponseParser::malformedPages_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("messagePart");

    QTest::newRow("quantity as string") << "usage_page_wrong_quantity.json"
                                        << "results[0].quantity"
                                        << "expected a number, got a string";
    QTest::newRow("fractional id") << "usage_page_fractional_id.json"
                                   << "results[1].id"
                                   << "expected an integer";
    QTest::newRow("month not YYYY-MM") << "usage_page_bad_month.json"
                                       << "results[0].month"
                                       << "YYYY-MM";
    QTest::newRow("results not an array") << "usage_page_results_object.json"
                                          << "results"
                                          << "expected an array, got an object";
    QTest::newRow("html page") << "html_error_page.html"
                               << ""
                               << "HTML page (\"502 Bad Gateway\")";
    QTest::newRow("truncated") << "truncated.json"
                               << ""
                               << "not JSON";
    QTest::newRow("spaces list, not a page") << "spaces_good.json"
                                             << ""
                                             << "expected a JSON object";
}

void TestResponseParser::malformedPages()
{
    QFETCH(QString, file);
    QFETCH(QString, field);
    QFETCH(QString, messagePart);
    const auto result = ResponseParser::usagePage(fixture(file), kEndpoint);
    QVERIFY(!result.isOk());
    QCOMPARE(result.error.kind, ApiError::Kind::MalformedResponse);
    QCOMPARE(result.error.field, field);
    QVERIFY2(result.error.message.contains(messagePart), qPrintable(result.error.message));
    const QString text = result.error.userMessage();
    QVERIFY2(text.contains(kEndpoint), qPrintable(text));
    if (!field.isEmpty())
        QVERIFY2(text.contains(field), qPrintable(text));
}

void TestResponseParser::emptyPage()
{
    const auto empty
        = ResponseParser::usagePage(fixture(QStringLiteral("usage_page_empty.json")), kEndpoint);
    QVERIFY(empty.isOk());
    QCOMPARE(empty.value.count, std::optional<qint64>(0));
    QVERIFY(empty.value.results.isEmpty());

    const auto nothing = ResponseParser::usagePage(QByteArray(), kEndpoint);
    QCOMPARE(nothing.error.kind, ApiError::Kind::MalformedResponse);
    QVERIFY(nothing.error.message.contains(QStringLiteral("empty")));
}

void TestResponseParser::totals()
{
    const auto result
        = ResponseParser::usageTotals(fixture(QStringLiteral("totals_good.json")), kEndpoint);
    QVERIFY2(result.isOk(), qPrintable(result.error.userMessage()));
    QCOMPARE(result.value.size(), 2);
    QCOMPARE(result.value[0].eventType, std::optional<int>(1));
    QCOMPARE(result.value[0].quantity, std::optional<double>(7590814));
    QCOMPARE(result.value[1].extras.size(), 1);
    QCOMPARE(result.value[1].extras[0].name, QStringLiteral("note"));

    const auto missing = ResponseParser::usageTotals(
        fixture(QStringLiteral("totals_missing_type.json")), kEndpoint);
    QCOMPARE(missing.error.kind, ApiError::Kind::MalformedResponse);
    QCOMPARE(missing.error.field, QStringLiteral("results[0].event_type"));
}

void TestResponseParser::eventTypeBeyondIntIsRefused()
{
    // Found by ./dev fuzz (fuzz_usage_totals): an event type past int's range was read as
    // another type (14294967297 as 1410065409) instead of being refused.
    const auto totals = ResponseParser::usageTotals(
        fixture(QStringLiteral("totals_event_type_beyond_int.json")), kEndpoint);
    QCOMPARE(totals.error.kind, ApiError::Kind::MalformedResponse);
    QCOMPARE(totals.error.field, QStringLiteral("results[0].event_type"));
    QVERIFY2(totals.error.message.contains(QStringLiteral("14294967297")),
             qPrintable(totals.error.message));

    const auto page = ResponseParser::usagePage(
        R"({"count": 1, "results": [{"event_type": -2147483649, "quantity": 1}]})", kEndpoint);
    QCOMPARE(page.error.kind, ApiError::Kind::MalformedResponse);
    QCOMPARE(page.error.field, QStringLiteral("results[0].event_type"));

    const auto edge = ResponseParser::usagePage(
        R"({"count": 1, "results": [{"event_type": 2147483647, "quantity": 1}]})", kEndpoint);
    QVERIFY2(edge.isOk(), qPrintable(edge.error.userMessage()));
    QCOMPARE(edge.value.results.at(0).eventType, std::optional<int>(INT_MAX));
}

void TestResponseParser::spaces()
{
    const auto result
        = ResponseParser::spaces(fixture(QStringLiteral("spaces_good.json")), kEndpoint);
    QVERIFY2(result.isOk(), qPrintable(result.error.userMessage()));
    QCOMPARE(result.value.size(), 3);
    QCOMPARE(result.value[1].name, QStringLiteral("Reception \"Main Gate\""));
    QVERIFY(result.value[2].name.isEmpty());

    const auto bad
        = ResponseParser::spaces(fixture(QStringLiteral("spaces_bad_id.json")), kEndpoint);
    QCOMPARE(bad.error.kind, ApiError::Kind::MalformedResponse);
    QCOMPARE(bad.error.field, QStringLiteral("[0].id"));
}

void TestResponseParser::accounts()
{
    const auto result
        = ResponseParser::accountPage(fixture(QStringLiteral("accounts_page.json")), kEndpoint);
    QVERIFY2(result.isOk(), qPrintable(result.error.userMessage()));
    QCOMPARE(result.value.count, std::optional<qint64>(3));
    QCOMPARE(result.value.results.size(), 2);
    QCOMPARE(result.value.results[1].name, QString::fromUtf8("Café Lumière SARL"));
}

void TestResponseParser::whoAmI()
{
    const auto manager
        = ResponseParser::whoAmI(fixture(QStringLiteral("whoami_manager.json")), kEndpoint);
    QVERIFY(manager.isOk());
    QCOMPARE(manager.value.username, QStringLiteral("demo-manager"));
    QCOMPARE(manager.value.accountId, std::optional<qint64>(1));
    QCOMPARE(manager.value.isManager, std::optional<bool>(true));

    const auto space
        = ResponseParser::whoAmI(fixture(QStringLiteral("whoami_space.json")), kEndpoint);
    QVERIFY(space.isOk());
    QVERIFY(!space.value.isManager.has_value()); // silent, not false
    QCOMPARE(space.value.space->id, 4);

    const auto wrong
        = ResponseParser::whoAmI(fixture(QStringLiteral("whoami_wrong_manager.json")), kEndpoint);
    QCOMPARE(wrong.error.field, QStringLiteral("is_manager"));
}

void TestResponseParser::login()
{
    const auto result
        = ResponseParser::login(fixture(QStringLiteral("login_good.json")), kEndpoint);
    QVERIFY2(result.isOk(), qPrintable(result.error.userMessage()));
    QCOMPARE(result.value.tokenKey, QStringLiteral("abc123"));
    QCOMPARE(result.value.username, QStringLiteral("demo-manager"));
    QCOMPARE(result.value.created.secsTo(result.value.expires), 24 * 3600);

    const auto noKey = ResponseParser::login(R"({"token": {"id": 1}})", kEndpoint);
    QCOMPARE(noKey.error.field, QStringLiteral("token.key"));
}

void TestResponseParser::httpErrors_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("message");
    QTest::addColumn<QList<int>>("codes");
    QTest::addColumn<int>("fieldCount");

    QTest::newRow("login refused") << 400 << "error_login.json"
                                   << "Username and password do not match." << QList<int>{602} << 0;
    QTest::newRow("field error") << 400 << "error_fields.json"
                                 << "Incorrect month format in month_from, should be YYYY-MM"
                                 << QList<int>{100} << 1;
    QTest::newRow("codes an int cannot hold are left out, not read as 0")
        << 400 << "error_codes_beyond_int.json"
        << "Something went wrong." << QList<int>{404} << 1;
    QTest::newRow("proxy page") << 502 << "html_error_page.html"
                                << "Bad Gateway; the body is an HTML page (\"502 Bad Gateway\"), "
                                   "not JSON"
                                << QList<int>{} << 0;
}

void TestResponseParser::httpErrors()
{
    QFETCH(int, status);
    QFETCH(QString, file);
    QFETCH(QString, message);
    QFETCH(QList<int>, codes);
    QFETCH(int, fieldCount);
    const ApiError error = ResponseParser::httpError(status, QStringLiteral("Bad Gateway"),
                                                     fixture(file), kEndpoint);
    QCOMPARE(error.kind, ApiError::Kind::HttpStatus);
    QCOMPARE(error.httpStatus, status);
    QCOMPARE(error.message, message);
    QCOMPARE(error.errorCodes, codes);
    QCOMPARE(error.fields.size(), fieldCount);
    for (const FieldError &field : error.fields)
        QVERIFY(!field.errorCode || *field.errorCode != 0);
    QVERIFY(error.userMessage().contains(QString::number(status)));
    QVERIFY(error.isFailure());
}

void TestResponseParser::keyOrderScanner_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QList<QStringList>>("expected");

    QTest::newRow("two objects") << QByteArray(R"({"results":[{"b":1,"a":2},{"z":0}]})")
                                 << QList<QStringList>{{"b", "a"}, {"z"}};
    QTest::newRow("results after other members") << QByteArray(
        R"({"count":2,"x":{"results":[1]},"results":[{"q":"}{,\"]","p":[1,{"r":2}]}]})")
                                                 << QList<QStringList>{{"q", "p"}};
    QTest::newRow("escaped keys")
        << QByteArray(R"({"results":[{"a\"b":1,"\u00e9":2,"\ud83d\ude00":3}]})")
        << QList<QStringList>{{"a\"b", QString::fromUtf8("é"), QString::fromUtf8("😀")}};
    QTest::newRow("non-object element")
        << QByteArray(R"({"results":[1,{"k":null}]})") << QList<QStringList>{{}, {"k"}};
    QTest::newRow("empty array") << QByteArray(R"({"results": [ ] })") << QList<QStringList>{};
    QTest::newRow("no results") << QByteArray(R"({"count":0})") << QList<QStringList>{};
    QTest::newRow("results twice: the last, as QJsonDocument keeps")
        << QByteArray(R"({"results":[{"a":1}],"count":1,"results":[{"b":1,"c":2}]})")
        << QList<QStringList>{{"b", "c"}};
}

void TestResponseParser::keyOrderScanner()
{
    QFETCH(QByteArray, json);
    QFETCH(QList<QStringList>, expected);
    QCOMPARE(objectKeyOrderInArray(json, u"results"), expected);
}

void TestResponseParser::resultsTwiceKeepsTheExtrasOfTheLast()
{
    // Found by ./dev fuzz (fuzz_usage_page): with "results" twice, the rows came from the last
    // array but the extras' order from the first, and the row's extras were lost.
    const auto result = ResponseParser::usagePage(
        fixture(QStringLiteral("usage_page_results_twice.json")), kEndpoint);
    QVERIFY2(result.isOk(), qPrintable(result.error.userMessage()));
    QCOMPARE(result.value.results.size(), 1);
    QCOMPARE(result.value.results[0].id, std::optional<qint64>(1));
    QCOMPARE(extraNames(result.value.results[0]),
             (QStringList{QStringLiteral("zone"), QStringLiteral("tags")}));
}

QTEST_GUILESS_MAIN(TestResponseParser)
#include "tst_responseparser.moc"
