#pragma once

#include "core/api/connectionlimits.h"

#include <QDialog>

class QSpinBox;

namespace neuroio::ui {

// How patient and how pushy the app is with the server: the seconds without a byte before a
// request gives up, how often a failed request is tried again, and the most requests at once.
// Kept in the settings, applied to the session's client by the window; the command line has
// --timeout, --max-retries and --max-parallel. Also how much of closed months is kept on
// disk, which spares the server those requests (--no-cache keeps nothing).
class ConnectionSettingsDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit ConnectionSettingsDialog(const ConnectionLimits &limits, QWidget *parent = nullptr);

    ConnectionLimits limits() const;

    // What the settings hold; the defaults where they hold nothing, or nothing usable.
    static ConnectionLimits stored();
    static void store(const ConnectionLimits &limits);

    // The most the cache of closed months may hold, in MB (0: keep nothing).
    void setCacheMegabytes(int megabytes);
    int cacheMegabytes() const;
    static int storedCacheMegabytes();
    static void storeCacheMegabytes(int megabytes);

private:
    QSpinBox *m_timeout;
    QSpinBox *m_retries;
    QSpinBox *m_parallel;
    QSpinBox *m_cache;
};

} // namespace neuroio::ui
