#include "core/insights/costestimate.h"
#include "core/insights/pricelist.h"
#include "tests/monthlypoints.h"

#include <QLocale>
#include <QTest>

#include <cmath>
#include <limits>

using namespace neuroio;

Q_DECLARE_METATYPE(neuroio::TypePrice)

class TestCostEstimate final : public QObject
{
    Q_OBJECT

private slots:
    void monthMinor_data();
    void monthMinor();
    void eachMonthIsRoundedThenAdded();
    void tiersStartAgainEveryMonth();
    void levelsArePricedPerUnitMonth();
    void monthsWithoutRowsCostNothing();
    void aTypeWithoutAPriceHasNoCost();
    void aSumTooLargeSaysSo();
    void text_data();
    void text();
    void plainText_data();
    void plainText();
};

namespace {

constexpr qint64 kMax = std::numeric_limits<qint64>::max();

// One price for every unit, nanos of the major unit for per units.
TypePrice flat(qint64 nanos, qint64 per = 1)
{
    return TypePrice{1, per, {PriceTier{std::nullopt, nanos}}};
}

// The example file's API calls: per 1000 calls, 0.40 up to a million calls, 0.25 after.
TypePrice graduatedCalls()
{
    return TypePrice{1, 1000, {PriceTier{1000000, 400000000}, PriceTier{std::nullopt, 250000000}}};
}

// Three tiers per unit: 1.00 up to 100, 0.50 up to 1000, 0.10 after.
TypePrice threeTiers()
{
    return TypePrice{1,
                     1,
                     {PriceTier{100, 1000000000}, PriceTier{1000, 500000000},
                      PriceTier{std::nullopt, 100000000}}};
}

// One event type's months from 2024-01 on, a value each; NAN: a month without rows.
QList<MonthlyPoint> months(const QList<double> &values)
{
    return testing::monthlyPoints(Month(2024, 1), values);
}

PriceList euros(const QList<TypePrice> &prices)
{
    PriceList list;
    list.currency = QStringLiteral("EUR");
    list.minorDigits = 2;
    list.prices = prices;
    return list;
}

Money money(qint64 minor, const QString &currency, int digits)
{
    Money m;
    m.minor = minor;
    m.currency = currency;
    m.minorDigits = digits;
    return m;
}

} // namespace

void TestCostEstimate::monthMinor_data()
{
    QTest::addColumn<TypePrice>("price");
    QTest::addColumn<double>("quantity");
    QTest::addColumn<int>("digits");
    QTest::addColumn<std::optional<qint64>>("minor");

    using Minor = std::optional<qint64>;
    // 1500 persons x 0.002 = 3.00
    QTest::newRow("flat") << flat(2000000) << 1500.0 << 2 << Minor(300);
    QTest::newRow("nothing") << flat(2000000) << 0.0 << 2 << Minor(0);
    // 2500 calls at 0.40 per 1000 = 2.5 x 0.40 = 1.00
    QTest::newRow("per 1000") << flat(400000000, 1000) << 2500.0 << 2 << Minor(100);
    // 12500 calls: 12.5 x 0.40 = 5.00
    QTest::newRow("per 1000, a half thousand")
        << flat(400000000, 1000) << 12500.0 << 2 << Minor(500);
    // one call: 0.0004 = 0.04 cent, rounds to 0
    QTest::newRow("per 1000, one") << flat(400000000, 1000) << 1.0 << 2 << Minor(0);

    // 500 thousand calls, all in the first tier: 500 x 0.40 = 200.00
    QTest::newRow("below the first bound") << graduatedCalls() << 500000.0 << 2 << Minor(20000);
    // exactly a million: 1000 x 0.40 = 400.00, nothing at 0.25
    QTest::newRow("on the bound") << graduatedCalls() << 1000000.0 << 2 << Minor(40000);
    // one call past it: 400.00 + 0.00025 = 400.00025, rounds to 400.00
    QTest::newRow("one past the bound") << graduatedCalls() << 1000001.0 << 2 << Minor(40000);
    // 2000 past it: 400.00 + 0.50 = 400.50
    QTest::newRow("2000 past the bound") << graduatedCalls() << 1002000.0 << 2 << Minor(40050);
    // 3 million: 400.00 + 2000 x 0.25 = 400 + 500 = 900.00
    QTest::newRow("past the bound") << graduatedCalls() << 3000000.0 << 2 << Minor(90000);

    // 50 x 1.00 = 50.00
    QTest::newRow("three tiers, first") << threeTiers() << 50.0 << 2 << Minor(5000);
    // 100 x 1.00 = 100.00
    QTest::newRow("three tiers, on the first bound") << threeTiers() << 100.0 << 2 << Minor(10000);
    // 100 x 1.00 + 900 x 0.50 = 100 + 450 = 550.00
    QTest::newRow("three tiers, on the second bound")
        << threeTiers() << 1000.0 << 2 << Minor(55000);
    // 100 x 1.00 + 900 x 0.50 + 1500 x 0.10 = 100 + 450 + 150 = 700.00
    QTest::newRow("three tiers, all") << threeTiers() << 2500.0 << 2 << Minor(70000);
    // 100 x 1.00 + 0.5 x 0.50 = 100.25: a fraction across a bound
    QTest::newRow("three tiers, half a unit past") << threeTiers() << 100.5 << 2 << Minor(10025);

    // Half a cent rounds away from zero; just under it does not.
    QTest::newRow("0.005 is a cent") << flat(5000000) << 1.0 << 2 << Minor(1);
    QTest::newRow("0.004999 is none") << flat(4999000) << 1.0 << 2 << Minor(0);
    QTest::newRow("0.015 is two cents") << flat(15000000) << 1.0 << 2 << Minor(2);
    QTest::newRow("0.025 is three cents, not two") << flat(25000000) << 1.0 << 2 << Minor(3);
    // 1 call at 5.00 per 1000 = 0.005: half a cent from per as well
    QTest::newRow("half a cent per 1000") << flat(5000000000, 1000) << 1.0 << 2 << Minor(1);

    // 0.125 x 2.00 = 0.25
    QTest::newRow("an eighth of a unit") << flat(2000000000) << 0.125 << 2 << Minor(25);
    // quantities count to a thousandth: 0.0014 is 0.001, 0.0016 is 0.002; at 1000.00 a unit
    // those are 1.00 and 2.00
    QTest::newRow("0.0014 units") << flat(1000000000000) << 0.0014 << 2 << Minor(100);
    QTest::newRow("0.0016 units") << flat(1000000000000) << 0.0016 << 2 << Minor(200);
    QTest::newRow("2.4999 units") << flat(1000000000000) << 2.4999 << 2 << Minor(250000);

    QTest::newRow("negative") << flat(2000000000) << -5.0 << 2 << Minor(0);
    QTest::newRow("not a number") << flat(2000000000) << double(NAN) << 2 << Minor(0);
    QTest::newRow("minus infinity") << flat(2000000000) << -double(INFINITY) << 2 << Minor(0);
    QTest::newRow("infinity") << flat(2000000000) << double(INFINITY) << 2 << Minor();
    QTest::newRow("past 2^53") << flat(0) << 1e16 << 2 << Minor();

    // JPY, no minor unit: 3 x 0.5 = 1.5 yen -> 2; 5 x 0.5 = 2.5 -> 3; 0.4 yen -> 0
    QTest::newRow("JPY 1.5") << flat(500000000) << 3.0 << 0 << Minor(2);
    QTest::newRow("JPY 2.5") << flat(500000000) << 5.0 << 0 << Minor(3);
    QTest::newRow("JPY 0.4") << flat(400000000) << 1.0 << 0 << Minor(0);
    // BHD, 3 digits (fils): 0.0125 -> 12.5 fils -> 13; 4 x 0.0125 = 0.050 -> 50
    QTest::newRow("BHD 12.5 fils") << flat(12500000) << 1.0 << 3 << Minor(13);
    QTest::newRow("BHD 50 fils") << flat(12500000) << 4.0 << 3 << Minor(50);
    // 4 digits: 0.00005 is half of 0.0001 -> 1
    QTest::newRow("4 digits") << flat(50000) << 1.0 << 4 << Minor(1);

    // 10^15 calls at 0.40 per 1000 = 10^12 x 0.40 = 4 x 10^11 = 4 x 10^13 cents
    QTest::newRow("10^15 calls") << flat(400000000, 1000) << 1e15 << 2 << Minor(40000000000000);
    // 10^15 units at a nano each = 10^6 = 10^8 cents
    QTest::newRow("10^15 at a nano") << flat(1) << 1e15 << 2 << Minor(100000000);
    // 10^15 units at the most, 10^9, per 10^12 units: 10^3 x 10^9 = 10^12 = 10^14 cents; the
    // product on the way is 10^18 thousandths x 10^18 nanos
    QTest::newRow("10^15 at the most per 10^12")
        << flat(1000000000000000000, 1000000000000) << 1e15 << 2 << Minor(100000000000000);
    // 49 x 188232082384791343 = 9223372036854775807, the largest qint64: 490,000,000 units
    // at 188232082.384791343 (cost = units x nanos / 10^7 cents) is exactly that many cents
    QTest::newRow("the largest cost")
        << flat(188232082384791343) << 490000000.0 << 2 << Minor(kMax);
    // a thousandth more adds 188232.08... and no longer fits
    QTest::newRow("past the largest cost")
        << flat(188232082384791343) << 490000000.001 << 2 << Minor();
    // 10^15 units at the most, 10^9: 10^24, far past qint64
    QTest::newRow("10^15 at the most") << flat(1000000000000000000) << 1e15 << 2 << Minor();
}

void TestCostEstimate::monthMinor()
{
    QFETCH(TypePrice, price);
    QFETCH(double, quantity);
    QFETCH(int, digits);
    QFETCH(std::optional<qint64>, minor);
    QCOMPARE(CostEstimate::monthMinor(price, quantity, digits), minor);
}

void TestCostEstimate::eachMonthIsRoundedThenAdded()
{
    // 0.004 a unit: a month of 1 unit is 0.4 cent and rounds to 0, so three such months cost
    // 0, though 3 units in one month, 1.2 cents, cost 1 cent. A bill does the same: each
    // month is billed and rounded on its own, and a range's total is the sum of the months
    // shown.
    const PriceList list = euros({flat(4000000)});
    const auto ones = months({1, 1, 1});
    QCOMPARE(CostEstimate::ofMonths(list, 1, ones), money(0, QStringLiteral("EUR"), 2));
    QCOMPARE(CostEstimate::ofMonths(list, 1, months({3})), money(1, QStringLiteral("EUR"), 2));
    // 0.6 cent a month rounds to 1: three months are 3 cents, not the 1.8 -> 2 of their sum.
    const PriceList dearer = euros({flat(6000000)});
    QCOMPARE(CostEstimate::ofMonths(dearer, 1, ones), money(3, QStringLiteral("EUR"), 2));
}

void TestCostEstimate::tiersStartAgainEveryMonth()
{
    // Two months of a million calls each are 400.00 + 400.00 = 800.00, all at the first
    // tier's 0.40; two million in one month would be 400.00 + 1000 x 0.25 = 650.00.
    const PriceList list = euros({graduatedCalls()});
    QCOMPARE(CostEstimate::ofMonths(list, 1, months({1000000, 1000000})),
             money(80000, QStringLiteral("EUR"), 2));
    QCOMPARE(CostEstimate::ofMonths(list, 1, months({2000000})),
             money(65000, QStringLiteral("EUR"), 2));
}

void TestCostEstimate::levelsArePricedPerUnitMonth()
{
    // Persons storage at 0.002 a person-month, levels of 1000, 1000 and 1500 persons:
    // 2.00 + 2.00 + 3.00 = 7.00.
    TypePrice persons = flat(2000000);
    persons.eventType = 2;
    const PriceList list = euros({graduatedCalls(), persons});
    QCOMPARE(CostEstimate::ofMonths(list, 2, months({1000, 1000, 1500})),
             money(700, QStringLiteral("EUR"), 2));
}

void TestCostEstimate::monthsWithoutRowsCostNothing()
{
    // 1.00 a unit; the months are 2, none, 3: 5.00. A point without rows is not billed even
    // if it carries a figure.
    const PriceList list = euros({flat(1000000000)});
    QList<MonthlyPoint> some = months({2, NAN, 3});
    QCOMPARE(CostEstimate::ofMonths(list, 1, some), money(500, QStringLiteral("EUR"), 2));
    some[1].quantity = 7;
    QCOMPARE(some[1].rows, 0);
    QCOMPARE(CostEstimate::ofMonths(list, 1, some), money(500, QStringLiteral("EUR"), 2));
    QCOMPARE(CostEstimate::ofMonths(list, 1, {}), money(0, QStringLiteral("EUR"), 2));
}

void TestCostEstimate::aTypeWithoutAPriceHasNoCost()
{
    const PriceList list = euros({graduatedCalls()});
    const auto two = months({1, 2});
    QCOMPARE(CostEstimate::ofMonths(list, 3, two), std::nullopt);
    QCOMPARE(CostEstimate::ofMonths(PriceList(), 1, two), std::nullopt);
}

void TestCostEstimate::aSumTooLargeSaysSo()
{
    // 5 x 10^7 units at 10^9 a unit is 5 x 10^16 = 5 x 10^18 cents: one month fits in qint64
    // (up to 9.22 x 10^18), two do not.
    const PriceList list = euros({flat(1000000000000000000)});
    QCOMPARE(CostEstimate::ofMonths(list, 1, months({5e7})),
             money(5000000000000000000, QStringLiteral("EUR"), 2));
    Money tooLarge = money(kMax, QStringLiteral("EUR"), 2);
    tooLarge.tooLarge = true;
    QCOMPARE(CostEstimate::ofMonths(list, 1, months({5e7, 5e7})), tooLarge);
    // One month too large makes the whole range so.
    QCOMPARE(CostEstimate::ofMonths(list, 1, months({1, 1e15})), tooLarge);
    QCOMPARE(CostEstimate::text(tooLarge, QLocale(QLocale::English, QLocale::UnitedStates)),
             QStringLiteral("too large to estimate"));
    QCOMPARE(CostEstimate::plainText(tooLarge), QString());
}

void TestCostEstimate::text_data()
{
    QTest::addColumn<qint64>("minor");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<int>("digits");
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("text");

    const QString nbsp(QChar::Nbsp);
    QTest::newRow("EUR in en_US") << qint64(123456) << "EUR" << 2 << "en_US"
                                  << "€1,234.56";
    QTest::newRow("EUR in de_DE") << qint64(123456) << "EUR" << 2 << "de_DE"
                                  << "1.234,56" + nbsp + "€";
    QTest::newRow("a cent") << qint64(1) << "EUR" << 2 << "en_US"
                            << "€0.01";
    QTest::newRow("five cents in de_DE") << qint64(5) << "EUR" << 2 << "de_DE"
                                         << "0,05" + nbsp + "€";
    QTest::newRow("nothing") << qint64(0) << "EUR" << 2 << "en_US"
                             << "€0.00";
    QTest::newRow("whole euros") << qint64(100000000) << "EUR" << 2 << "en_US"
                                 << "€1,000,000.00";
    // Past 2^53 a double holds no exact cent: every digit here is still the integer's.
    QTest::newRow("beyond a double") << qint64(123456789012345678) << "EUR" << 2 << "en_US"
                                     << "€1,234,567,890,123,456.78";
    QTest::newRow("the most") << kMax << "EUR" << 2 << "en_US"
                              << "€92,233,720,368,547,758.07";
    QTest::newRow("USD at home") << qint64(123456) << "USD" << 2 << "en_US"
                                 << "$1,234.56";
    // "$" is also the Canadian, Australian, Mexican... dollar's sign: the code says which.
    QTest::newRow("USD in de_DE") << qint64(123456) << "USD" << 2 << "de_DE"
                                  << "1.234,56" + nbsp + "USD";
    // "£" is also the Falkland, Gibraltar and St Helena pound's.
    QTest::newRow("GBP in en_US") << qint64(1200) << "GBP" << 2 << "en_US"
                                  << "GBP" + nbsp + "12.00";
    QTest::newRow("GBP at home") << qint64(1200) << "GBP" << 2 << "en_GB"
                                 << "£12.00";
    QTest::newRow("JPY at home") << qint64(123456) << "JPY" << 0 << "ja_JP"
                                 << "￥123,456";
    // "￥" and China's "¥" are the same sign.
    QTest::newRow("JPY in en_US") << qint64(123456) << "JPY" << 0 << "en_US"
                                  << "JPY" + nbsp + "123,456";
    QTest::newRow("BHD in en_US") << qint64(1234567) << "BHD" << 3 << "en_US"
                                  << "BHD" + nbsp + "1,234.567";
    QTest::newRow("INR in en_US") << qint64(12345678) << "INR" << 2 << "en_US"
                                  << "₹123,456.78";
    QTest::newRow("INR at home") << qint64(12345678) << "INR" << 2 << "en_IN"
                                 << "₹1,23,456.78";
    QTest::newRow("EUR in fr_FR") << qint64(123456) << "EUR" << 2 << "fr_FR"
                                  << "1\u202f234,56" + nbsp + "€";
    // Arabic digits in the fraction too, its zero kept.
    QTest::newRow("EUR in ar_EG") << qint64(123405) << "EUR" << 2 << "ar_EG"
                                  << QString::fromUtf8("١٬٢٣٤٫٠٥") + nbsp + "€";
}

void TestCostEstimate::text()
{
    QFETCH(qint64, minor);
    QFETCH(QString, currency);
    QFETCH(int, digits);
    QFETCH(QString, locale);
    QFETCH(QString, text);
    QCOMPARE(CostEstimate::text(money(minor, currency, digits), QLocale(locale)), text);
}

void TestCostEstimate::plainText_data()
{
    QTest::addColumn<qint64>("minor");
    QTest::addColumn<int>("digits");
    QTest::addColumn<QString>("text");

    QTest::newRow("cents") << qint64(123456) << 2 << "1234.56";
    QTest::newRow("a cent") << qint64(1) << 2 << "0.01";
    QTest::newRow("nothing") << qint64(0) << 2 << "0.00";
    QTest::newRow("whole euros") << qint64(1200) << 2 << "12.00";
    QTest::newRow("yen") << qint64(123456) << 0 << "123456";
    QTest::newRow("fils") << qint64(1234567) << 3 << "1234.567";
    QTest::newRow("fils below one") << qint64(5) << 3 << "0.005";
    QTest::newRow("4 digits") << qint64(1) << 4 << "0.0001";
    QTest::newRow("the most") << kMax << 2 << "92233720368547758.07";
    QTest::newRow("negative") << qint64(-5) << 2 << "-0.05";
    QTest::newRow("the least") << std::numeric_limits<qint64>::min() << 2
                               << "-92233720368547758.08";
}

void TestCostEstimate::plainText()
{
    QFETCH(qint64, minor);
    QFETCH(int, digits);
    QFETCH(QString, text);
    QCOMPARE(CostEstimate::plainText(money(minor, QStringLiteral("EUR"), digits)), text);
}

QTEST_GUILESS_MAIN(TestCostEstimate)
#include "tst_costestimate.moc"
