#include "core/usage/adaptiveparallelism.h"

#include <QTest>

using namespace neuroio;
using namespace std::chrono_literals;

class TestAdaptiveParallelism final : public QObject
{
    Q_OBJECT

private slots:
    void startsAtFourOrTheCap_data();
    void startsAtFourOrTheCap();
    void fastAnswersGrowItToTheCap();
    void slowAnswersHoldIt();
    void aPushBackHalvesItOnceForRequestsAlreadySent();
    void afterAPushBackItGrowsOneARound();
    void neverBelowOne();
    void aLowerCapLowersTheLimit();
    void resetStartsAgain();
};

void TestAdaptiveParallelism::startsAtFourOrTheCap_data()
{
    QTest::addColumn<int>("cap");
    QTest::addColumn<int>("limit");
    QTest::newRow("default") << AdaptiveParallelism::kDefaultCap << 4;
    QTest::newRow("one") << 1 << 1;
    QTest::newRow("three") << 3 << 3;
    QTest::newRow("zero is one") << 0 << 1;
    QTest::newRow("above the most") << 1000 << 4;
}

void TestAdaptiveParallelism::startsAtFourOrTheCap()
{
    QFETCH(int, cap);
    QFETCH(int, limit);
    AdaptiveParallelism p(cap);
    p.reset();
    QCOMPARE(p.limit(), limit);
    QVERIFY(p.cap() >= 1 && p.cap() <= AdaptiveParallelism::kMaxCap);
}

void TestAdaptiveParallelism::fastAnswersGrowItToTheCap()
{
    AdaptiveParallelism p;
    p.reset();
    for (int i = 0; i < 11; ++i) {
        QCOMPARE(p.limit(), 4 + i);
        p.onCleanAnswer(50ms);
    }
    QCOMPARE(p.limit(), 15);
    for (int i = 0; i < 10; ++i)
        p.onCleanAnswer(60ms); // within twice the fastest
    QCOMPARE(p.limit(), AdaptiveParallelism::kDefaultCap);
}

void TestAdaptiveParallelism::slowAnswersHoldIt()
{
    AdaptiveParallelism p;
    p.reset();
    p.onCleanAnswer(20ms);
    QCOMPARE(p.limit(), 5);
    // Queueing at the server: answers take more than twice the fastest (and the slack).
    for (int i = 0; i < 10; ++i)
        p.onCleanAnswer(51ms);
    QCOMPARE(p.limit(), 5);
    p.onCleanAnswer(50ms); // exactly 2 x 20 ms + 10 ms is still fast
    QCOMPARE(p.limit(), 6);
}

void TestAdaptiveParallelism::aPushBackHalvesItOnceForRequestsAlreadySent()
{
    AdaptiveParallelism p;
    p.reset();
    for (int i = 0; i < 12; ++i)
        p.onCleanAnswer(10ms);
    QCOMPARE(p.limit(), 16);
    p.onPushBack();
    QCOMPARE(p.limit(), 8);
    // The other 15 requests were sent at 16: their push-backs are the same busy moment.
    for (int i = 0; i < 15; ++i)
        p.onPushBack();
    QCOMPARE(p.limit(), 8);
    p.onPushBack(); // a request sent at 8 pushed back: a new moment
    QCOMPARE(p.limit(), 4);
}

void TestAdaptiveParallelism::afterAPushBackItGrowsOneARound()
{
    AdaptiveParallelism p;
    p.reset();
    p.onPushBack();
    QCOMPARE(p.limit(), 2);
    for (int i = 0; i < 3; ++i)
        p.onCleanAnswer(10ms); // the 3 others sent at 4
    QCOMPARE(p.limit(), 2);
    p.onCleanAnswer(10ms);
    QCOMPARE(p.limit(), 2);
    p.onCleanAnswer(10ms); // a whole round (2 answers) at 2
    QCOMPARE(p.limit(), 3);
    for (int i = 0; i < 3; ++i)
        p.onCleanAnswer(10ms);
    QCOMPARE(p.limit(), 4);
}

void TestAdaptiveParallelism::neverBelowOne()
{
    AdaptiveParallelism p(1);
    p.reset();
    for (int i = 0; i < 5; ++i)
        p.onPushBack();
    QCOMPARE(p.limit(), 1);
    p.onCleanAnswer(10ms);
    QCOMPARE(p.limit(), 1); // the cap
}

void TestAdaptiveParallelism::aLowerCapLowersTheLimit()
{
    AdaptiveParallelism p;
    p.reset();
    for (int i = 0; i < 6; ++i)
        p.onCleanAnswer(10ms);
    QCOMPARE(p.limit(), 10);
    p.setCap(6);
    QCOMPARE(p.limit(), 6);
    p.onCleanAnswer(10ms);
    QCOMPARE(p.limit(), 6);
}

void TestAdaptiveParallelism::resetStartsAgain()
{
    AdaptiveParallelism p;
    p.reset();
    p.onCleanAnswer(5ms);
    p.onPushBack();
    p.reset();
    QCOMPARE(p.limit(), 4);
    // The fastest answer of the last run is forgotten: 40 ms is the new fastest.
    p.onCleanAnswer(40ms);
    p.onCleanAnswer(80ms);
    QCOMPARE(p.limit(), 6); // and it probes again, one per fast answer
}

QTEST_APPLESS_MAIN(TestAdaptiveParallelism)
#include "tst_adaptiveparallelism.moc"
