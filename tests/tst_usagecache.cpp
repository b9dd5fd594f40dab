#include "core/usage/usagecache.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace neuroio;

// The cache of closed months: exact round trips, separate scopes, whole files and its bound.
class TestUsageCache final : public QObject
{
    Q_OBJECT

private slots:
    void isClosed_data();
    void isClosed();
    void rowsComeBackExactly();
    void totalsComeBackExactly();
    void scopesAreKeptApart();
    void onlyTheOwnerMayReadIt();
    void aDamagedFileIsDroppedNotUsed_data();
    void aDamagedFileIsDroppedNotUsed();
    void theLeastRecentlyReadGoFirst();
    void clearEmptiesIt();
    void theFuzzersSeedsRead();
};

namespace {

UsageCacheScope scope()
{
    return UsageCacheScope{QStringLiteral("http://127.0.0.1:8000"),
                           QByteArray("f1ngerprint"),
                           std::nullopt,
                           {7, 3},
                           {1}};
}

QList<UsageRecord> someRows()
{
    QList<UsageRecord> rows;
    UsageRecord r;
    r.id = 9007199254740993LL;
    r.month = Month(2026, 9);
    r.spaceId = 3;
    r.spaceName = QStringLiteral("Lager Süd 東京");
    r.eventType = 1;
    r.quantity = 1234.5;
    rows << r;
    r.quantity = -0.0;
    r.id.reset();
    rows << r;
    UsageRecord sparse;
    sparse.month = Month(2026, 13); // what a broken server could send: kept as sent
    sparse.spaceName = QString();
    sparse.nullFields = {QStringLiteral("quantity"), QStringLiteral("space_id")};
    rows << sparse;
    UsageRecord extras = r;
    extras.extras = {{QStringLiteral("zeta"), QJsonValue(QStringLiteral("z"))},
                     {QStringLiteral("alpha"), QJsonValue(QJsonArray{1, 2})},
                     {QStringLiteral("none"), QJsonValue()}};
    rows << extras << UsageRecord();
    return rows;
}

} // namespace

void TestUsageCache::isClosed_data()
{
    QTest::addColumn<Month>("month");
    QTest::addColumn<QDateTime>("now");
    QTest::addColumn<bool>("closed");
    const auto utc = [](int y, int m, int d, int h, int min) {
        return QDateTime(QDate(y, m, d), QTime(h, min), Qt::UTC);
    };
    QTest::newRow("the month itself") << Month(2026, 11) << utc(2026, 11, 29, 12, 0) << false;
    QTest::newRow("just ended") << Month(2026, 10) << utc(2026, 11, 1, 0, 0) << false;
    QTest::newRow("within the day of grace")
        << Month(2026, 10) << utc(2026, 11, 1, 23, 59) << false;
    QTest::newRow("a day after its end") << Month(2026, 10) << utc(2026, 11, 2, 0, 0) << true;
    QTest::newRow("over a year end") << Month(2025, 12) << utc(2026, 1, 2, 0, 0) << true;
    QTest::newRow("a month to come") << Month(2027, 1) << utc(2026, 11, 29, 12, 0) << false;
    QTest::newRow("no clock") << Month(2020, 1) << QDateTime() << false;
    // 01:30 on 2 November in Berlin is 00:30 UTC on the 2nd: closed; 00:30 in Berlin is not.
    const QTimeZone berlin("Europe/Berlin");
    QTest::newRow("a local clock, in UTC past the grace")
        << Month(2026, 10) << QDateTime(QDate(2026, 11, 2), QTime(1, 30), berlin) << true;
    QTest::newRow("a local clock, in UTC still within it")
        << Month(2026, 10) << QDateTime(QDate(2026, 11, 2), QTime(0, 30), berlin) << false;
}

void TestUsageCache::isClosed()
{
    QFETCH(Month, month);
    QFETCH(QDateTime, now);
    QFETCH(bool, closed);
    QCOMPARE(UsageCache::isClosed(month, now), closed);
}

void TestUsageCache::rowsComeBackExactly()
{
    QTemporaryDir folder;
    UsageCache cache(folder.path());
    QVERIFY(!cache.rows(scope(), Month(2026, 9)));
    QVERIFY(cache.storeRows(scope(), Month(2026, 9), someRows()).isOk());
    const std::optional<QList<UsageRecord>> back = cache.rows(scope(), Month(2026, 9));
    QVERIFY(back);
    QCOMPARE(back->size(), someRows().size());
    for (qsizetype i = 0; i < back->size(); ++i)
        QVERIFY2(back->at(i) == someRows().at(i), qPrintable(QString::number(i)));
    QVERIFY(std::signbit(*back->at(1).quantity)); // -0 stays -0
    QVERIFY(cache.storeRows(scope(), Month(2026, 8), {}).isOk());
    QCOMPARE(cache.rows(scope(), Month(2026, 8)),
             std::optional<QList<UsageRecord>>(QList<UsageRecord>()));
}

void TestUsageCache::totalsComeBackExactly()
{
    QTemporaryDir folder;
    UsageCache cache(folder.path());
    const UsageTotals totals{
        UsageTotal{1, 22541718, {}}, UsageTotal{2, std::nullopt, {}},
        UsageTotal{
            std::nullopt, 0.25, {{QStringLiteral("unit"), QJsonValue(QStringLiteral("GB"))}}}};
    QVERIFY(cache.storeTotals(scope(), Month(2026, 9), totals).isOk());
    const std::optional<UsageTotals> back = cache.totals(scope(), Month(2026, 9));
    QVERIFY(back);
    QCOMPARE(back->size(), 3);
    for (qsizetype i = 0; i < 3; ++i) {
        QCOMPARE(back->at(i).eventType, totals[i].eventType);
        QCOMPARE(back->at(i).quantity, totals[i].quantity);
        QVERIFY(back->at(i).extras == totals[i].extras);
    }
    QVERIFY(!cache.rows(scope(), Month(2026, 9))); // totals are not rows
}

void TestUsageCache::scopesAreKeptApart()
{
    QTemporaryDir folder;
    UsageCache cache(folder.path());
    QVERIFY(cache.storeRows(scope(), Month(2026, 9), someRows()).isOk());
    UsageCacheScope same = scope();
    same.spaceIds = {3, 7, 3}; // another order, a repeat: the same filter
    QVERIFY(cache.rows(same, Month(2026, 9)));
    UsageCacheScope otherToken = scope();
    otherToken.tokenFingerprint = "another";
    QVERIFY(!cache.rows(otherToken, Month(2026, 9)));
    UsageCacheScope account = scope();
    account.accountId = 5;
    QVERIFY(!cache.rows(account, Month(2026, 9)));
    UsageCacheScope types = scope();
    types.eventTypes = {};
    QVERIFY(!cache.rows(types, Month(2026, 9)));
    UsageCacheScope server = scope();
    server.server = QStringLiteral("https://api.neuroio.example");
    QVERIFY(!cache.rows(server, Month(2026, 9)));
    QVERIFY(!cache.rows(scope(), Month(2026, 10)));
}

void TestUsageCache::onlyTheOwnerMayReadIt()
{
    QTemporaryDir parent;
    const QString folder = parent.filePath(QStringLiteral("usage"));
    UsageCache cache(folder);
    QVERIFY(cache.storeRows(scope(), Month(2026, 9), someRows()).isOk());
    const QFileInfoList files = QDir(folder).entryInfoList(QDir::Files);
    QCOMPARE(files.size(), 1);
    constexpr QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::WriteGroup
                                                | QFileDevice::ExeGroup | QFileDevice::ReadOther
                                                | QFileDevice::WriteOther | QFileDevice::ExeOther;
    const QFileDevice::Permissions file = files.first().permissions();
    QVERIFY(file.testFlags(QFileDevice::ReadOwner | QFileDevice::WriteOwner));
    QCOMPARE(file & others, QFileDevice::Permissions());
    QCOMPARE(QFileInfo(folder).permissions() & others, QFileDevice::Permissions());
}

void TestUsageCache::aDamagedFileIsDroppedNotUsed_data()
{
    QTest::addColumn<int>("keep"); // bytes kept of the file; -1: the first byte changed
    QTest::newRow("empty") << 0;
    QTest::newRow("magic only") << 8;
    QTest::newRow("cut in a row") << 60;
    QTest::newRow("one byte short") << -2;
    QTest::newRow("another format") << -1;
}

void TestUsageCache::aDamagedFileIsDroppedNotUsed()
{
    QFETCH(int, keep);
    QTemporaryDir folder;
    UsageCache cache(folder.path());
    QVERIFY(cache.storeRows(scope(), Month(2026, 9), someRows()).isOk());
    const QString path = QDir(folder.path()).entryInfoList(QDir::Files).first().filePath();
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QByteArray bytes = file.readAll();
    file.close();
    if (keep == -1)
        bytes[0] = 'X';
    else if (keep == -2)
        bytes.chop(1);
    else
        bytes.truncate(keep);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(bytes);
    file.close();
    QVERIFY(!cache.rows(scope(), Month(2026, 9)));
    QVERIFY(!QFile::exists(path));
    QVERIFY(!UsageCache::decodeRows(bytes));
}

void TestUsageCache::theLeastRecentlyReadGoFirst()
{
    QTemporaryDir folder;
    const qint64 oneFile = UsageCache::encodeRows(someRows()).size();
    UsageCache cache(folder.path(), oneFile * 2 + oneFile / 2); // room for two
    QVERIFY(cache.storeRows(scope(), Month(2026, 7), someRows()).isOk());
    QTest::qWait(20);
    QVERIFY(cache.storeRows(scope(), Month(2026, 8), someRows()).isOk());
    QTest::qWait(20);
    QVERIFY(cache.rows(scope(), Month(2026, 7))); // read: now the newest
    QTest::qWait(20);
    QVERIFY(cache.storeRows(scope(), Month(2026, 9), someRows()).isOk());
    QVERIFY(cache.bytesOnDisk() <= cache.maxBytes());
    QVERIFY(cache.rows(scope(), Month(2026, 7)));
    QVERIFY(!cache.rows(scope(), Month(2026, 8)));
    QTest::qWait(20);
    QVERIFY(cache.rows(scope(), Month(2026, 9))); // read after 2026-07: the newest
    QTest::qWait(20);

    cache.setMaxBytes(oneFile + oneFile / 2); // a smaller bound applies at once
    QVERIFY(cache.bytesOnDisk() <= cache.maxBytes());
    QVERIFY(cache.rows(scope(), Month(2026, 9)));
    QVERIFY(!cache.rows(scope(), Month(2026, 7)));

    UsageCache tiny(folder.filePath(QStringLiteral("tiny")), oneFile - 1);
    QVERIFY(tiny.storeRows(scope(), Month(2026, 9), someRows()).isOk()); // not kept, no error
    QVERIFY(!tiny.rows(scope(), Month(2026, 9)));
}

void TestUsageCache::clearEmptiesIt()
{
    QTemporaryDir folder;
    UsageCache cache(folder.path());
    QVERIFY(cache.storeRows(scope(), Month(2026, 9), someRows()).isOk());
    QVERIFY(cache.storeTotals(scope(), Month(2026, 9), {}).isOk());
    QVERIFY(cache.bytesOnDisk() > 0);
    QVERIFY(cache.clear().isOk());
    QCOMPARE(cache.bytesOnDisk(), 0);
    QVERIFY(!cache.rows(scope(), Month(2026, 9)));
    QVERIFY(!cache.totals(scope(), Month(2026, 9)));
}

// fuzz_usage_cache starts from these files: they must be files the cache reads, so the fuzzer
// begins inside the format. They also pin the format: a change that cannot read them is a
// new format (a new magic), not a quiet one.
void TestUsageCache::theFuzzersSeedsRead()
{
    QFile rowsFile(QStringLiteral(NEUROIO_FIXTURES "/cache_rows.bin"));
    QVERIFY(rowsFile.open(QIODevice::ReadOnly));
    const std::optional<QList<UsageRecord>> rows = UsageCache::decodeRows(rowsFile.readAll());
    QVERIFY(rows);
    QCOMPARE(rows->size(), 5);
    QCOMPARE(rows->at(0).spaceName, QStringLiteral("Berlin HQ"));
    QCOMPARE(rows->at(0).spaceId, 4);
    QCOMPARE(rows->at(0).month, Month(2026, 3));
    QCOMPARE(rows->at(2).spaceName, QStringLiteral("Only a name"));
    QVERIFY(!rows->at(2).spaceId);
    const UsageRecord &odd = rows->at(3);
    QVERIFY(!odd.eventType);
    QCOMPARE(odd.nullFields, QStringList{QStringLiteral("event_type")});
    QCOMPARE(odd.extras.size(), 2);
    QCOMPARE(odd.extras.first().name, QStringLiteral("region"));
    QVERIFY(!rows->at(4).month && !rows->at(4).spaceId && !rows->at(4).spaceName);

    QFile totalsFile(QStringLiteral(NEUROIO_FIXTURES "/cache_totals.bin"));
    QVERIFY(totalsFile.open(QIODevice::ReadOnly));
    const std::optional<UsageTotals> totals = UsageCache::decodeTotals(totalsFile.readAll());
    QVERIFY(totals);
    QCOMPARE(totals->size(), 3);
    QCOMPARE(totals->at(1).extras.first().name, QStringLiteral("unit"));
    QVERIFY(!totals->at(2).eventType);
}

QTEST_GUILESS_MAIN(TestUsageCache)
#include "tst_usagecache.moc"
