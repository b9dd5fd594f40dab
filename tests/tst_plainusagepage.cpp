#include "core/api/plainusagepage.h"
#include "core/api/responseparser.h"

#include <QDir>
#include <QFile>
#include <QTest>

#include <cmath>

using namespace neuroio;

namespace {

const QString kEndpoint = QStringLiteral("GET /v1/billing/usage/");

QByteArray page(const QByteArray &rows, const QByteArray &envelope = R"("count": 2, "next": null,
    "previous": null)")
{
    return "{" + envelope + ", \"results\": [" + rows + "]}";
}

// Equal, and each quantity with the same sign: a CSV writes -0 and 0 differently.
bool samePage(const UsagePage &a, const UsagePage &b)
{
    if (a != b)
        return false;
    for (qsizetype i = 0; i < a.results.size(); ++i) {
        const auto &qa = a.results[i].quantity;
        const auto &qb = b.results[i].quantity;
        if (qa && std::signbit(*qa) != std::signbit(*qb))
            return false;
    }
    return true;
}

} // namespace

class TestPlainUsagePage final : public QObject
{
    Q_OBJECT

private slots:
    void readsWhatTheGeneralReaderReads_data();
    void readsWhatTheGeneralReaderReads();
    void leavesTheRestToTheGeneralReader_data();
    void leavesTheRestToTheGeneralReader();
    void everyFixtureReadsTheSameEitherWay();
    void spaceNamesAreShared();
};

void TestPlainUsagePage::readsWhatTheGeneralReaderReads_data()
{
    QTest::addColumn<QByteArray>("body");
    const QByteArray row = R"({"id": 7, "month": "2026-03", "space_id": 12, "space_name": "Lobby",
             "event_type": 1, "quantity": 120345})";
    QTest::newRow("one row") << page(row);
    QTest::newRow("no rows") << page("");
    QTest::newRow("compact") << QByteArray(R"({"count":1,"next":null,"previous":null,"results":[)"
                                           R"({"id":1,"month":"2026-01","space_id":2,)"
                                           R"("space_name":"A","event_type":2,"quantity":2.5}]})");
    QTest::newRow("keys in another order")
        << page(R"({"quantity": 0.1, "event_type": 3, "space_name": "B", "space_id": 4,
                  "month": "2025-12", "id": 9})");
    QTest::newRow("a date for the month") << page(R"({"id": 1, "month": "2026-03-01"})");
    QTest::newRow("nulls in any order")
        << page(R"({"quantity": null, "id": 1, "space_name": null, "month": null})");
    QTest::newRow("empty row") << page("{}");
    QTest::newRow("negative and fractional quantities")
        << page(R"({"id": 1, "quantity": -2.25}, {"id": 2, "quantity": -0.0},
                  {"id": 3, "quantity": 0.30000000000000004})");
    QTest::newRow("large quantity beyond 2^53")
        << page(R"({"id": 1, "quantity": 123456789012345678901234567890})");
    QTest::newRow("quantity beyond 2^63") << page(R"({"id": 1, "quantity": 9223372036854775808})");
    QTest::newRow("negative ids") << page(R"({"id": -5, "space_id": -1, "event_type": -2})");
    QTest::newRow("largest event type") << page(R"({"id": 1, "event_type": 2147483647})");
    QTest::newRow("-0 as an integer") << page(R"({"id": 1, "quantity": -0})");
    QTest::newRow("whole quantities of 15 digits and more")
        << page(R"({"id": 1, "quantity": 999999999999999}, {"id": 2, "quantity": -999999999999999},
                  {"id": 3, "quantity": 1000000000000000}, {"id": 4, "quantity": 9007199254740993},
                  {"id": 5, "quantity": 0}, {"id": 6, "quantity": 7})");
    QTest::newRow("names again, in turn, as prefixes and escaped")
        << page(R"({"id": 1, "space_name": "A"}, {"id": 2, "space_name": "A"},
                  {"id": 3, "space_name": "AB"}, {"id": 4, "space_name": "A"},
                  {"id": 5, "space_name": "B"}, {"id": 6, "space_name": "A"},
                  {"id": 7, "space_name": "A"}, {"id": 8, "space_name": ""},
                  {"id": 9, "space_name": "AB"})");
    QTest::newRow("15-digit id") << page(R"({"id": 999999999999999})");
    QTest::newRow("UTF-8 names") << page(
        R"({"id": 1, "space_name": "東京 🚀"}, {"id": 2, "space_name": "Zürich"})");
    QTest::newRow("escapes") << page(
        R"({"id": 1, "space_name": "Reception \"Main Gate\" \\ \/ \b\f\n\r\t"},
                  {"id": 2, "space_name": "caf\u00e9 \ud83d\ude80 \u0000"})");
    QTest::newRow("an escaped slash in next")
        << page(R"({"id": 1})", R"("next": "http:\/\/127.0.0.1\/?offset=1")");
    QTest::newRow("links and count") << page(
        R"({"id": 1})",
        R"("count": 3, "next": "http://127.0.0.1:8/v1/billing/usage/?limit=1&offset=1", "previous": null)");
    QTest::newRow("no count") << page(R"({"id": 1})", R"("next": null)");
    QTest::newRow("whitespace everywhere")
        << QByteArray("\n { \"results\" :\t[ { \"id\" : 1 } ] }\r\n");
}

void TestPlainUsagePage::readsWhatTheGeneralReaderReads()
{
    QFETCH(QByteArray, body);
    const auto general = ResponseParser::usagePageFromAnyJson(body, kEndpoint);
    QVERIFY2(general.isOk(), qPrintable(general.error.userMessage()));
    const auto plain = readPlainUsagePage(body);
    QVERIFY(plain.has_value());
    QVERIFY(samePage(*plain, general.value));
}

void TestPlainUsagePage::leavesTheRestToTheGeneralReader_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("an extra field") << page(R"({"id": 1, "region": "eu"})");
    QTest::newRow("a lone surrogate") << page(R"({"id": 1, "space_name": "a\ud800b"})");
    QTest::newRow("a lone low surrogate") << page(R"({"id": 1, "space_name": "\udc00"})");
    QTest::newRow("a bad escape") << page(R"({"id": 1, "space_name": "a\qb"})");
    QTest::newRow("a short \\u") << page(R"({"id": 1, "space_name": "\u12"})");
    QTest::newRow("an escape in a key") << page(R"({"\u0069d": 1})");
    QTest::newRow("an escape in a month") << page(R"({"id": 1, "month": "2026\u002d03"})");
    QTest::newRow("integer written 5.0") << page(R"({"id": 5.0})");
    QTest::newRow("exponent") << page(R"({"id": 1, "quantity": 1e3})");
    QTest::newRow("16-digit id") << page(R"({"id": 1000000000000000})");
    QTest::newRow("event type beyond int") << page(R"({"id": 1, "event_type": 2147483648})");
    QTest::newRow("leading zero") << page(R"({"id": 01})");
    QTest::newRow("repeated key") << page(R"({"id": 1, "id": 2})");
    QTest::newRow("repeated results") << QByteArray(R"({"results": [], "results": [{"id": 1}]})");
    QTest::newRow("an unknown top-level key") << page("", R"("count": 0, "page": 1)");
    QTest::newRow("a string id") << page(R"({"id": "7"})");
    QTest::newRow("month 13") << page(R"({"id": 1, "month": "2026-13"})");
    QTest::newRow("year 0") << page(R"({"id": 1, "month": "0000-01"})");
    QTest::newRow("a month without a dash") << page(R"({"id": 1, "month": "202603"})");
    QTest::newRow("negative count") << page("", R"("count": -1)");
    QTest::newRow("a row that is not an object") << page("[1]");
    QTest::newRow("invalid UTF-8") << page("{\"id\": 1, \"space_name\": \"\xC3\x28\"}");
    QTest::newRow("overlong UTF-8") << page("{\"id\": 1, \"space_name\": \"\xC0\xAF\"}");
    QTest::newRow("a surrogate in UTF-8") << page("{\"id\": 1, \"space_name\": \"\xED\xA0\x80\"}");
    QTest::newRow("a control character") << page("{\"id\": 1, \"space_name\": \"a\x01\"}");
    QTest::newRow("no results") << QByteArray(R"({"count": 0})");
    QTest::newRow("garbage after") << page("") + "x";
    QTest::newRow("cut short") << page(R"({"id": 1})").chopped(3);
    QTest::newRow("empty body") << QByteArray();
    QTest::newRow("an HTML page") << QByteArray("<html><title>502</title></html>");
    QTest::newRow("a trailing comma") << page(R"({"id": 1,})");
    QTest::newRow("true for an id") << page(R"({"id": true})");
}

void TestPlainUsagePage::leavesTheRestToTheGeneralReader()
{
    QFETCH(QByteArray, body);
    QVERIFY(!readPlainUsagePage(body).has_value());
    // And the usual entry point gives what the general reader gives.
    const auto general = ResponseParser::usagePageFromAnyJson(body, kEndpoint);
    const auto usual = ResponseParser::usagePage(body, kEndpoint);
    QCOMPARE(usual.error.userMessage(), general.error.userMessage());
    QVERIFY(usual.value == general.value);
}

void TestPlainUsagePage::everyFixtureReadsTheSameEitherWay()
{
    const QDir fixtures(QStringLiteral(NEUROIO_FIXTURES));
    const QStringList names = fixtures.entryList(
        {QStringLiteral("usage_page*.json"), QStringLiteral("export_page*.json")}, QDir::Files);
    QVERIFY(names.size() >= 5);
    int readPlainly = 0;
    for (const QString &name : names) {
        QFile file(fixtures.filePath(name));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray body = file.readAll();
        const auto general = ResponseParser::usagePageFromAnyJson(body, kEndpoint);
        const auto plain = readPlainUsagePage(body);
        if (!plain)
            continue;
        ++readPlainly;
        QVERIFY2(general.isOk(), qPrintable(name));
        QVERIFY2(samePage(*plain, general.value), qPrintable(name));
    }
    QVERIFY(readPlainly >= 1);
}

void TestPlainUsagePage::spaceNamesAreShared()
{
    const auto plain = readPlainUsagePage(
        page(R"({"id": 1, "space_name": "Lobby"}, {"id": 2, "space_name": "Lobby"})"));
    QVERIFY(plain.has_value());
    QCOMPARE(plain->results.size(), 2);
    QVERIFY(plain->results[0].spaceName->isSharedWith(*plain->results[1].spaceName));
}

QTEST_APPLESS_MAIN(TestPlainUsagePage)
#include "tst_plainusagepage.moc"
