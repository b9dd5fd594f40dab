#include "core/usage/repeatedids.h"

#include <QTest>

#include <limits>
#include <vector>

using namespace neuroio;

using Ids = std::vector<qint64>;
Q_DECLARE_METATYPE(Ids)

class TestRepeatedIds final : public QObject
{
    Q_OBJECT

private slots:
    void theSmallestRepeatedId_data();
    void theSmallestRepeatedId();
};

void TestRepeatedIds::theSmallestRepeatedId_data()
{
    QTest::addColumn<Ids>("ids");
    QTest::addColumn<qint64>("repeated"); // -1: none (no row set below repeats -1)

    constexpr qint64 lowest = std::numeric_limits<qint64>::min();
    constexpr qint64 highest = std::numeric_limits<qint64>::max();
    Ids pages; // pages of ids as they arrive, out of order, one id arriving twice
    for (qint64 page : {3, 0, 2, 1})
        for (qint64 id = page * 1000 + 1; id <= page * 1000 + 1000; ++id)
            pages.push_back(id);
    Ids pagesWithRepeats = pages;
    pagesWithRepeats.push_back(2500);
    pagesWithRepeats.push_back(17);

    QTest::newRow("none") << Ids{} << qint64(-1);
    QTest::newRow("one") << Ids{5} << qint64(-1);
    QTest::newRow("the same twice") << Ids{5, 5} << qint64(5);
    QTest::newRow("dense, out of order, none twice") << pages << qint64(-1);
    QTest::newRow("dense, two twice: the smaller") << pagesWithRepeats << qint64(17);
    QTest::newRow("negative") << Ids{-3, -1, -2, -3} << qint64(-3);
    QTest::newRow("sparse, none twice") << Ids{lowest, 0, highest} << qint64(-1);
    QTest::newRow("sparse, two twice: the smaller")
        << Ids{highest, lowest, 1000000000000, highest, 1000000000000} << qint64(1000000000000);
    QTest::newRow("the extremes twice") << Ids{highest, lowest, lowest} << lowest;
    QTest::newRow("the widest span that is still dense")
        << Ids{0, 127, 64, 127} << qint64(127); // 4 ids over 128 possible ones: the bitmap
}

void TestRepeatedIds::theSmallestRepeatedId()
{
    QFETCH(Ids, ids);
    QFETCH(qint64, repeated);
    const std::optional<qint64> found = smallestRepeatedId(ids);
    if (repeated == -1)
        QCOMPARE(found, std::nullopt);
    else
        QCOMPARE(found, std::optional<qint64>(repeated));
}

QTEST_GUILESS_MAIN(TestRepeatedIds)
#include "tst_repeatedids.moc"
