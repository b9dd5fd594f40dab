#include "tests/mockdata.h"
#include "ui/dashboard/dashboardcontroller.h"
#include "ui/output/exportactions.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMenu>
#include <QProgressDialog>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QWidget>

using namespace neuroio;
using namespace neuroio::mock;
using namespace neuroio::testing;
using namespace neuroio::ui;

class TestExportActions final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void usageHasEveryRowOfEveryPage();
    void totalsByMonthAreTheServersOwn();
    void cancelledExportLeavesNoFile();
    void reportOfWhatIsShown();
    void actionsNeedADashboard();

private:
    void connectTo(MockHttpServer &server, const DashboardFilters &filters = {});

    std::unique_ptr<MockHttpServer> m_server;
    std::unique_ptr<QWidget> m_window;
    std::unique_ptr<BillingClient> m_client;
    DashboardController *m_controller = nullptr;
    ExportActions *m_exports = nullptr;
};

void TestExportActions::initTestCase()
{
    m_server = std::make_unique<MockHttpServer>(mockOptions());
    QVERIFY(m_server->start().isOk());
}

void TestExportActions::init()
{
    m_window = std::make_unique<QWidget>();
    m_client = std::make_unique<BillingClient>();
    m_controller = new DashboardController(m_client.get(), m_window.get());
    m_exports = new ExportActions(m_controller, m_client.get(), m_window.get());
}

void TestExportActions::cleanup()
{
    m_window.reset();
    m_client.reset();
}

void TestExportActions::connectTo(MockHttpServer &server, const DashboardFilters &filters)
{
    QVERIFY(m_client->setBaseUrl(server.url()).isOk());
    m_client->setToken(server.options().managerToken);
    DashboardFilters start = filters;
    if (!start.range.isValid())
        start.range = MonthRange(lastTwelveMonths().from, lastTwelveMonths().to);
    m_controller->start(start);
    QTRY_VERIFY_WITH_TIMEOUT(m_controller->isSettled(), 15000);
}

void TestExportActions::usageHasEveryRowOfEveryPage()
{
    DashboardFilters filters;
    filters.eventTypes = {1, 3};
    connectTo(*m_server, filters);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("usage.csv"));
    QSignalSpy finished(m_exports, &ExportActions::finished);
    ExportOptions options;
    options.byteOrderMark = true;
    QVERIFY(m_exports->exportUsage(path, options).isOk());
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 15000);
    const auto outcome = finished.first().first().value<ExportOutcome>();
    QVERIFY2(outcome.isDone(), qPrintable(outcome.message()));
    // Every row of the filters, all pages, not only the visible page.
    Filter f = lastTwelveMonths();
    f.types = {1, 3};
    const QList<MockRecord> expected = rows(m_server->api().dataset().managerScope(), f);
    QCOMPARE(outcome.rows, qint64(expected.size()));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray csv = file.readAll();
    QVERIFY(csv.startsWith("\xEF\xBB\xBFid,month,space_id,space_name,event_type,event_type_name,"
                           "quantity\r\n"));
    QCOMPARE(csv.count("\r\n"), expected.size() + 1);
    QVERIFY(csv.contains(",\"Warehouse 7, Rotterdam\","));
    QCOMPARE(m_exports->defaultFileStem(QStringLiteral("usage")),
             QStringLiteral("neuroio-usage_my-usage_2025-11_2026-10"));

    // A file that cannot be written: nothing starts, and it says why.
    const ApiError refused
        = m_exports->exportUsage(dir.filePath(QStringLiteral("no/such/folder.csv")), options);
    QCOMPARE(refused.kind, ApiError::Kind::WriteFailed);
}

void TestExportActions::totalsByMonthAreTheServersOwn()
{
    connectTo(*m_server);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("totals.json"));
    QSignalSpy finished(m_exports, &ExportActions::finished);
    ExportOptions options;
    options.format = ExportOptions::Format::Json;
    QVERIFY(m_exports->exportTotals(path, options, true).isOk());
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 15000);
    QVERIFY(finished.first().first().value<ExportOutcome>().isDone());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonArray rowsWritten = QJsonDocument::fromJson(file.readAll()).array();
    QCOMPARE(rowsWritten.size(), 12 * 4);
    const MockScope &scope = m_server->api().dataset().managerScope();
    for (const QJsonValue &row : rowsWritten) {
        const Month month = Month::fromString(row[QStringLiteral("month")].toString()).value;
        const int type = row[QStringLiteral("event_type")].toInt();
        QCOMPARE(row[QStringLiteral("quantity")].toInteger(),
                 sum(scope, Filter{month, month, {}, {type}}, type));
    }
}

void TestExportActions::cancelledExportLeavesNoFile()
{
    MockOptions slowOptions = mockOptions(100);
    slowOptions.maxLimit = 10;
    MockHttpServer slow(slowOptions);
    QVERIFY(slow.start().isOk());
    connectTo(slow);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("usage.csv"));
    QSignalSpy finished(m_exports, &ExportActions::finished);
    QVERIFY(m_exports->exportUsage(path, ExportOptions{}).isOk());
    auto *progress = m_window->findChild<QProgressDialog *>();
    QVERIFY(progress);
    QTRY_VERIFY(progress->labelText().contains(QStringLiteral(" of ")));
    auto *cancel = progress->findChild<QPushButton *>();
    QVERIFY(cancel);
    cancel->click(); // the dialog's Cancel button
    QTRY_COMPARE(finished.size(), 1);
    QVERIFY(finished.first().first().value<ExportOutcome>().error.isCancelled());
    QVERIFY(!QFile::exists(path));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList());
}

void TestExportActions::reportOfWhatIsShown()
{
    connectTo(*m_server);
    QTemporaryDir dir;
    int pages = 0;
    const QString pdf = dir.filePath(QStringLiteral("report.pdf"));
    QVERIFY(m_exports->exportReport(pdf, &pages).isOk());
    // The totals and their findings; the charts; every space.
    QCOMPARE(pages, 3);
    QFile report(pdf);
    QVERIFY(report.open(QIODevice::ReadOnly));
    QVERIFY(report.read(5) == "%PDF-");
    QCOMPARE(m_exports->exportReport(dir.filePath(QStringLiteral("no/r.pdf"))).kind,
             ApiError::Kind::WriteFailed);
}

void TestExportActions::actionsNeedADashboard()
{
    QMenu menu;
    m_exports->addTo(&menu);
    const QList<QAction *> actions = menu.actions();
    QCOMPARE(actions.size(), 3);
    for (QAction *action : actions)
        QVERIFY(!action->isEnabled());
    connectTo(*m_server);
    m_exports->setDashboardShown(true);
    for (QAction *action : actions)
        QVERIFY2(action->isEnabled(), qPrintable(action->text())); // the report: numbers loaded
    m_exports->setDashboardShown(false);                           // the accounts overview, say
    QVERIFY(!actions.first()->isEnabled());
}

QTEST_MAIN(TestExportActions)
#include "tst_exportactions.moc"
