#pragma once

#include "core/api/retrynotice.h"

#include <QDeadlineTimer>
#include <QFrame>
#include <QTimer>

class QLabel;
class QPushButton;

namespace neuroio::ui {

// While the client waits to try a request again: "Rate limited: retrying in 12 s", counting
// down, with Cancel. It hides itself when the wait is over; another failure brings it back.
class RetryBanner final : public QFrame
{
    Q_OBJECT

public:
    explicit RetryBanner(QWidget *parent = nullptr);

    void showWait(const neuroio::RetryNotice &notice);
    void clear();
    QString text() const;

signals:
    void cancelRequested();

private:
    void tick();

    QLabel *m_text;
    QPushButton *m_cancel;
    QTimer m_ticker;
    QDeadlineTimer m_until;
    RetryNotice m_notice;
};

} // namespace neuroio::ui
