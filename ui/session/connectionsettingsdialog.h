#pragma once

#include "core/api/connectionlimits.h"

#include <QDialog>

class QSpinBox;

namespace neuroio::ui {

// How patient and how pushy the app is with the server: the seconds without a byte before a
// request gives up, how often a failed request is tried again, and the most requests at once.
// Kept in the settings, applied to the session's client by the window; the command line has
// --timeout, --max-retries and --max-parallel.
class ConnectionSettingsDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit ConnectionSettingsDialog(const ConnectionLimits &limits, QWidget *parent = nullptr);

    ConnectionLimits limits() const;

    // What the settings hold; the defaults where they hold nothing, or nothing usable.
    static ConnectionLimits stored();
    static void store(const ConnectionLimits &limits);

private:
    QSpinBox *m_timeout;
    QSpinBox *m_retries;
    QSpinBox *m_parallel;
};

} // namespace neuroio::ui
