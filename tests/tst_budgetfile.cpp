#include "core/insights/budgetfile.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace neuroio;

class TestBudgetFile final : public QObject
{
    Q_OBJECT

private slots:
    void theDocumentedExampleReads();
    void reads();
    void namesWhatIsWrong_data();
    void namesWhatIsWrong();
    void writesWhatItReads();
    void aMissingFileNamesThePath();
    void writesIntoANewFolderWholeOrNotAtAll();
};

namespace {

QByteArray file(const QByteArray &budgets)
{
    return R"({"format": "neuroio-billing-budgets", "version": 1, "budgets": [)" + budgets + "]}";
}

} // namespace

void TestBudgetFile::reads()
{
    const auto read = BudgetFile::fromJson(file(R"({"event_type": "api-calls", "limit": 5000000},
                {"name": " Labs ", "event_type": 2, "spaces": [14, 12, 14], "limit": 120000.5})"));
    QVERIFY2(read.isOk(), qPrintable(read.error.message));
    QCOMPARE(read.value.size(), 2);
    const Budget &calls = read.value[0];
    QCOMPARE(calls.eventType, 1);
    QCOMPARE(calls.limit, 5000000.0);
    QVERIFY(calls.spaceIds.isEmpty());
    QVERIFY(!calls.isCeiling());
    QCOMPARE(calls.title(), QStringLiteral("API calls, every space"));
    const Budget &labs = read.value[1];
    QCOMPARE(labs.name, QStringLiteral("Labs"));
    QCOMPARE(labs.spaceIds, (QList<qint64>{14, 12}));
    QVERIFY(labs.isCeiling());
    QCOMPARE(labs.title(), QStringLiteral("Labs"));
    QVERIFY(BudgetFile::fromJson(file("")).isOk());
}

void TestBudgetFile::namesWhatIsWrong_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("says");

    QTest::newRow("not JSON") << QByteArray("{") << "not JSON";
    QTest::newRow("a list") << QByteArray("[]") << "must be a JSON object";
    QTest::newRow("a view file") << QByteArray(
        R"({"format": "neuroio-billing-view", "version": 1})")
                                 << "\"format\"";
    QTest::newRow("version 2") << QByteArray(
        R"({"format": "neuroio-billing-budgets", "version": 2, "budgets": []})")
                               << "version 2 is not supported";
    QTest::newRow("no list") << QByteArray(R"({"format": "neuroio-billing-budgets", "version": 1})")
                             << "\"budgets\" must be a list";
    QTest::newRow("not an object") << file("3") << "budgets[0]: must be an object";
    QTest::newRow("a typo") << file(R"({"event_type": 1, "limt": 5})")
                            << "budgets[0].limt: not a budget's field";
    QTest::newRow("no type") << file(R"({"limit": 5})") << "budgets[0].event_type: missing";
    QTest::newRow("unknown type") << file(R"({"limit": 5, "event_type": "api-call"})")
                                  << "budgets[0].event_type: \"api-call\" is not an event type";
    QTest::newRow("type 9") << file(R"({"limit": 5, "event_type": 9})")
                            << "budgets[0].event_type: \"9\" is not an event type";
    QTest::newRow("no limit") << file(R"({"event_type": 1})") << "budgets[0].limit: missing";
    QTest::newRow("a zero limit") << file(
        R"({"event_type": 1, "limit": 5}, {"event_type": 1, "limit": 0})")
                                  << "budgets[1].limit: must be a number above 0";
    QTest::newRow("a text limit") << file(R"({"event_type": 1, "limit": "5"})")
                                  << "budgets[0].limit: must be a number above 0";
    QTest::newRow("spaces not a list") << file(R"({"event_type": 1, "limit": 5, "spaces": 3})")
                                       << "budgets[0].spaces: must be a list";
    QTest::newRow("a bad space") << file(R"({"event_type": 1, "limit": 5, "spaces": [1, -2]})")
                                 << "budgets[0].spaces[1]: must be a space id";
    QTest::newRow("a name not text")
        << file(R"({"event_type": 1, "limit": 5, "name": 3})") << "budgets[0].name: must be text";
}

void TestBudgetFile::namesWhatIsWrong()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, says);
    const auto read = BudgetFile::fromJson(json);
    QVERIFY(!read.isOk());
    QVERIFY(read.value.isEmpty());
    QVERIFY2(read.error.message.contains(says), qPrintable(read.error.message));
}

void TestBudgetFile::writesWhatItReads()
{
    Budget a;
    a.eventType = 1;
    a.limit = 5000000;
    Budget b;
    b.name = QStringLiteral("Storage \"lab\"");
    b.eventType = 3;
    b.spaceIds = {7, 3};
    b.limit = 0.25;
    const auto read = BudgetFile::fromJson(BudgetFile::toJson({a, b}));
    QVERIFY2(read.isOk(), qPrintable(read.error.message));
    QCOMPARE(read.value, (QList<Budget>{a, b}));
}

void TestBudgetFile::aMissingFileNamesThePath()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("budgets.json"));
    auto read = BudgetFile::read(path);
    QCOMPARE(read.error.kind, ApiError::Kind::ReadFailed);
    QVERIFY(read.error.userMessage().contains(path));
    QFile out(path);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(file(R"({"event_type": 1})"));
    out.close();
    read = BudgetFile::read(path);
    QVERIFY(read.error.message.startsWith(path + QStringLiteral(": budgets[0].limit")));
}

void TestBudgetFile::writesIntoANewFolderWholeOrNotAtAll()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("new/folder/budgets.json"));
    Budget calls;
    calls.eventType = 1;
    calls.limit = 100;
    QVERIFY(BudgetFile::write(path, {calls}).isOk());
    QCOMPARE(BudgetFile::read(path).value, QList<Budget>{calls});

    // A folder where the file should be: the write fails, naming the path, and the budgets
    // written before elsewhere are untouched.
    const QString blocked = dir.filePath(QStringLiteral("blocked/budgets.json"));
    QVERIFY(QDir().mkpath(blocked));
    const ApiError error = BudgetFile::write(blocked, {calls});
    QCOMPARE(error.kind, ApiError::Kind::WriteFailed);
    QVERIFY2(error.userMessage().contains(blocked), qPrintable(error.userMessage()));
    QCOMPARE(BudgetFile::read(path).value, QList<Budget>{calls});
}

void TestBudgetFile::theDocumentedExampleReads()
{
    // The README shows it and ./dev screenshots draws the dashboard with it.
    const QString path = QFINDTESTDATA("../docs/examples/budgets.json");
    QVERIFY(!path.isEmpty());
    const auto read = BudgetFile::read(path);
    QVERIFY2(read.isOk(), qPrintable(read.error.userMessage()));
}

QTEST_GUILESS_MAIN(TestBudgetFile)
#include "tst_budgetfile.moc"
