#include "core/api/billingclient.h"
#include "core/insights/pricelist.h"
#include "ui/costs/pricelistactions.h"
#include "ui/dashboard/dashboardcontroller.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QWidget>

using namespace neuroio;
using namespace neuroio::ui;

// Which price list the window uses, where it keeps one, and that a bad one changes nothing.
class TestPriceListActions final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();
    void keepsACheckedCopy();
    void aBadFileChangesNothing();
    void forThisRunLeavesTheKeptOne();
    void aBrokenKeptFileIsNotUsed();

private:
    QString write(const QString &name, const QByteArray &bytes);

    QTemporaryDir m_dir;
    BillingClient m_client; // never asked: nothing here loads
    std::unique_ptr<QWidget> m_window;
    std::unique_ptr<DashboardController> m_controller;
    std::unique_ptr<PriceListActions> m_actions;
};

namespace {

QByteArray prices(const char *currency, const char *price)
{
    return QByteArray(R"({"format": "neuroio-billing-prices", "version": 1, "currency": ")")
           + currency + R"(", "prices": [{"event_type": "api-calls", "price": ")" + price
           + R"("}]})";
}

} // namespace

QString TestPriceListActions::write(const QString &name, const QByteArray &bytes)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(bytes);
    return path;
}

void TestPriceListActions::init()
{
    QFile::remove(PriceList::defaultPath());
    m_window = std::make_unique<QWidget>();
    m_controller = std::make_unique<DashboardController>(&m_client);
    m_actions = std::make_unique<PriceListActions>(m_controller.get(), m_window.get());
    m_actions->loadKept();
}

void TestPriceListActions::cleanup()
{
    m_actions.reset(); // a child of the window: gone before it
    m_controller.reset();
    m_window.reset();
}

void TestPriceListActions::keepsACheckedCopy()
{
    QVERIFY(!m_controller->priceList());
    const QString path = write(QStringLiteral("mine.json"), prices("EUR", "0.001"));
    QVERIFY(m_actions->keep(path).isOk());
    QCOMPARE(m_controller->priceList()->currency, QStringLiteral("EUR"));
    // Kept where the command line looks, and read again at the next start.
    QCOMPARE(PriceList::read(PriceList::defaultPath()).value, *m_controller->priceList());
    PriceListActions again(m_controller.get(), m_window.get());
    m_controller->setPriceList(std::nullopt);
    again.loadKept();
    QCOMPARE(m_controller->priceList()->prices.first().tiers.first().nanos, 1000000);
    QVERIFY(m_actions->forget().isOk());
    QVERIFY(!m_controller->priceList());
    QVERIFY(!QFile::exists(PriceList::defaultPath()));
}

void TestPriceListActions::aBadFileChangesNothing()
{
    QVERIFY(m_actions->keep(write(QStringLiteral("good.json"), prices("EUR", "1"))).isOk());
    const QByteArray kept = [] {
        QFile file(PriceList::defaultPath());
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }();
    const QString bad = write(QStringLiteral("bad.json"), prices("euro", "1"));
    const ApiError error = m_actions->keep(bad);
    QVERIFY(!error.isOk());
    QVERIFY2(error.userMessage().contains(bad), qPrintable(error.userMessage()));
    QVERIFY2(error.userMessage().contains(QStringLiteral("currency")),
             qPrintable(error.userMessage()));
    QCOMPARE(m_controller->priceList()->currency, QStringLiteral("EUR"));
    QFile file(PriceList::defaultPath());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), kept);
}

void TestPriceListActions::forThisRunLeavesTheKeptOne()
{
    QVERIFY(m_actions->keep(write(QStringLiteral("kept.json"), prices("EUR", "1"))).isOk());
    QVERIFY(m_actions->useForThisRun(write(QStringLiteral("run.json"), prices("USD", "2"))).isOk());
    QCOMPARE(m_controller->priceList()->currency, QStringLiteral("USD"));
    QCOMPARE(PriceList::read(PriceList::defaultPath()).value.currency, QStringLiteral("EUR"));
    QVERIFY(!m_actions->useForThisRun(m_dir.filePath(QStringLiteral("missing.json"))).isOk());
    QCOMPARE(m_controller->priceList()->currency, QStringLiteral("USD"));
    // Stopping puts this run's list aside and leaves the kept one kept.
    QVERIFY(m_actions->forget().isOk());
    QVERIFY(!m_controller->priceList());
    QCOMPARE(PriceList::read(PriceList::defaultPath()).value.currency, QStringLiteral("EUR"));
}

void TestPriceListActions::aBrokenKeptFileIsNotUsed()
{
    QVERIFY(QDir().mkpath(QFileInfo(PriceList::defaultPath()).absolutePath()));
    QFile file(PriceList::defaultPath());
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("{");
    file.close();
    QSignalSpy said(m_actions.get(), &PriceListActions::statusMessage);
    m_actions->loadKept();
    QVERIFY(!m_controller->priceList());
    QCOMPARE(said.size(), 1);
    QVERIFY2(said.first().first().toString().contains(PriceList::defaultPath()),
             qPrintable(said.first().first().toString()));
}

QTEST_MAIN(TestPriceListActions)
#include "tst_pricelistactions.moc"
