#pragma once

#include "core/export/exportoptions.h"
#include "core/export/exportoutcome.h"
#include "core/views/savedviewstore.h"
#include "ui/dashboard/dashboardcontroller.h"
#include "ui/output/reportwriter.h"

#include <QDateTime>
#include <QMainWindow>
#include <QPointer>
#include <QUrl>

class QAction;
class QCloseEvent;
class QMenu;
class QComboBox;
class QProgressDialog;
class QLabel;
class QStackedWidget;
class QTabWidget;
class QTableView;

namespace neuroio {
class TotalsExporter;
class UsageExporter;
} // namespace neuroio

namespace neuroio::ui {

class AccountsOverviewPage;
class BreakdownChart;
class ConnectDialog;
class TokenVault;
class DashboardPanel;
class MonthRangePicker;
class MultiSelectButton;
class PagerBar;
class StatusBanner;
class TotalsTiles;
class TrendCharts;
class WelcomePage;

class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(BillingClient *client, QWidget *parent = nullptr);

    // Presets resolve against this month; the default is the current one.
    void setCurrentMonth(Month current);
    void showWelcome();
    // What a connection reads from and keeps for the next start. A demo or a screenshot uses
    // Nothing: the same command gives the same picture, and the next real session still finds
    // its own filters. Filters: the filters and page size of last time. SignInToo: also the
    // server (QSettings) and the token (the keychain).
    enum class Remember { Nothing, Filters, SignInToo };

    // Connects the client and loads the dashboard. description names the connection in the
    // status bar ("demo data on http://127.0.0.1:41234").
    void connectTo(const QUrl &server, const QString &token, const QString &description,
                   Remember remember = Remember::Filters);
    // At start: the server used last time and its token from the keychain, if both are there;
    // otherwise the first screen.
    void restoreSavedConnection(Remember remember = Remember::Filters);
    // The first dashboard shows this view (the command line's filters) instead of the view
    // marked to open at start or the filters remembered from last time.
    void setStartView(const SavedView &view) { m_startView = view; }
    void disconnectFromServer();
    void forgetSavedToken();
    // The Connect dialog (open, not blocking); message says why it came back.
    void askForConnection(const QString &message = QString(), const QString &username = QString());
    QString signedInText() const;
    QString sessionOnlyNotice() const;

    DashboardController *controller() const { return m_controller; }
    MonthRangePicker *rangePicker() const { return m_rangePicker; }
    MultiSelectButton *spacesButton() const { return m_spacesButton; }
    MultiSelectButton *eventTypesButton() const { return m_typesButton; }
    QComboBox *scopeBox() const { return m_scopeBox; }
    QComboBox *breakdownTypeBox() const { return m_breakdownType; }
    QTableView *usageTable() const { return m_table; }
    StatusBanner *banner() const { return m_banner; }
    TotalsTiles *totalsTiles() const { return m_tiles; }
    TrendCharts *trendCharts() const { return m_trend; }
    BreakdownChart *breakdownChart() const { return m_breakdown; }
    DashboardPanel *panel(DashboardController::Panel panel) const;
    bool isShowingDashboard() const;
    // Every managed account side by side for the current months and event types.
    void showAccountsOverview();
    AccountsOverviewPage *accountsOverview() const { return m_overview; }
    // The current filters and scope as a view; a preset range stays relative.
    SavedView currentView(const QString &name, bool openAtStart) const;
    void applyView(const SavedView &view);
    void setViewStore(const SavedViewStore &store) { m_views = store; }
    const SavedViewStore &viewStore() const { return m_views; }
    // Opens one managed account's dashboard (or the user's own, for an empty id).
    void openScope(std::optional<qint64> accountId);
    // The charts showChart() knows: "trend" and "by-space".
    static QStringList chartNames();
    // Brings a chart to the front. False for a name not in chartNames().
    bool showChart(const QString &name);

    // Every row of the current filters, all pages, to path. Progress shows in a dialog that
    // can cancel; exportFinished() reports the outcome. False when it could not start.
    bool exportUsage(const QString &path, const ExportOptions &options);
    bool exportTotals(const QString &path, const ExportOptions &options, bool byMonth);
    // The current dashboard as a PDF; empty on success, otherwise why not.
    ApiError exportReport(const QString &path, int *pageCount = nullptr);
    // neuroio-usage_account-12_2024-01_2024-06 (without a suffix).
    QString defaultFileStem(const QString &kind) const;

signals:
    void demoRequested();
    void exportFinished(const neuroio::ExportOutcome &outcome);

private:
    void buildMenus();
    void buildToolBar();
    void askForUsageExport();
    void askForTotalsExport();
    void askForReport();
    void showExportProgress(const QString &text, int done, int total);
    void onExportFinished(const ExportOutcome &outcome);
    void updateActions();
    void askToSaveView();
    void importView();
    void exportView(const SavedView &view);
    void fillViewMenus();
    QWidget *buildDashboard();
    void applyFilters();
    DashboardFilters filtersFromControls() const;
    void closeEvent(QCloseEvent *event) override;
    void saveState() const;
    void restoreState();
    void onAuthenticationFailed(const ApiError &error);
    void onStateChanged(DashboardController::Panel panel, DashboardController::State state);
    void onAccountsChanged();
    void onSpacesChanged();
    void updatePager();
    void updateBreakdownTypes();
    // The scope box's entry for an account (0: the user's own usage), added when missing.
    int ensureScopeItem(std::optional<qint64> accountId);
    void updateScopeEnabled();

    BillingClient *m_client = nullptr;
    DashboardController *m_controller = nullptr;
    QStackedWidget *m_pages = nullptr;
    WelcomePage *m_welcome = nullptr;
    QWidget *m_dashboard = nullptr;
    QComboBox *m_scopeBox = nullptr;
    MonthRangePicker *m_rangePicker = nullptr;
    MultiSelectButton *m_spacesButton = nullptr;
    MultiSelectButton *m_typesButton = nullptr;
    StatusBanner *m_banner = nullptr;
    TotalsTiles *m_tiles = nullptr;
    DashboardPanel *m_totalsPanel = nullptr;
    QTableView *m_table = nullptr;
    PagerBar *m_pagerBar = nullptr;
    DashboardPanel *m_tablePanel = nullptr;
    TrendCharts *m_trend = nullptr;
    DashboardPanel *m_trendPanel = nullptr;
    BreakdownChart *m_breakdown = nullptr;
    QComboBox *m_breakdownType = nullptr;
    DashboardPanel *m_breakdownPanel = nullptr;
    QTabWidget *m_chartTabs = nullptr;
    QLabel *m_connectionLabel = nullptr;
    QLabel *m_progressLabel = nullptr;
    QUrl m_server;
    bool m_started = false;
    QAction *m_exportUsageAction = nullptr;
    QAction *m_exportTotalsAction = nullptr;
    QAction *m_exportReportAction = nullptr;
    QAction *m_overviewAction = nullptr;
    UsageExporter *m_usageExporter;
    TotalsExporter *m_totalsExporter;
    QProgressDialog *m_exportProgress = nullptr;
    AccountsOverviewPage *m_overview;
    SavedViewStore m_views;
    QMenu *m_openViewMenu = nullptr;
    QMenu *m_exportViewMenu = nullptr;
    QMenu *m_deleteViewMenu = nullptr;
    bool m_applyingView = false;
    std::optional<SavedView> m_startView;
    bool m_filtersRestored = false;
    Remember m_remember = Remember::Nothing;
    TokenVault *m_vault;
    QLabel *m_whoLabel = nullptr;
    QLabel *m_sessionOnlyLabel = nullptr;
    QPointer<ConnectDialog> m_connectDialog;
    QString m_username; // set when signed in with a password, for signing in again
    QDateTime m_tokenExpires;
    quint64 m_connection = 0;
    bool m_notManager = false;
};

} // namespace neuroio::ui
