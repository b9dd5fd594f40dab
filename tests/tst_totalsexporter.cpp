#include "core/export/totalsexporter.h"
#include "tests/mockdata.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace neuroio;
using namespace neuroio::mock;
using namespace neuroio::testing;

class TestTotalsExporter final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void totalsAreTheServersOwn();
    void byMonthOneRowPerMonthAndType();
    void byMonthNeedsBothEnds();
    void anUnwritableFileStartsNothing();
    void aFailedRequestLeavesNoFile();
    void cancelLeavesTheEarlierFile();

private:
    ExportOutcome run(const BillingQuery &query, bool byMonth, const ExportOptions &options,
                      const QString &path);
    static BillingQuery twelveMonths();

    std::unique_ptr<MockHttpServer> m_server;
    std::unique_ptr<BillingClient> m_client;
    std::unique_ptr<TotalsExporter> m_exporter;
    QTemporaryDir m_dir;
};

void TestTotalsExporter::initTestCase()
{
    m_server = std::make_unique<MockHttpServer>(mockOptions());
    QVERIFY(m_server->start().isOk());
}

void TestTotalsExporter::init()
{
    m_client = std::make_unique<BillingClient>();
    QVERIFY(m_client->setBaseUrl(m_server->url()).isOk());
    m_client->setToken(m_server->options().managerToken);
    m_exporter = std::make_unique<TotalsExporter>(m_client.get());
}

void TestTotalsExporter::cleanup()
{
    m_exporter.reset();
    m_client.reset();
}

BillingQuery TestTotalsExporter::twelveMonths()
{
    BillingQuery query;
    query.monthFrom = lastTwelveMonths().from;
    query.monthTo = lastTwelveMonths().to;
    return query;
}

ExportOutcome TestTotalsExporter::run(const BillingQuery &query, bool byMonth,
                                      const ExportOptions &options, const QString &path)
{
    QSignalSpy finished(m_exporter.get(), &TotalsExporter::finished);
    const ApiError started = m_exporter->start(query, std::nullopt, byMonth, options, path);
    if (!started.isOk())
        return ExportOutcome{started, 0, path};
    [&] { QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 15000); }();
    return finished.isEmpty() ? ExportOutcome{} : finished.first().first().value<ExportOutcome>();
}

void TestTotalsExporter::totalsAreTheServersOwn()
{
    const QString path = m_dir.filePath(QStringLiteral("totals.csv"));
    const ExportOutcome outcome = run(twelveMonths(), false, ExportOptions{}, path);
    QVERIFY2(outcome.isDone(), qPrintable(outcome.message()));
    QCOMPARE(outcome.rows, 4);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().split('\n');
    QCOMPARE(lines.first(), QByteArray("event_type,event_type_name,quantity,unit\r"));
    const MockScope &scope = m_server->api().dataset().managerScope();
    // A flow's total is in its unit; a level's (storage, licences) in unit-months.
    QCOMPARE(lines.at(1),
             "1,API calls," + QByteArray::number(sum(scope, lastTwelveMonths(), 1)) + ",calls\r");
    QCOMPARE(lines.at(2), "2,Persons storage,"
                              + QByteArray::number(sum(scope, lastTwelveMonths(), 2))
                              + ",person-months\r");
}

void TestTotalsExporter::byMonthOneRowPerMonthAndType()
{
    const QString path = m_dir.filePath(QStringLiteral("monthly.json"));
    ExportOptions json;
    json.format = ExportOptions::Format::Json;
    const ExportOutcome outcome = run(twelveMonths(), true, json, path);
    QVERIFY(outcome.isDone());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonArray rows = QJsonDocument::fromJson(file.readAll()).array();
    QCOMPARE(rows.size(), 12 * 4);
    const MockScope &scope = m_server->api().dataset().managerScope();
    Month previous = lastTwelveMonths().from;
    for (const QJsonValue &row : rows) {
        const Month month = Month::fromString(row[QStringLiteral("month")].toString()).value;
        QVERIFY(month >= previous); // in month order, whatever order the answers came in
        previous = month;
        const int type = row[QStringLiteral("event_type")].toInt();
        QCOMPARE(row[QStringLiteral("quantity")].toInteger(),
                 sum(scope, Filter{month, month, {}, {type}}, type));
        QVERIFY(!row.toObject().contains(QStringLiteral("event_type_name"))); // CSV only
    }
}

void TestTotalsExporter::byMonthNeedsBothEnds()
{
    BillingQuery open;
    open.monthFrom = Month(2026, 1);
    const ExportOutcome outcome
        = run(open, true, ExportOptions{}, m_dir.filePath(QStringLiteral("x.csv")));
    QCOMPARE(outcome.error.kind, ApiError::Kind::InvalidInput);
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("x.csv"))));
}

void TestTotalsExporter::anUnwritableFileStartsNothing()
{
    int requests = 0;
    const auto counter = connect(m_server.get(), &MockHttpServer::requestReceived, this,
                                 [&requests] { ++requests; });
    const ExportOutcome outcome = run(twelveMonths(), false, ExportOptions{},
                                      m_dir.filePath(QStringLiteral("no/such/totals.csv")));
    disconnect(counter);
    QCOMPARE(outcome.error.kind, ApiError::Kind::WriteFailed);
    QCOMPARE(requests, 0);
}

void TestTotalsExporter::aFailedRequestLeavesNoFile()
{
    m_client->setToken(QStringLiteral("expired-token"));
    const QString path = m_dir.filePath(QStringLiteral("refused.csv"));
    const ExportOutcome outcome = run(twelveMonths(), true, ExportOptions{}, path);
    QVERIFY(outcome.error.isUnauthorized());
    QVERIFY(!QFile::exists(path));
}

void TestTotalsExporter::cancelLeavesTheEarlierFile()
{
    MockHttpServer slow(mockOptions(300));
    QVERIFY(slow.start().isOk());
    QVERIFY(m_client->setBaseUrl(slow.url()).isOk());
    const QString path = m_dir.filePath(QStringLiteral("earlier.csv"));
    {
        QFile earlier(path);
        QVERIFY(earlier.open(QIODevice::WriteOnly));
        earlier.write("keep me\n");
    }
    QSignalSpy finished(m_exporter.get(), &TotalsExporter::finished);
    QVERIFY(m_exporter->start(twelveMonths(), std::nullopt, true, ExportOptions{}, path).isOk());
    m_exporter->cancel();
    QCOMPARE(finished.size(), 1);
    QVERIFY(finished.first().first().value<ExportOutcome>().error.isCancelled());
    QFile earlier(path);
    QVERIFY(earlier.open(QIODevice::ReadOnly));
    QCOMPARE(earlier.readAll(), QByteArray("keep me\n"));
    QCOMPARE(
        QDir(m_dir.path()).entryList(QDir::Files | QDir::Hidden).filter(QStringLiteral("earlier")),
        QStringList{QStringLiteral("earlier.csv")});
}

QTEST_GUILESS_MAIN(TestTotalsExporter)
#include "tst_totalsexporter.moc"
