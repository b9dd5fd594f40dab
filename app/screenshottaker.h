#pragma once

#include <QObject>
#include <QString>

namespace neuroio::ui {
class MainWindow;
}

namespace neuroio::app {

// --screenshot FILE: once every panel has an answer, saves the whole window as a PNG and ends
// the application: 0 when everything loaded, 1 when a panel failed or loading took too long.
// With --accounts-overview, once the overview has loaded instead.
class ScreenshotTaker final : public QObject
{
    Q_OBJECT

public:
    enum class Page { Dashboard, AccountsOverview };

    ScreenshotTaker(ui::MainWindow *window, QString file, int timeoutSeconds,
                    Page page = Page::Dashboard, QObject *parent = nullptr);

private:
    void onSettled();
    void capture();
    void finish(int exitCode, const QString &message);

    ui::MainWindow *m_window;
    QString m_file;
    int m_timeoutSeconds;
    Page m_page;
    bool m_done = false;
};

} // namespace neuroio::app
