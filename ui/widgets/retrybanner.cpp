#include "ui/widgets/retrybanner.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace neuroio::ui {

RetryBanner::RetryBanner(QWidget *parent)
    : QFrame(parent)
    , m_text(new QLabel(this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
{
    setFrameShape(QFrame::StyledPanel);
    setAccessibleName(tr("Waiting to retry"));
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_cancel->setAccessibleDescription(tr("Stops waiting, and stops loading the dashboard"));
    auto *layout = new QHBoxLayout(this);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_cancel);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        clear();
        emit cancelRequested();
    });
    // Often enough that the seconds never skip, whatever the timer's slack.
    m_ticker.setInterval(250);
    connect(&m_ticker, &QTimer::timeout, this, &RetryBanner::tick);
    hide();
}

void RetryBanner::showWait(const RetryNotice &notice)
{
    m_notice = notice;
    m_until = QDeadlineTimer(notice.delay.count());
    m_text->setToolTip(notice.message());
    m_ticker.start();
    tick();
    show();
}

void RetryBanner::clear()
{
    m_ticker.stop();
    m_text->clear();
    hide();
}

QString RetryBanner::text() const
{
    return m_text->text();
}

void RetryBanner::tick()
{
    if (m_until.hasExpired()) {
        clear();
        return;
    }
    m_text->setText(m_notice.shortMessage(std::chrono::milliseconds(m_until.remainingTime())));
}

} // namespace neuroio::ui
