#include "ui/session/connectionsettingsdialog.h"

#include "core/usage/usagecache.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QVBoxLayout>

namespace neuroio::ui {

namespace {

const QString kTimeoutKey = QStringLiteral("connection/timeoutSeconds");
const QString kRetriesKey = QStringLiteral("connection/maxRetries");
const QString kParallelKey = QStringLiteral("connection/maxParallel");
constexpr qint64 kBytesPerMegabyte = qint64(1024) * 1024;

} // namespace

ConnectionSettingsDialog::ConnectionSettingsDialog(const ConnectionLimits &limits, QWidget *parent)
    : QDialog(parent)
    , m_timeout(new QSpinBox(this))
    , m_retries(new QSpinBox(this))
    , m_parallel(new QSpinBox(this))
    , m_cache(new QSpinBox(this))
{
    setWindowTitle(tr("Connection Settings"));
    m_timeout->setRange(ConnectionLimits::kMinTimeoutSeconds, ConnectionLimits::kMaxTimeoutSeconds);
    m_timeout->setSuffix(tr(" s"));
    m_timeout->setValue(limits.timeoutSeconds);
    m_timeout->setAccessibleName(tr("Give up when nothing arrives for"));
    m_retries->setRange(0, ConnectionLimits::kMaxRetriesLimit);
    m_retries->setSpecialValueText(tr("Never"));
    m_retries->setValue(limits.maxRetries);
    m_retries->setAccessibleName(tr("Try a failed request again"));
    m_parallel->setRange(1, ConnectionLimits::kMaxParallelLimit);
    m_parallel->setValue(limits.maxParallel);
    m_parallel->setAccessibleName(tr("Requests at once, at most"));
    m_cache->setRange(0, int(UsageCache::kMaxMegabytesLimit));
    m_cache->setSuffix(tr(" MB"));
    m_cache->setSpecialValueText(tr("Keep nothing"));
    m_cache->setValue(storedCacheMegabytes());
    m_cache->setAccessibleName(tr("Closed months kept on this computer, at most"));

    auto *form = new QFormLayout;
    form->addRow(tr("Give up when nothing arrives for:"), m_timeout);
    form->addRow(tr("Try a failed request again, at most:"), m_retries);
    form->addRow(tr("Requests at once, at most:"), m_parallel);
    form->addRow(tr("Closed months kept on this computer, at most:"), m_cache);
    auto *explanation = new QLabel(
        tr("A request is tried again when the server is busy (429 or 503: as long as its "
           "Retry-After asks, at most 60 s), has a passing problem (other 5xx, 408), or the "
           "connection breaks. Refusals such as a wrong token are never tried again. Loading "
           "starts with 4 requests at once and asks for more while the server answers fast, "
           "half as many when it says it is busy. A month that ended more than a day ago no "
           "longer changes: its usage is kept on this computer, for this server and token "
           "only, and read from there next time."),
        this);
    explanation->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(
        QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::RestoreDefaults, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(buttons->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this,
            [this] {
                const ConnectionLimits defaults;
                m_timeout->setValue(defaults.timeoutSeconds);
                m_retries->setValue(defaults.maxRetries);
                m_parallel->setValue(defaults.maxParallel);
                m_cache->setValue(int(UsageCache::kDefaultMaxBytes / kBytesPerMegabyte));
            });

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(explanation);
    layout->addWidget(buttons);
}

ConnectionLimits ConnectionSettingsDialog::limits() const
{
    ConnectionLimits limits;
    limits.timeoutSeconds = m_timeout->value();
    limits.maxRetries = m_retries->value();
    limits.maxParallel = m_parallel->value();
    return limits;
}

ConnectionLimits ConnectionSettingsDialog::stored()
{
    const QSettings settings;
    ConnectionLimits limits;
    // Through the same checks as the command line: a hand-edited value out of range is
    // ignored, not obeyed.
    limits.setTimeout(settings.value(kTimeoutKey).toString());
    limits.setMaxRetries(settings.value(kRetriesKey).toString());
    limits.setMaxParallel(settings.value(kParallelKey).toString());
    return limits;
}

void ConnectionSettingsDialog::store(const ConnectionLimits &limits)
{
    QSettings settings;
    settings.setValue(kTimeoutKey, limits.timeoutSeconds);
    settings.setValue(kRetriesKey, limits.maxRetries);
    settings.setValue(kParallelKey, limits.maxParallel);
}

void ConnectionSettingsDialog::setCacheMegabytes(int megabytes)
{
    m_cache->setValue(megabytes);
}

int ConnectionSettingsDialog::cacheMegabytes() const
{
    return m_cache->value();
}

int ConnectionSettingsDialog::storedCacheMegabytes()
{
    return int(UsageCache::maxBytesFromSettings() / kBytesPerMegabyte);
}

void ConnectionSettingsDialog::storeCacheMegabytes(int megabytes)
{
    QSettings().setValue(UsageCache::maxMegabytesKey(), megabytes);
}

} // namespace neuroio::ui
