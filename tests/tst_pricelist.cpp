#include "core/insights/budgetfile.h"
#include "core/insights/pricelist.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace neuroio;

class TestPriceList final : public QObject
{
    Q_OBJECT

private slots:
    void writesWholeIntoANewFolder();
    void theDocumentedExampleReads();
    void readsTheExample();
    void minorDigits_data();
    void minorDigits();
    void pricesAreExact_data();
    void pricesAreExact();
    void namesWhatIsWrong_data();
    void namesWhatIsWrong();
    void priceText_data();
    void priceText();
    void writesWhatItReads();
    void aMissingFileNamesThePath();
    void defaultPathIsBesideTheBudgets();
};

namespace {

const QByteArray kExample = R"({"format": "neuroio-billing-prices", "version": 1,
 "currency": "EUR", "prices": [
   {"event_type": "api-calls", "per": 1000, "tiers": [
      {"up_to": 1000000, "price": "0.40"}, {"price": "0.25"}]},
   {"event_type": "persons-storage", "price": "0.002"}]})";

QByteArray file(const QByteArray &prices, const QByteArray &currency = "\"EUR\"")
{
    return R"({"format": "neuroio-billing-prices", "version": 1, "currency": )" + currency
           + R"(, "prices": [)" + prices + "]}";
}

// One api-calls entry with price as its flat price, written as given.
QByteArray flat(const QByteArray &price)
{
    return file(R"({"event_type": "api-calls", "price": )" + price + "}");
}

} // namespace

void TestPriceList::readsTheExample()
{
    const auto read = PriceList::fromJson(kExample);
    QVERIFY2(read.isOk(), qPrintable(read.error.message));
    const PriceList &list = read.value;
    QCOMPARE(list.currency, QStringLiteral("EUR"));
    QCOMPARE(list.minorDigits, 2);
    QCOMPARE(list.prices.size(), 2);

    const TypePrice *calls = list.priceOf(1);
    QVERIFY(calls);
    QCOMPARE(calls->eventType, 1);
    QCOMPARE(calls->per, qint64(1000));
    QCOMPARE(calls->tiers.size(), 2);
    QCOMPARE(calls->tiers[0].upTo, std::optional<qint64>(1000000));
    QCOMPARE(calls->tiers[0].nanos, qint64(400000000)); // 0.40 EUR
    QCOMPARE(calls->tiers[1].upTo, std::nullopt);
    QCOMPARE(calls->tiers[1].nanos, qint64(250000000)); // 0.25 EUR

    const TypePrice *persons = list.priceOf(2);
    QVERIFY(persons);
    QCOMPARE(persons->per, qint64(1));
    QCOMPARE(persons->tiers.size(), 1);
    QCOMPARE(persons->tiers[0].upTo, std::nullopt);
    QCOMPARE(persons->tiers[0].nanos, qint64(2000000)); // 0.002 EUR a person-month

    QCOMPARE(list.priceOf(3), nullptr);
    QCOMPARE(list.priceOf(99), nullptr);
    QVERIFY(PriceList::fromJson(file("")).isOk());
}

void TestPriceList::minorDigits_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<int>("digits");

    QTest::newRow("EUR") << file("") << 2;
    QTest::newRow("USD") << file("", "\"USD\"") << 2;
    QTest::newRow("JPY") << file("", "\"JPY\"") << 0;
    QTest::newRow("KRW") << file("", "\"KRW\"") << 0;
    QTest::newRow("ISK") << file("", "\"ISK\"") << 0;
    QTest::newRow("BHD") << file("", "\"BHD\"") << 3;
    QTest::newRow("KWD") << file("", "\"KWD\"") << 3;
    QTest::newRow("CLF") << file("", "\"CLF\"") << 4;
    QTest::newRow("a code ISO does not have") << file("", "\"XYZ\"") << 2;
    QTest::newRow("EUR given 0") << QByteArray(R"({"format": "neuroio-billing-prices",
        "version": 1, "currency": "EUR", "minor_unit_digits": 0, "prices": []})")
                                 << 0;
    QTest::newRow("JPY given 2") << QByteArray(R"({"format": "neuroio-billing-prices",
        "version": 1, "currency": "JPY", "minor_unit_digits": 2, "prices": []})")
                                 << 2;
    QTest::newRow("given 4") << QByteArray(R"({"format": "neuroio-billing-prices",
        "version": 1, "currency": "EUR", "minor_unit_digits": 4, "prices": []})")
                             << 4;
}

void TestPriceList::minorDigits()
{
    QFETCH(QByteArray, json);
    QFETCH(int, digits);
    const auto read = PriceList::fromJson(json);
    QVERIFY2(read.isOk(), qPrintable(read.error.message));
    QCOMPARE(read.value.minorDigits, digits);
}

void TestPriceList::pricesAreExact_data()
{
    QTest::addColumn<QByteArray>("price");
    QTest::addColumn<qint64>("nanos");

    // A JSON number's double is only near its decimal (0.0004 is 0.000400000000000000019...);
    // its shortest text is the decimal itself.
    QTest::newRow("text 0.0004") << QByteArray(R"("0.0004")") << qint64(400000);
    QTest::newRow("number 0.0004") << QByteArray("0.0004") << qint64(400000);
    QTest::newRow("number 0.1") << QByteArray("0.1") << qint64(100000000);
    QTest::newRow("number 0.3") << QByteArray("0.3") << qint64(300000000);
    QTest::newRow("number 4e-05") << QByteArray("4e-05") << qint64(40000);
    QTest::newRow("number 0.00004") << QByteArray("0.00004") << qint64(40000);
    QTest::newRow("text 0.40") << QByteArray(R"("0.40")") << qint64(400000000);
    QTest::newRow("number 12") << QByteArray("12") << qint64(12000000000);
    QTest::newRow("number 12.0") << QByteArray("12.0") << qint64(12000000000);
    QTest::newRow("text 12") << QByteArray(R"("12")") << qint64(12000000000);
    QTest::newRow("a nano as text") << QByteArray(R"("0.000000001")") << qint64(1);
    QTest::newRow("a nano as 1e-9") << QByteArray(R"("1e-9")") << qint64(1);
    QTest::newRow("a nano as a number") << QByteArray("1e-9") << qint64(1);
    QTest::newRow("nine decimals") << QByteArray(R"("0.123456789")") << qint64(123456789);
    QTest::newRow("zeros past nine decimals")
        << QByteArray(R"("1.10000000000000000000")") << qint64(1100000000);
    QTest::newRow("an exponent") << QByteArray(R"("2.5E+3")") << qint64(2500000000000);
    QTest::newRow("leading zeros") << QByteArray(R"("007.5")") << qint64(7500000000);
    QTest::newRow("zero") << QByteArray(R"("0")") << qint64(0);
    QTest::newRow("number zero") << QByteArray("0") << qint64(0);
    QTest::newRow("minus zero") << QByteArray("-0.0") << qint64(0);
    QTest::newRow("zero to a huge power") << QByteArray(R"("0e999999999999")") << qint64(0);
    QTest::newRow("the most") << QByteArray("1000000000") << qint64(1000000000000000000);
    QTest::newRow("the most as text")
        << QByteArray(R"("1000000000.000000000")") << qint64(1000000000000000000);
    QTest::newRow("the most with every nano")
        << QByteArray(R"("999999999.999999999")") << qint64(999999999999999999);
}

void TestPriceList::pricesAreExact()
{
    QFETCH(QByteArray, price);
    QFETCH(qint64, nanos);
    const auto read = PriceList::fromJson(flat(price));
    QVERIFY2(read.isOk(), qPrintable(read.error.message));
    QCOMPARE(read.value.prices.constFirst().tiers.constFirst().nanos, nanos);
    // In tiers the same.
    const auto tiered = PriceList::fromJson(file(R"({"event_type": 1, "tiers": [
        {"up_to": 5, "price": "1"}, {"price": )" + price
                                                 + "}]}"));
    QVERIFY2(tiered.isOk(), qPrintable(tiered.error.message));
    QCOMPARE(tiered.value.prices.constFirst().tiers[1].nanos, nanos);
}

void TestPriceList::namesWhatIsWrong_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("says");

    const QByteArray calls = R"({"event_type": "api-calls", "price": "1"}, )";
    QTest::newRow("not JSON") << QByteArray("{") << "not JSON";
    QTest::newRow("a list") << QByteArray("[]") << "not a price list: it must be a JSON object";
    QTest::newRow("a budgets file")
        << QByteArray(R"({"format": "neuroio-billing-budgets", "version": 1, "budgets": []})")
        << "not a price list (\"format\" is not";
    QTest::newRow("version 2") << QByteArray(R"({"format": "neuroio-billing-prices",
        "version": 2, "currency": "EUR", "prices": []})")
                               << "price list version 2 is not supported; this version reads 1";
    QTest::newRow("an unknown key") << QByteArray(R"({"format": "neuroio-billing-prices",
        "version": 1, "currency": "EUR", "prices": [], "note": "x"})")
                                    << "note: not a price list's field (format, version, "
                                       "currency, minor_unit_digits, prices)";
    QTest::newRow("no currency") << QByteArray(R"({"format": "neuroio-billing-prices",
        "version": 1, "prices": []})")
                                 << "currency: missing";
    QTest::newRow("a currency in lower case")
        << file("", "\"eur\"")
        << "currency: \"eur\" is not an ISO 4217 code (three capital letters, such as \"EUR\")";
    QTest::newRow("a currency of four letters")
        << file("", "\"EURO\"") << "currency: \"EURO\" is not an ISO 4217 code";
    QTest::newRow("a currency's number")
        << file("", "978") << "currency: \"978\" is not an ISO 4217 code";
    QTest::newRow("a currency's sign") << file("", "\"€\"") << "currency: \"€\" is not an ISO";
    QTest::newRow("five minor digits") << QByteArray(R"({"format": "neuroio-billing-prices",
        "version": 1, "currency": "EUR", "minor_unit_digits": 5, "prices": []})")
                                       << "minor_unit_digits: must be a whole number from 0 to 4";
    QTest::newRow("a fraction of a minor digit") << QByteArray(
        R"({"format": "neuroio-billing-prices",
        "version": 1, "currency": "EUR", "minor_unit_digits": 1.5, "prices": []})")
                                                 << "minor_unit_digits: must be a whole number";
    QTest::newRow("no prices") << QByteArray(R"({"format": "neuroio-billing-prices",
        "version": 1, "currency": "EUR"})")
                               << "prices: must be a list";
    QTest::newRow("a price not an object") << file(calls + "3") << "prices[1]: must be an object";
    QTest::newRow("a typo") << file(R"({"event_type": 1, "prise": "1"})")
                            << "prices[0].prise: not a price's field (event_type, per, price, "
                               "tiers)";
    QTest::newRow("no type") << file(R"({"price": "1"})") << "prices[0].event_type: missing";
    QTest::newRow("an unknown type")
        << file(calls + QByteArray(calls).replace("api-calls", "persons-storage")
                + R"({"event_type": "x", "price": "1"})")
        << "prices[2].event_type: \"x\" is not an event type (api-calls, persons-storage, "
           "entry-storage, source-licenses)";
    QTest::newRow("type 9") << file(R"({"event_type": 9, "price": "1"})")
                            << "prices[0].event_type: \"9\" is not an event type";
    QTest::newRow("type 1.5") << file(R"({"event_type": 1.5, "price": "1"})")
                              << "prices[0].event_type: \"1.5\" is not an event type";
    QTest::newRow("a type twice") << file(calls + R"({"event_type": 1, "price": "2"})")
                                  << "prices[1].event_type: api-calls has a price already, in "
                                     "prices[0]";
    QTest::newRow("per 0") << file(R"({"event_type": 1, "per": 0, "price": "1"})")
                           << "prices[0].per: must be a whole number of at least 1";
    QTest::newRow("per 2.5") << file(R"({"event_type": 1, "per": 2.5, "price": "1"})")
                             << "prices[0].per: must be a whole number of at least 1";
    QTest::newRow("per as text") << file(R"({"event_type": 1, "per": "1000", "price": "1"})")
                                 << "prices[0].per: must be a whole number of at least 1";
    QTest::newRow("per too many") << file(R"({"event_type": 1, "per": 1e16, "price": "1"})")
                                  << "prices[0].per: must be at most 9007199254740991";
    QTest::newRow("both") << file(R"({"event_type": 1, "price": "1", "tiers": [{"price": "1"}]})")
                          << "prices[0]: has both \"price\" and \"tiers\"; give one of them";
    QTest::newRow("neither") << file(R"({"event_type": 1})")
                             << "prices[0]: needs a \"price\" or \"tiers\"";
    QTest::newRow("a price of true") << flat("true")
                                     << "prices[0].price: must be a decimal number, such as "
                                        "\"0.25\"";
    QTest::newRow("a price of null") << flat("null") << "prices[0].price: must be a decimal";
    QTest::newRow("a price in words")
        << flat(R"("ten")")
        << "prices[0].price: \"ten\" is not a decimal number; write it like \"0.25\"";
    QTest::newRow("a decimal comma") << flat(R"("1,5")") << "prices[0].price: \"1,5\" is not";
    QTest::newRow("a space") << flat(R"(" 1")") << "prices[0].price: \" 1\" is not";
    QTest::newRow("a sign") << flat(R"("€1")") << "prices[0].price: \"€1\" is not";
    QTest::newRow("a plus") << flat(R"("+1")") << "prices[0].price: \"+1\" is not";
    QTest::newRow("no integer part") << flat(R"(".5")") << "prices[0].price: \".5\" is not";
    QTest::newRow("no fraction") << flat(R"("5.")") << "prices[0].price: \"5.\" is not";
    QTest::newRow("no exponent") << flat(R"("5e")") << "prices[0].price: \"5e\" is not";
    QTest::newRow("empty") << flat(R"("")") << "prices[0].price: \"\" is not";
    QTest::newRow("below 0") << flat(R"("-0.01")") << "prices[0].price: \"-0.01\" is below 0";
    QTest::newRow("negative number") << flat("-1") << "prices[0].price: \"-1\" is below 0";
    QTest::newRow("ten decimals") << flat(R"("0.0000000001")")
                                  << "prices[0].price: \"0.0000000001\" has more than 9 decimal "
                                     "places";
    QTest::newRow("ten decimals as a number")
        << flat("0.0000000001") << "prices[0].price: \"1e-10\" has more than 9 decimal places";
    QTest::newRow("a double's sum") << flat("0.30000000000000004")
                                    << "prices[0].price: \"0.30000000000000004\" has more than 9";
    QTest::newRow("a nano too small exponent")
        << flat(R"("1e-999999999999")") << "prices[0].price: \"1e-999999999999\" has more than 9";
    QTest::newRow("a nano above the most")
        << flat(R"("1000000000.000000001")")
        << "prices[0].price: \"1000000000.000000001\" is above 1000000000";
    // Qt keeps a whole JSON number as an integer, so it is said as one.
    QTest::newRow("1e10") << flat("1e+10")
                          << "prices[0].price: \"10000000000\" is above 1000000000";
    QTest::newRow("1.5e-12") << flat("1.5e-12")
                             << "prices[0].price: \"1.5e-12\" has more than 9 decimal places";
    QTest::newRow("a huge exponent")
        << flat(R"("1e999999999999")") << "prices[0].price: \"1e999999999999\" is above";
    QTest::newRow("tiers not a list") << file(R"({"event_type": 1, "tiers": {}})")
                                      << "prices[0].tiers: must be a list of at least one tier";
    QTest::newRow("no tiers") << file(R"({"event_type": 1, "tiers": []})")
                              << "prices[0].tiers: must be a list of at least one tier";
    QTest::newRow("a tier not an object")
        << file(R"({"event_type": 1, "tiers": ["1"]})") << "prices[0].tiers[0]: must be an object";
    QTest::newRow("a tier's typo")
        << file(R"({"event_type": 1, "tiers": [{"upto": 5, "price": "1"}, {"price": "1"}]})")
        << "prices[0].tiers[0].upto: not a tier's field (up_to, price)";
    QTest::newRow("up_to 0") << file(calls
                                     + R"({"event_type": 2, "tiers": [{"up_to": 0, "price": "1"},
                {"price": "1"}]})")
                             << "prices[1].tiers[0].up_to: must be a whole number above 0";
    QTest::newRow("up_to -5") << file(
        R"({"event_type": 1, "tiers": [{"up_to": -5, "price": "1"}, {"price": "1"}]})")
                              << "prices[0].tiers[0].up_to: must be a whole number above 0";
    QTest::newRow("up_to 1.5") << file(
        R"({"event_type": 1, "tiers": [{"up_to": 1.5, "price": "1"}, {"price": "1"}]})")
                               << "prices[0].tiers[0].up_to: must be a whole number above 0";
    QTest::newRow("up_to as text")
        << file(R"({"event_type": 1, "tiers": [{"up_to": "9", "price": "1"}, {"price": "1"}]})")
        << "prices[0].tiers[0].up_to: must be a whole number above 0";
    QTest::newRow("up_to past 2^53")
        << file(R"({"event_type": 1, "tiers": [{"up_to": 9007199254740992, "price": "1"},
                {"price": "1"}]})")
        << "prices[0].tiers[0].up_to: must be at most 9007199254740991";
    QTest::newRow("up_to not rising")
        << file(R"({"event_type": 1, "tiers": [{"up_to": 10, "price": "1"},
                {"up_to": 10, "price": "1"}, {"price": "1"}]})")
        << "prices[0].tiers[1].up_to: must be above the tier before's, 10";
    QTest::newRow("up_to falling")
        << file(R"({"event_type": 1, "tiers": [{"up_to": 10, "price": "1"},
                {"up_to": 20, "price": "1"}, {"up_to": 15, "price": "1"}, {"price": "1"}]})")
        << "prices[0].tiers[2].up_to: must be above the tier before's, 20";
    QTest::newRow("a bound on the last tier")
        << file(R"({"event_type": 1, "tiers": [{"up_to": 10, "price": "1"},
                {"up_to": 20, "price": "1"}]})")
        << "prices[0].tiers[1].up_to: the last tier has no upper bound; leave up_to out";
    QTest::newRow("a bound on the only tier")
        << file(R"({"event_type": 1, "tiers": [{"up_to": 10, "price": "1"}]})")
        << "prices[0].tiers[0].up_to: the last tier has no upper bound";
    QTest::newRow("no bound before the last")
        << file(R"({"event_type": 1, "tiers": [{"price": "1"}, {"price": "1"}]})")
        << "prices[0].tiers[0].up_to: missing; only the last tier has no upper bound";
    QTest::newRow("a tier without a price")
        << file(R"({"event_type": 1, "tiers": [{"up_to": 10, "price": "1"}, {}]})")
        << "prices[0].tiers[1].price: missing";
    QTest::newRow("a tier's bad price")
        << file(R"({"event_type": 1, "tiers": [{"up_to": 10, "price": "1"}, {"price": "x"}]})")
        << "prices[0].tiers[1].price: \"x\" is not a decimal number";
    QTest::newRow("a tier's negative price")
        << file(R"({"event_type": 1, "tiers": [{"up_to": 10, "price": -0.5}, {"price": "1"}]})")
        << "prices[0].tiers[0].price: \"-0.5\" is below 0";
}

void TestPriceList::namesWhatIsWrong()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, says);
    const auto read = PriceList::fromJson(json);
    QVERIFY(!read.isOk());
    QCOMPARE(read.error.kind, ApiError::Kind::InvalidInput);
    QVERIFY2(read.error.message.startsWith(says), qPrintable(read.error.message));
    // Nothing is taken from a file with a problem.
    QCOMPARE(read.value, PriceList());
}

void TestPriceList::priceText_data()
{
    QTest::addColumn<qint64>("nanos");
    QTest::addColumn<QString>("text");

    QTest::newRow("0") << qint64(0) << "0";
    QTest::newRow("0.4") << qint64(400000000) << "0.4";
    QTest::newRow("0.0004") << qint64(400000) << "0.0004";
    QTest::newRow("a nano") << qint64(1) << "0.000000001";
    QTest::newRow("12") << qint64(12000000000) << "12";
    QTest::newRow("12.05") << qint64(12050000000) << "12.05";
    QTest::newRow("the most") << qint64(1000000000000000000) << "1000000000";
}

void TestPriceList::priceText()
{
    QFETCH(qint64, nanos);
    QFETCH(QString, text);
    QCOMPARE(PriceList::priceText(nanos), text);
}

void TestPriceList::writesWhatItReads()
{
    const auto example = PriceList::fromJson(kExample);
    QVERIFY2(example.isOk(), qPrintable(example.error.message));

    PriceList other;
    other.currency = QStringLiteral("JPY");
    other.minorDigits = 2; // not ISO's 0 for the yen, so the file must say it
    other.prices.append(TypePrice{3, 1000000, {PriceTier{std::nullopt, 1}}});
    other.prices.append(
        TypePrice{4,
                  1,
                  {PriceTier{1, 1000000000000000000}, PriceTier{PriceList::kMaxWhole - 1, 0},
                   PriceTier{std::nullopt, 123456789}}});

    for (const PriceList &list : {example.value, other}) {
        const QByteArray json = PriceList::toJson(list);
        const auto read = PriceList::fromJson(json);
        QVERIFY2(read.isOk(), qPrintable(read.error.message + u'\n' + QString::fromUtf8(json)));
        QCOMPARE(read.value, list);
        QCOMPARE(PriceList::toJson(read.value), json);
    }
    QVERIFY(PriceList::toJson(other).contains("\"minor_unit_digits\": 2"));
    QVERIFY(!PriceList::toJson(example.value).contains("minor_unit_digits"));
    QVERIFY(PriceList::toJson(example.value).contains("\"price\": \"0.4\""));
}

void TestPriceList::aMissingFileNamesThePath()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("prices.json"));
    auto read = PriceList::read(path);
    QCOMPARE(read.error.kind, ApiError::Kind::ReadFailed);
    QVERIFY(read.error.userMessage().contains(path));
    QFile out(path);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(file(R"({"event_type": 1})"));
    out.close();
    read = PriceList::read(path);
    QCOMPARE(read.error.kind, ApiError::Kind::InvalidInput);
    QCOMPARE(read.error.message, path
                                     + QStringLiteral(": prices[0]: needs a \"price\" or "
                                                      "\"tiers\""));
    QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
    out.write(kExample);
    out.close();
    read = PriceList::read(path);
    QVERIFY2(read.isOk(), qPrintable(read.error.message));
    QCOMPARE(read.value.prices.size(), 2);
}

void TestPriceList::defaultPathIsBesideTheBudgets()
{
    const QFileInfo prices(PriceList::defaultPath());
    const QFileInfo budgets(BudgetFile::defaultPath());
    QCOMPARE(prices.fileName(), QStringLiteral("prices.json"));
    QVERIFY(prices.isAbsolute());
    QCOMPARE(prices.absolutePath(), budgets.absolutePath());
}

void TestPriceList::theDocumentedExampleReads()
{
    // The README shows it and ./dev screenshots draws the dashboard with it.
    const QString path = QFINDTESTDATA("../docs/examples/prices.json");
    QVERIFY(!path.isEmpty());
    const auto read = PriceList::read(path);
    QVERIFY2(read.isOk(), qPrintable(read.error.userMessage()));
}

void TestPriceList::writesWholeIntoANewFolder()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("new/folder/prices.json"));
    const auto example = PriceList::read(QFINDTESTDATA("../docs/examples/prices.json"));
    QVERIFY(PriceList::write(path, example.value).isOk());
    QCOMPARE(PriceList::read(path).value, example.value);
    // A folder where the file should be: refused, naming it.
    const QString blocked = dir.filePath(QStringLiteral("blocked.json"));
    QVERIFY(QDir().mkpath(blocked));
    const ApiError error = PriceList::write(blocked, example.value);
    QCOMPARE(error.kind, ApiError::Kind::WriteFailed);
    QVERIFY2(error.userMessage().contains(blocked), qPrintable(error.userMessage()));
}

QTEST_GUILESS_MAIN(TestPriceList)
#include "tst_pricelist.moc"
