#include "ui/mainwindow.h"

#include "core/api/session.h"
#include "core/usage/usagecache.h"
#include "ui/accounts/accountsoverviewpage.h"
#include "ui/budgets/budgetactions.h"
#include "ui/costs/pricelistactions.h"
#include "ui/dashboard/dashboardcontroller.h"
#include "ui/dashboard/dashboardpage.h"
#include "ui/dashboard/filterbar.h"
#include "ui/dashboard/filterhistory.h"
#include "ui/help/helpactions.h"
#include "ui/language/languagemenu.h"
#include "ui/output/exportactions.h"
#include "ui/session/connectionsettingsdialog.h"
#include "ui/session/sessioncontroller.h"
#include "ui/session/welcomepage.h"
#include "ui/views/viewactions.h"
#include "ui/widgets/statusbanner.h"
#include "ui/widgets/windowshortcuts.h"

#include <QAction>
#include <QCloseEvent>
#include <QLabel>
#include <QMenuBar>
#include <QScreen>
#include <QScrollArea>
#include <QStackedWidget>
#include <QStatusBar>

namespace neuroio::ui {

MainWindow::MainWindow(Session *session, QWidget *parent)
    : QMainWindow(parent)
    , m_session(session)
    , m_controller(new DashboardController(session->client(), this))
    , m_sessions(new SessionController(session, this))
    , m_filterBar(new FilterBar(this))
    , m_pages(new QStackedWidget(this))
    , m_welcome(new WelcomePage(this))
    , m_dashboard(new DashboardPage(
          m_controller, [this](const QString &kind) { return m_exports->defaultFileStem(kind); },
          this))
    , m_dashboardArea(new QScrollArea(this))
    , m_overview(new AccountsOverviewPage(session->client(), this))
    , m_views(new ViewActions(m_filterBar, this))
    , m_history(new FilterHistory(m_filterBar, this))
    , m_help(new HelpActions(this))
    , m_exports(new ExportActions(m_controller, session->client(), this))
    , m_budgets(new BudgetActions(m_controller, session->client(), this))
    , m_prices(new PriceListActions(m_controller, this))
    , m_connectionLabel(new QLabel(this))
    , m_progressLabel(new QLabel(this))
    , m_sessionOnlyLabel(new QLabel(this))
    , m_whoLabel(new QLabel(this))
{
    setWindowTitle(tr("NeuroIO Billing"));
    m_session->client()->setLimits(ConnectionSettingsDialog::stored());
    // Roomy where there is room; never larger than the screen, which at 200% scale may be
    // only 960 x 540 of our pixels.
    const QSize available = screen() ? screen()->availableGeometry().size() : QSize(1440, 900);
    resize(QSize(1440, 900).boundedTo(available * 0.95));
    addToolBar(m_filterBar);
    m_whoLabel->setAccessibleName(tr("Signed in as"));
    m_connectionLabel->setAccessibleName(tr("Connection"));
    m_filterBar->addTrailingWidget(m_whoLabel);
    m_pages->addWidget(m_welcome);
    // On a small screen (200% scale) the dashboard scrolls once its parts have shrunk as far
    // as they can, rather than pushing the window past the screen's edge.
    m_dashboardArea->setWidget(m_dashboard);
    m_dashboardArea->setWidgetResizable(true);
    m_dashboardArea->setFrameShape(QFrame::NoFrame);
    m_dashboardArea->setAccessibleName(tr("Dashboard"));
    // A frame around the page, not a control: Tab goes to the controls in it, and the area
    // scrolls to show the one with the focus.
    m_dashboardArea->setFocusPolicy(Qt::NoFocus);
    m_pages->addWidget(m_dashboardArea);
    m_pages->addWidget(m_overview);
    setCentralWidget(m_pages);
    buildMenus();
    wireStatusBar();
    m_budgets->load();
    m_prices->loadKept();

    // The session: a dashboard when one opens, the first screen when it closes.
    connect(m_sessions, &SessionController::aboutToChange, this, &MainWindow::keepState);
    connect(m_sessions, &SessionController::opened, this, &MainWindow::onSessionOpened);
    connect(m_sessions, &SessionController::closed, this, &MainWindow::showWelcome);
    connect(m_sessions, &SessionController::openFailed, this, [this](const ApiError &error) {
        m_pages->setCurrentWidget(m_dashboardArea);
        m_dashboard->banner()->showError(error);
    });
    connect(m_sessions, &SessionController::whoAmIKnown, this,
            [this](const WhoAmI &who) { m_filterBar->setManager(who.isManager); });
    connect(m_controller, &DashboardController::authenticationFailed, m_sessions,
            &SessionController::onTokenRefused);
    connect(m_controller, &DashboardController::authenticationFailed, this,
            [this] { showTokenState(true); });
    connect(m_controller, &DashboardController::settled, this, [this] {
        if (!m_dashboard->banner()->isTokenProblem())
            showTokenState(false);
    });
    connect(m_dashboard->banner(), &StatusBanner::changeTokenRequested, this,
            [this] { m_sessions->askForConnection(QString(), m_session->username()); });
    connect(m_welcome, &WelcomePage::demoRequested, this, &MainWindow::demoRequested);
    connect(m_welcome, &WelcomePage::connectRequested, m_sessions,
            [this] { m_sessions->askForConnection(); });

    // The filters: what the controller loads, and what it found to choose from.
    connect(m_filterBar, &FilterBar::filtersEdited, this, &MainWindow::applyFilters);
    connect(m_filterBar, &FilterBar::refreshRequested, this, [this] {
        if (!m_started)
            return;
        m_budgets->checkAgainSoon();
        m_controller->refresh();
    });
    connect(m_views, &ViewActions::opened, this, &MainWindow::applyFilters);
    connect(m_history, &FilterHistory::filtersChanged, this, &MainWindow::applyFilters);
    connect(m_dashboard, &DashboardPage::spaceActivated, m_history, &FilterHistory::narrowToSpace);
    connect(m_dashboard, &DashboardPage::monthActivated, m_history, &FilterHistory::narrowToMonth);
    connect(m_controller, &DashboardController::accountsChanged, this, [this] {
        m_filterBar->setAccounts(m_controller->accounts(), m_controller->accountsAvailable(),
                                 m_controller->accountsError());
        m_overviewAction->setEnabled(m_controller->accountsAvailable());
    });
    connect(m_controller, &DashboardController::spacesChanged, this, [this] {
        m_filterBar->setSpaces(m_controller->spaces(), m_controller->spacesListed());
    });

    // The pages.
    connect(m_pages, &QStackedWidget::currentChanged, this, &MainWindow::updateActions);
    connect(m_overview, &AccountsOverviewPage::backRequested, this,
            [this] { m_pages->setCurrentWidget(m_dashboardArea); });
    connect(m_overview, &AccountsOverviewPage::accountOpened, this,
            [this](qint64 id) { openScope(id); });
    connect(m_controller, &DashboardController::priceListChanged, this,
            [this] { m_overview->setPriceList(m_controller->priceList()); });

    auto *next = new QAction(tr("Next page"), this);
    next->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_PageDown));
    connect(next, &QAction::triggered, this,
            [this] { m_controller->setPageIndex(m_controller->pageIndex() + 1); });
    auto *previous = new QAction(tr("Previous page"), this);
    previous->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_PageUp));
    connect(previous, &QAction::triggered, this,
            [this] { m_controller->setPageIndex(m_controller->pageIndex() - 1); });
    addAction(next);
    addAction(previous);
    addAction(m_history->backAction());
    // Every window-wide shortcut wins over a focused text field: the editable Scope box
    // used to take Ctrl+E for itself.
    auto *shortcuts = new WindowShortcuts(this);
    const QList<QAction *> actions = findChildren<QAction *>();
    for (QAction *action : actions) {
        if (!action->shortcuts().isEmpty() && action->shortcutContext() == Qt::WindowShortcut)
            shortcuts->add(action);
    }
    showWelcome();
}

MainWindow::~MainWindow() = default;

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    m_exports->addTo(file);
    file->addSeparator();
    QAction *connectAction
        = file->addAction(tr("&Connect…"), m_sessions, [this] { m_sessions->askForConnection(); });
    connectAction->setMenuRole(QAction::NoRole);
    file->addAction(tr("&Disconnect"), m_sessions, &SessionController::disconnectFromServer);
    file->addAction(tr("&Forget saved token"), m_sessions, &SessionController::forgetSavedToken);
    QAction *connectionSettings = file->addAction(tr("Connection &Settings…"), this, [this] {
        ConnectionSettingsDialog dialog(m_session->client()->limits(), this);
        if (dialog.exec() != QDialog::Accepted)
            return;
        ConnectionSettingsDialog::store(dialog.limits());
        m_session->client()->setLimits(dialog.limits());
        ConnectionSettingsDialog::storeCacheMegabytes(dialog.cacheMegabytes());
        if (m_cache)
            m_cache->setMaxBytes(qint64(dialog.cacheMegabytes()) * 1024 * 1024);
    });
    connectionSettings->setMenuRole(QAction::PreferencesRole);
    m_clearCacheAction = file->addAction(tr("C&lear Cached Usage"), this, [this] {
        if (!m_cache)
            return;
        const qint64 bytes = m_cache->bytesOnDisk();
        if (const ApiError error = m_cache->clear(); !error.isOk()) {
            statusBar()->showMessage(error.plainMessage(), 10000);
            return;
        }
        statusBar()->showMessage(
            tr("Cleared %1 MB of cached usage: closed months come from the server again.")
                .arg(QLocale().toString(double(bytes) / (1024 * 1024), 'f', 1)),
            10000);
    });
    m_clearCacheAction->setEnabled(false);
    m_clearCacheAction->setToolTip(tr("Usage of closed months is kept on this computer, for "
                                      "this server and token only; this removes it."));
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    m_overviewAction
        = view->addAction(tr("&Accounts overview"), this, &MainWindow::showAccountsOverview);
    m_overviewAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    m_overviewAction->setEnabled(false);
    view->addAction(m_history->backAction());
    // Otherwise only the toolbar area's context menu, which the keyboard cannot open, has it.
    view->addAction(m_filterBar->toggleViewAction());
    view->addSeparator();
    m_views->addTo(view);
    view->addSeparator();
    m_budgets->addTo(view);
    m_prices->addTo(view);
    view->addSeparator();
    auto *language = new LanguageMenu(this);
    language->addTo(view);
    connect(
        language, &LanguageMenu::statusMessage, this,
        [this](const QString &text, int timeoutMs) { statusBar()->showMessage(text, timeoutMs); });

    m_help->addTo(menuBar()->addMenu(tr("&Help")));
}

void MainWindow::wireStatusBar()
{
    m_sessionOnlyLabel->hide();
    statusBar()->addWidget(m_connectionLabel, 1);
    statusBar()->addPermanentWidget(m_sessionOnlyLabel);
    statusBar()->addPermanentWidget(m_progressLabel);
    const auto showMessage
        = [this](const QString &text, int timeoutMs) { statusBar()->showMessage(text, timeoutMs); };
    const auto showFailure
        = [this](const QString &text) { m_dashboard->banner()->showMessage(text); };
    connect(m_sessions, &SessionController::statusMessage, this, showMessage);
    connect(m_views, &ViewActions::statusMessage, this, showMessage);
    connect(m_exports, &ExportActions::statusMessage, this, showMessage);
    connect(m_budgets, &BudgetActions::statusMessage, this, showMessage);
    connect(m_prices, &PriceListActions::statusMessage, this, showMessage);
    connect(m_prices, &PriceListActions::failed, this, showFailure);
    connect(m_views, &ViewActions::failed, this, showFailure);
    connect(m_exports, &ExportActions::failed, this, showFailure);
    connect(m_controller, &DashboardController::pageSizeCapped, this, [this](int rows) {
        statusBar()->showMessage(tr("The server gives at most %L1 rows per page.").arg(rows), 8000);
    });
    connect(m_dashboard, &DashboardPage::progressChanged, m_progressLabel, &QLabel::setText);
    connect(m_sessions, &SessionController::signedInChanged, this,
            [this](const QString &text, const QString &toolTip) {
                m_whoText = text;
                m_whoLabel->setText(text);
                m_whoLabel->setToolTip(toolTip);
            });
    connect(m_sessions, &SessionController::sessionOnly, this,
            [this](const QString &text, const QString &toolTip) {
                m_sessionOnlyLabel->setText(text);
                m_sessionOnlyLabel->setToolTip(toolTip);
                m_sessionOnlyLabel->show();
            });
}

void MainWindow::showTokenState(bool refused)
{
    m_connectionLabel->setText(
        refused ? tr("%1 · the server refused the token").arg(m_connectionText) : m_connectionText);
    m_whoLabel->setText(refused ? tr("Token refused") : m_whoText);
}

void MainWindow::setCurrentMonth(Month current)
{
    m_filterBar->setCurrentMonth(current);
}

void MainWindow::connectTo(const QUrl &server, const QString &token, const QString &description,
                           Remember remember)
{
    m_sessions->connectTo(server, token, description, remember);
}

void MainWindow::showWelcome()
{
    m_started = false;
    m_pages->setCurrentWidget(m_welcome);
    m_filterBar->setEnabled(false);
    m_connectionText = tr("Not connected");
    m_connectionLabel->setText(m_connectionText);
    updateActions();
}

void MainWindow::onSessionOpened(const QString &description)
{
    m_budgets->sessionOpened();
    m_connectionText = tr("Connected to %1").arg(description);
    showTokenState(false);
    setWindowTitle(tr("NeuroIO Billing — %1").arg(description));
    m_pages->setCurrentWidget(m_dashboardArea);
    m_filterBar->setEnabled(true);
    m_dashboard->banner()->clear();
    if (const auto start = m_remembered.startFor(m_sessions->remember(), m_views->store())) {
        if (start->view)
            m_filterBar->showView(*start->view);
        if (start->pageSize > 0)
            m_controller->setPageSize(start->pageSize);
    }
    m_started = true;
    updateActions();
    m_history->reset();
    m_history->applied();
    m_controller->start(m_filterBar->filters());
}

void MainWindow::applyFilters()
{
    if (!m_started)
        return;
    m_history->applied();
    m_controller->setFilters(m_filterBar->filters());
}

bool MainWindow::isShowingDashboard() const
{
    return m_pages->currentWidget() == m_dashboardArea;
}

void MainWindow::updateActions()
{
    const bool dashboard = m_started && isShowingDashboard();
    m_exports->setDashboardShown(dashboard);
    m_views->setEnabled(dashboard);
    m_budgets->setEnabled(dashboard);
}

void MainWindow::showAccountsOverview()
{
    if (!m_started)
        return;
    m_overview->load(m_controller->filters().query(), m_controller->filters().range.toString(),
                     m_controller->accountsAvailable()
                         ? std::optional<QList<Account>>(m_controller->accounts())
                         : std::nullopt,
                     m_controller->priceList());
    m_pages->setCurrentWidget(m_overview);
}

void MainWindow::openScope(std::optional<qint64> accountId)
{
    m_pages->setCurrentWidget(m_dashboardArea);
    m_filterBar->selectScope(accountId);
}

void MainWindow::keepState() const
{
    if (m_started) {
        RememberedState::save(m_sessions->remember(),
                              m_filterBar->currentView(QStringLiteral("last"), false),
                              m_controller->pageSize());
    }
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    keepState();
    QMainWindow::closeEvent(event);
}

void MainWindow::setUsageCache(UsageCache *cache)
{
    m_cache = cache;
    m_controller->setCache(cache);
    m_clearCacheAction->setEnabled(cache != nullptr);
}

} // namespace neuroio::ui
