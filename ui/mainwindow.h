#pragma once

#include "core/api/month.h"
#include "core/views/savedview.h"
#include "ui/session/remember.h"
#include "ui/session/rememberedstate.h"

#include <QMainWindow>
#include <QUrl>

class QAction;
class QCloseEvent;
class QLabel;
class QScrollArea;
class QStackedWidget;

namespace neuroio {
class Session;
class UsageCache;
} // namespace neuroio

namespace neuroio::ui {

class AccountsOverviewPage;
class BudgetActions;
class PriceListActions;
class DashboardController;
class DashboardPage;
class ExportActions;
class FilterBar;
class FilterHistory;
class HelpActions;
class SessionController;
class ViewActions;
class WelcomePage;

// Puts the parts together: who is connected (SessionController), the filters (FilterBar),
// the dashboard (DashboardPage, fed by a DashboardController), saved views (ViewActions),
// exports (ExportActions), the accounts overview and the first screen, with the menus and the
// status bar between them. Its own decisions: which page shows, and which filters the first
// dashboard of a session starts from and keeps (RememberedState).
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(Session *session, QWidget *parent = nullptr);
    ~MainWindow() override;

    SessionController *sessionController() const { return m_sessions; }
    FilterBar *filterBar() const { return m_filterBar; }
    DashboardController *controller() const { return m_controller; }
    DashboardPage *dashboardPage() const { return m_dashboard; }
    ViewActions *viewActions() const { return m_views; }
    FilterHistory *history() const { return m_history; }
    ExportActions *exportActions() const { return m_exports; }
    AccountsOverviewPage *accountsOverview() const { return m_overview; }
    BudgetActions *budgetActions() const { return m_budgets; }
    PriceListActions *priceListActions() const { return m_prices; }

    // Closed months' usage is read from and kept in cache (not owned; it outlives the
    // window). Without one, as with --no-cache, every month comes from the server.
    void setUsageCache(UsageCache *cache);
    QAction *clearCacheAction() const { return m_clearCacheAction; }

    // Presets resolve against this month; the default is the current one.
    void setCurrentMonth(Month current);
    // The first dashboard shows this view (the command line's filters) instead of the view
    // marked to open at start or the filters remembered from last time.
    void setStartView(const SavedView &view) { m_remembered.setStartView(view); }
    // Opens the live session and its dashboard (SessionController::connectTo).
    void connectTo(const QUrl &server, const QString &token, const QString &description,
                   Remember remember = Remember::Filters);
    bool isShowingDashboard() const;
    // Every managed account side by side for the current months and event types.
    void showAccountsOverview();
    // One managed account's dashboard (or the user's own, for an empty id).
    void openScope(std::optional<qint64> accountId);

signals:
    void demoRequested();

private:
    void buildMenus();
    void wireStatusBar();
    // The status bar and the toolbar say the same about the token: working, or refused.
    void showTokenState(bool refused);
    void showWelcome();
    void onSessionOpened(const QString &description);
    void applyFilters();
    void updateActions();
    void keepState() const;
    void closeEvent(QCloseEvent *event) override;

    Session *m_session;
    DashboardController *m_controller;
    SessionController *m_sessions;
    FilterBar *m_filterBar;
    QStackedWidget *m_pages;
    WelcomePage *m_welcome;
    DashboardPage *m_dashboard;
    QScrollArea *m_dashboardArea;
    AccountsOverviewPage *m_overview;
    ViewActions *m_views;
    FilterHistory *m_history;
    HelpActions *m_help;
    ExportActions *m_exports;
    BudgetActions *m_budgets;
    PriceListActions *m_prices;
    QAction *m_overviewAction = nullptr;
    QAction *m_clearCacheAction = nullptr;
    UsageCache *m_cache = nullptr;
    QLabel *m_connectionLabel;
    QLabel *m_progressLabel;
    QLabel *m_sessionOnlyLabel;
    QLabel *m_whoLabel;
    QString m_connectionText; // "Connected to ...", while the token works
    QString m_whoText;        // "Signed in as ...", while the token works
    RememberedState m_remembered;
    bool m_started = false;
};

} // namespace neuroio::ui
