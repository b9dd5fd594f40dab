#include "core/usage/usagecache.h"
#include "ui/session/connectionsettingsdialog.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTest>

using namespace neuroio;
using namespace neuroio::ui;

class TestConnectionSettingsDialog final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void nothingStoredGivesTheDefaults();
    void storedLimitsComeBack();
    void handEditedValuesOutOfRangeAreIgnored();
    void theDialogShowsAndReturnsEveryLimit();
    void theCacheBoundIsASetting();
};

void TestConnectionSettingsDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("neuroio-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_connectionsettingsdialog"));
}

void TestConnectionSettingsDialog::init()
{
    QSettings().clear();
}

void TestConnectionSettingsDialog::nothingStoredGivesTheDefaults()
{
    const ConnectionLimits stored = ConnectionSettingsDialog::stored();
    const ConnectionLimits defaults;
    QCOMPARE(stored.timeoutSeconds, defaults.timeoutSeconds);
    QCOMPARE(stored.maxRetries, defaults.maxRetries);
    QCOMPARE(stored.maxParallel, 16);
}

void TestConnectionSettingsDialog::storedLimitsComeBack()
{
    ConnectionLimits limits;
    limits.timeoutSeconds = 12;
    limits.maxRetries = 0;
    limits.maxParallel = 3;
    ConnectionSettingsDialog::store(limits);
    const ConnectionLimits stored = ConnectionSettingsDialog::stored();
    QCOMPARE(stored.timeoutSeconds, 12);
    QCOMPARE(stored.maxRetries, 0);
    QCOMPARE(stored.maxParallel, 3);
}

void TestConnectionSettingsDialog::handEditedValuesOutOfRangeAreIgnored()
{
    QSettings settings;
    settings.setValue(QStringLiteral("connection/maxParallel"), 500);
    settings.setValue(QStringLiteral("connection/timeoutSeconds"), QStringLiteral("soon"));
    const ConnectionLimits stored = ConnectionSettingsDialog::stored();
    QCOMPARE(stored.maxParallel, ConnectionLimits::kDefaultMaxParallel);
    QCOMPARE(stored.timeoutSeconds, ConnectionLimits().timeoutSeconds);
}

void TestConnectionSettingsDialog::theDialogShowsAndReturnsEveryLimit()
{
    ConnectionLimits limits;
    limits.timeoutSeconds = 45;
    limits.maxRetries = 2;
    limits.maxParallel = 7;
    ConnectionSettingsDialog dialog(limits);
    const QList<QSpinBox *> boxes = dialog.findChildren<QSpinBox *>();
    QCOMPARE(boxes.size(), 4);
    QCOMPARE(dialog.limits().timeoutSeconds, 45);
    QCOMPARE(dialog.limits().maxRetries, 2);
    QCOMPARE(dialog.limits().maxParallel, 7);
    for (QSpinBox *box : boxes) {
        if (box->value() == 7) {
            QCOMPARE(box->maximum(), ConnectionLimits::kMaxParallelLimit);
            box->setValue(20);
        }
    }
    QCOMPARE(dialog.limits().maxParallel, 20);
    auto *buttons = dialog.findChild<QDialogButtonBox *>();
    QVERIFY(buttons);
    buttons->button(QDialogButtonBox::RestoreDefaults)->click();
    QCOMPARE(dialog.limits().maxParallel, ConnectionLimits::kDefaultMaxParallel);
    QCOMPARE(dialog.limits().timeoutSeconds, ConnectionLimits().timeoutSeconds);
}

void TestConnectionSettingsDialog::theCacheBoundIsASetting()
{
    QCOMPARE(ConnectionSettingsDialog::storedCacheMegabytes(), 200); // the default
    QSettings().setValue(UsageCache::maxMegabytesKey(), QStringLiteral("lots"));
    QCOMPARE(ConnectionSettingsDialog::storedCacheMegabytes(), 200);
    QSettings().setValue(UsageCache::maxMegabytesKey(), -5);
    QCOMPARE(ConnectionSettingsDialog::storedCacheMegabytes(), 200);
    ConnectionSettingsDialog::storeCacheMegabytes(0);
    QCOMPARE(UsageCache::maxBytesFromSettings(), 0); // keep nothing

    ConnectionSettingsDialog::storeCacheMegabytes(64);
    ConnectionSettingsDialog dialog{ConnectionLimits()};
    QCOMPARE(dialog.cacheMegabytes(), 64);
    dialog.setCacheMegabytes(512);
    QCOMPARE(dialog.cacheMegabytes(), 512);
    dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::RestoreDefaults)->click();
    QCOMPARE(dialog.cacheMegabytes(), 200);
}

QTEST_MAIN(TestConnectionSettingsDialog)
#include "tst_connectionsettingsdialog.moc"
