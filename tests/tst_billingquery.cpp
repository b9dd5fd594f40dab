#include "core/api/billingquery.h"

#include <QTest>
#include <QUrlQuery>

using namespace neuroio;

Q_DECLARE_METATYPE(BillingQuery)

namespace {

BillingQuery sdkExample()
{
    BillingQuery q;
    q.limit = 20;
    q.offset = 0;
    q.monthFrom = Month(2018, 6);
    q.monthTo = Month(2020, 6);
    q.spaceIds = {4, 5, 6};
    q.eventTypes = {1, 2, 3};
    return q;
}

QStringList sortedItems(const QString &query)
{
    QStringList items = query.split(QLatin1Char('&'), Qt::SkipEmptyParts);
    items.sort();
    return items;
}

} // namespace

class TestBillingQuery final : public QObject
{
    Q_OBJECT

private slots:
    void queryString_data();
    void queryString();
    void sdkExpectation();
    void totalOmitsPaging();
    void validation_data();
    void validation();
};

void TestBillingQuery::queryString_data()
{
    QTest::addColumn<BillingQuery>("query");
    QTest::addColumn<QString>("expected");

    QTest::newRow("empty") << BillingQuery{} << "";
    QTest::newRow("sdk example") << sdkExample()
                                 << "limit=20&offset=0&spaces_ids=4%2C5%2C6&event_types=1%2C2%2C3"
                                    "&month_from=2018-06&month_to=2020-06";
    BillingQuery onlyFrom;
    onlyFrom.monthFrom = Month(2024, 1);
    QTest::newRow("only month_from") << onlyFrom << "month_from=2024-01";
    BillingQuery oneSpace;
    oneSpace.spaceIds = {42};
    QTest::newRow("one space, no comma") << oneSpace << "spaces_ids=42";
    BillingQuery paging;
    paging.limit = 500;
    paging.offset = 1500;
    QTest::newRow("paging only") << paging << "limit=500&offset=1500";
    BillingQuery typesOnly;
    typesOnly.eventTypes = {4, 1};
    QTest::newRow("types keep the caller's order") << typesOnly << "event_types=4%2C1";
}

void TestBillingQuery::queryString()
{
    QFETCH(BillingQuery, query);
    QFETCH(QString, expected);
    QCOMPARE(query.toQueryString(), expected);
}

void TestBillingQuery::sdkExpectation()
{
    // The SDK's own test, which accepts any order of the parameters.
    const QString sdk = QStringLiteral("limit=20&offset=0&month_from=2018-06&month_to=2020-06&"
                                       "spaces_ids=4%2C5%2C6&event_types=1%2C2%2C3");
    QCOMPARE(sortedItems(sdkExample().toQueryString()), sortedItems(sdk));
    // And a URL built from it keeps the encoded commas on the wire.
    QUrl url(QStringLiteral("https://iam.neuroio.com/v1/billing/usage/"));
    url.setQuery(sdkExample().toQueryString(), QUrl::StrictMode);
    QVERIFY(url.toEncoded().contains("spaces_ids=4%2C5%2C6"));
    QCOMPARE(QUrlQuery(url).queryItemValue(QStringLiteral("spaces_ids"), QUrl::FullyDecoded),
             QStringLiteral("4,5,6"));
}

void TestBillingQuery::totalOmitsPaging()
{
    QCOMPARE(sdkExample().toQueryString(BillingQuery::Paging::Omitted),
             QStringLiteral("spaces_ids=4%2C5%2C6&event_types=1%2C2%2C3&month_from=2018-06"
                            "&month_to=2020-06"));
}

void TestBillingQuery::validation_data()
{
    QTest::addColumn<BillingQuery>("query");
    QTest::addColumn<QString>("errorPart"); // empty: valid

    QTest::newRow("empty is valid") << BillingQuery{} << "";
    QTest::newRow("sdk example is valid") << sdkExample() << "";
    BillingQuery same;
    same.monthFrom = same.monthTo = Month(2024, 5);
    QTest::newRow("one-month range") << same << "";
    BillingQuery reversed;
    reversed.monthFrom = Month(2024, 6);
    reversed.monthTo = Month(2024, 5);
    QTest::newRow("reversed range")
        << reversed << "the range starts in 2024-06, after it ends in 2024-05";
    BillingQuery badMonth;
    badMonth.monthTo = Month(2024, 13);
    QTest::newRow("month 13") << badMonth << "month_to";
    BillingQuery unknownType;
    unknownType.eventTypes = {1, 9};
    QTest::newRow("unknown event type") << unknownType << "9 is not a known event type";
    BillingQuery badSpace;
    badSpace.spaceIds = {4, 0};
    QTest::newRow("space id 0") << badSpace << "spaces_ids";
    BillingQuery badLimit;
    badLimit.limit = 0;
    QTest::newRow("limit 0") << badLimit << "limit";
    BillingQuery badOffset;
    badOffset.offset = -20;
    QTest::newRow("negative offset") << badOffset << "offset";
}

void TestBillingQuery::validation()
{
    QFETCH(BillingQuery, query);
    QFETCH(QString, errorPart);
    const ApiError error = query.check();
    if (errorPart.isEmpty()) {
        QVERIFY2(error.isOk(), qPrintable(error.message));
    } else {
        QCOMPARE(error.kind, ApiError::Kind::InvalidRequest);
        QVERIFY2(error.message.contains(errorPart), qPrintable(error.message));
    }
}

QTEST_APPLESS_MAIN(TestBillingQuery)
#include "tst_billingquery.moc"
