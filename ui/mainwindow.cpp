#include "ui/mainwindow.h"

#include "core/api/eventtype.h"
#include "core/export/totalsexporter.h"
#include "core/export/usageexporter.h"
#include "ui/accounts/accountsoverviewpage.h"
#include "ui/dashboard/breakdownchart.h"
#include "ui/dashboard/dashboardpanel.h"
#include "ui/dashboard/monthlytrendmodel.h"
#include "ui/dashboard/spacebreakdownmodel.h"
#include "ui/dashboard/totalsmodel.h"
#include "ui/dashboard/totalstiles.h"
#include "ui/dashboard/trendcharts.h"
#include "ui/dashboard/usagetablemodel.h"
#include "ui/output/chartimage.h"
#include "ui/output/exportdialog.h"
#include "ui/output/tablecopy.h"
#include "ui/session/connectdialog.h"
#include "ui/session/tokenvault.h"
#include "ui/session/welcomepage.h"
#include "ui/widgets/checkablelistmodel.h"
#include "ui/widgets/monthrangepicker.h"
#include "ui/widgets/multiselectbutton.h"
#include "ui/widgets/pagerbar.h"
#include "ui/widgets/statusbanner.h"

#include <QAction>
#include <QCheckBox>
#include <QCloseEvent>
#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenuBar>
#include <QProgressDialog>
#include <QSettings>
#include <QSignalBlocker>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

namespace neuroio::ui {

using Panel = DashboardController::Panel;
using State = DashboardController::State;

namespace {
constexpr Panel kPanels[] = {Panel::Table, Panel::Totals, Panel::Charts};
} // namespace

MainWindow::MainWindow(BillingClient *client, QWidget *parent)
    : QMainWindow(parent)
    , m_client(client)
    , m_controller(new DashboardController(client, this))
    , m_pages(new QStackedWidget(this))
    , m_welcome(new WelcomePage(this))
    , m_usageExporter(new UsageExporter(client, this))
    , m_totalsExporter(new TotalsExporter(client, this))
    , m_overview(new AccountsOverviewPage(client, this))
    , m_vault(new TokenVault(this))
{
    setWindowTitle(tr("NeuroIO Billing"));
    resize(1440, 900);
    buildMenus();
    buildToolBar();
    m_dashboard = buildDashboard();
    m_pages->addWidget(m_welcome);
    m_pages->addWidget(m_dashboard);
    m_pages->addWidget(m_overview);
    connect(m_overview, &AccountsOverviewPage::backRequested, this,
            [this] { m_pages->setCurrentWidget(m_dashboard); });
    connect(m_overview, &AccountsOverviewPage::accountOpened, this,
            [this](qint64 id) { openScope(id); });
    setCentralWidget(m_pages);

    m_connectionLabel = new QLabel(this);
    m_progressLabel = new QLabel(this);
    m_sessionOnlyLabel = new QLabel(this);
    m_sessionOnlyLabel->hide();
    statusBar()->addWidget(m_connectionLabel, 1);
    statusBar()->addPermanentWidget(m_sessionOnlyLabel);
    statusBar()->addPermanentWidget(m_progressLabel);
    connect(m_vault, &TokenVault::stored, this, [this](bool inKeychain, const QString &problem) {
        if (inKeychain || m_sessionOnlyLabel->isVisible())
            return;
        // Said once, calmly: nothing failed, the token just will not outlive this session.
        m_sessionOnlyLabel->setText(tr("Token kept for this session only"));
        m_sessionOnlyLabel->setToolTip(
            tr("No keychain answered (%1), so the token is kept in memory and forgotten when "
               "NeuroIO Billing closes. It is never written to a file.")
                .arg(problem));
        m_sessionOnlyLabel->show();
    });
    connect(m_controller, &DashboardController::authenticationFailed, this,
            &MainWindow::onAuthenticationFailed);

    connect(m_welcome, &WelcomePage::demoRequested, this, &MainWindow::demoRequested);
    connect(m_welcome, &WelcomePage::connectRequested, this, [this] { askForConnection(); });
    connect(m_controller, &DashboardController::stateChanged, this, &MainWindow::onStateChanged);
    connect(m_controller, &DashboardController::pageChanged, this, &MainWindow::updatePager);
    connect(m_controller, &DashboardController::accountsChanged, this,
            &MainWindow::onAccountsChanged);
    connect(m_controller, &DashboardController::spacesChanged, this, &MainWindow::onSpacesChanged);
    connect(m_controller, &DashboardController::chartProgressChanged, this,
            [this](const PagerProgress &p) {
                if (m_controller->state(Panel::Charts) != State::Loading)
                    return;
                const QString text
                    = p.pagesTotal > 0
                          ? tr("Reading usage: page %1 of %2").arg(p.pagesDone).arg(p.pagesTotal)
                          : tr("Reading usage: page %1").arg(p.pagesDone);
                m_progressLabel->setText(text);
                m_trendPanel->setState(State::Loading, text);
                m_breakdownPanel->setState(State::Loading, text);
            });
    connect(m_controller, &DashboardController::pageSizeCapped, this, [this](int rows) {
        statusBar()->showMessage(tr("The server gives at most %1 rows per page.").arg(rows), 8000);
    });
    connect(m_banner, &StatusBanner::retryRequested, m_controller, &DashboardController::refresh);
    connect(m_controller, &DashboardController::stateChanged, this, &MainWindow::updateActions);
    connect(m_usageExporter, &UsageExporter::progress, this, [this](const PagerProgress &p) {
        showExportProgress(tr("Exporting usage"), static_cast<int>(p.rowsDone),
                           static_cast<int>(p.rowsTotal));
    });
    connect(m_totalsExporter, &TotalsExporter::progress, this, [this](int done, int total) {
        showExportProgress(tr("Exporting totals"), done, total);
    });
    connect(m_usageExporter, &UsageExporter::finished, this, &MainWindow::onExportFinished);
    connect(m_totalsExporter, &TotalsExporter::finished, this, &MainWindow::onExportFinished);
    addCopyAction(m_table);
    for (DashboardPanel *panel : {m_totalsPanel, m_trendPanel, m_breakdownPanel})
        addCopyAction(panel->tableView());
    addSaveImageMenu(m_trend, tr("Monthly trend"),
                     [this] { return defaultFileStem(QStringLiteral("trend")); });
    addSaveImageMenu(m_breakdown, tr("Usage by space"),
                     [this] { return defaultFileStem(QStringLiteral("by-space")); });
    addSaveImageMenu(m_tiles, tr("Totals"),
                     [this] { return defaultFileStem(QStringLiteral("totals")); });
    updateActions();
    connect(m_banner, &StatusBanner::changeTokenRequested, this,
            [this] { askForConnection(QString(), m_username); });
    showWelcome();
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    m_exportUsageAction
        = file->addAction(tr("Export &usage…"), this, &MainWindow::askForUsageExport);
    m_exportUsageAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_exportUsageAction->setToolTip(tr("Every row of the current filters, all pages (Ctrl+E)"));
    m_exportTotalsAction
        = file->addAction(tr("Export &totals…"), this, &MainWindow::askForTotalsExport);
    m_exportReportAction
        = file->addAction(tr("Export &report (PDF)…"), this, &MainWindow::askForReport);
    file->addSeparator();
    QMenu *view = menuBar()->addMenu(tr("&View"));
    m_overviewAction
        = view->addAction(tr("&Accounts overview"), this, &MainWindow::showAccountsOverview);
    m_overviewAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    m_overviewAction->setEnabled(false);
    view->addSeparator();
    view->addAction(tr("&Save view…"), this, &MainWindow::askToSaveView);
    m_openViewMenu = view->addMenu(tr("&Open view"));
    view->addAction(tr("&Import view…"), this, &MainWindow::importView);
    m_exportViewMenu = view->addMenu(tr("E&xport view"));
    m_deleteViewMenu = view->addMenu(tr("&Delete view"));
    connect(view, &QMenu::aboutToShow, this, &MainWindow::fillViewMenus);
    QAction *connectAction = file->addAction(tr("&Connect…"), this, [this] { askForConnection(); });
    connectAction->setMenuRole(QAction::NoRole);
    file->addAction(tr("&Disconnect"), this, &MainWindow::disconnectFromServer);
    file->addAction(tr("&Forget saved token"), this, &MainWindow::forgetSavedToken);
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
}

void MainWindow::buildToolBar()
{
    auto *bar = addToolBar(tr("Filters"));
    bar->setObjectName(QStringLiteral("filters"));
    bar->setMovable(false);
    bar->setFloatable(false);

    m_scopeBox = new QComboBox(bar);
    m_scopeBox->setAccessibleName(tr("Scope: whose usage"));
    m_scopeBox->setMinimumContentsLength(24);
    m_scopeBox->addItem(tr("My usage"), QVariant());
    // Searchable by name or id; an account id can be typed when the list is unavailable.
    m_scopeBox->setEditable(true);
    m_scopeBox->setInsertPolicy(QComboBox::NoInsert);
    m_scopeBox->completer()->setFilterMode(Qt::MatchContains);
    m_scopeBox->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_scopeBox->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    m_scopeBox->lineEdit()->setPlaceholderText(tr("Account name or id"));
    m_scopeBox->lineEdit()->setAccessibleName(tr("Search accounts by name or id"));
    connect(m_scopeBox->lineEdit(), &QLineEdit::returnPressed, this, [this] {
        const QString text = m_scopeBox->currentText().trimmed();
        int index = m_scopeBox->findText(text, Qt::MatchContains);
        bool isNumber = false;
        const qint64 id = text.toLongLong(&isNumber);
        if (isNumber && id > 0)
            index = ensureScopeItem(id);
        if (index < 0) {
            statusBar()->showMessage(tr("No managed account matches \"%1\".").arg(text), 6000);
            return;
        }
        m_scopeBox->setCurrentIndex(index);
        emit m_scopeBox->activated(index);
    });
    auto *scopeLabel = new QLabel(tr("&Scope"), bar);
    scopeLabel->setBuddy(m_scopeBox);

    m_rangePicker = new MonthRangePicker(bar);
    m_spacesButton = new MultiSelectButton(
        {{tr("All spaces"), tr("%1 of %2 spaces"), tr("Selected spaces: %1"), tr("No spaces")},
         tr("Search spaces")},
        bar);
    m_spacesButton->setAccessibleName(tr("Spaces"));
    // Every event type is listed, so the count always has its total.
    m_typesButton = new MultiSelectButton(
        {{tr("All event types"), tr("%1 of %2 event types"), QString(), tr("No event types")},
         tr("Search event types")},
        bar);
    m_typesButton->setAccessibleName(tr("Event types"));
    QList<CheckableListModel::Item> types;
    for (EventType t : knownEventTypes())
        types.append({static_cast<int>(t), eventTypeDisplayName(static_cast<int>(t))});
    m_typesButton->setItems(types);

    auto *refresh = new QAction(tr("Refresh"), this);
    refresh->setShortcut(QKeySequence::Refresh);
    refresh->setToolTip(tr("Load everything again (F5)"));
    connect(refresh, &QAction::triggered, this, [this] {
        if (m_started)
            m_controller->refresh();
    });

    bar->addWidget(scopeLabel);
    bar->addWidget(m_scopeBox);
    bar->addSeparator();
    bar->addWidget(new QLabel(tr("Months"), bar));
    bar->addWidget(m_rangePicker);
    bar->addSeparator();
    bar->addWidget(m_spacesButton);
    bar->addWidget(m_typesButton);
    bar->addSeparator();
    bar->addAction(refresh);
    auto *spacer = new QWidget(bar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    bar->addWidget(spacer);
    m_whoLabel = new QLabel(bar);
    m_whoLabel->setAccessibleName(tr("Signed in as"));
    bar->addWidget(m_whoLabel);

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

    connect(m_scopeBox, &QComboBox::activated, this, [this] {
        // Space ids belong to one account: a new scope starts from all of its spaces.
        const QSignalBlocker blocker(m_spacesButton);
        m_spacesButton->setItems({});
        m_spacesButton->setSelectedIds({});
        updateScopeEnabled();
        applyFilters();
    });
    connect(m_rangePicker, &MonthRangePicker::rangeChanged, this, &MainWindow::applyFilters);
    connect(m_spacesButton, &MultiSelectButton::selectionApplied, this, &MainWindow::applyFilters);
    connect(m_typesButton, &MultiSelectButton::selectionApplied, this, &MainWindow::applyFilters);
}

QWidget *MainWindow::buildDashboard()
{
    auto *page = new QWidget(this);
    m_banner = new StatusBanner(page);

    m_tiles = new TotalsTiles(m_controller->totalsModel(), page);
    m_totalsPanel = new DashboardPanel(tr("Totals"), m_tiles, m_controller->totalsModel(), page);
    m_totalsPanel->setMaximumHeight(150);

    auto *tableArea = new QWidget(page);
    m_table = new QTableView(tableArea);
    m_table->setModel(m_controller->tableModel());
    m_table->setAccessibleName(tr("Usage rows"));
    m_table->setSortingEnabled(false);
    m_table->setAlternatingRowColors(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setToolTip(
        tr("Rows come in the server's order. Sorting one page would hide rows from other pages, "
           "so the columns do not sort."));
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_pagerBar = new PagerBar(tableArea);
    auto *tableLayout = new QVBoxLayout(tableArea);
    tableLayout->setContentsMargins(0, 0, 0, 0);
    tableLayout->addWidget(m_table, 1);
    tableLayout->addWidget(m_pagerBar);
    m_tablePanel = new DashboardPanel(tr("Usage"), tableArea, nullptr, page);
    m_tablePanel->setSubtitle(tr("in the server's order, one page at a time"));

    m_trend = new TrendCharts(m_controller->trendModel(), page);
    m_trendPanel
        = new DashboardPanel(tr("Monthly trend"), m_trend, m_controller->trendModel(), page);
    m_trendPanel->setSubtitle(tr("each event type on its own scale"));

    m_breakdown = new BreakdownChart(m_controller->breakdownModel(), page);
    m_breakdownPanel
        = new DashboardPanel(tr("By space"), m_breakdown, m_controller->breakdownModel(), page);
    m_breakdownType = new QComboBox(m_breakdownPanel);
    m_breakdownType->setAccessibleName(tr("Event type of the breakdown by space"));
    m_breakdownPanel->addHeaderWidget(m_breakdownType);
    connect(m_breakdownType, &QComboBox::activated, this, [this](int index) {
        m_controller->setBreakdownEventType(m_breakdownType->itemData(index).toInt());
        m_breakdownPanel->setSubtitle(
            static_cast<SpaceBreakdownModel *>(m_controller->breakdownModel())->basisText());
    });

    m_chartTabs = new QTabWidget(page);
    m_chartTabs->setAccessibleName(tr("Charts"));
    m_chartTabs->addTab(m_trendPanel, tr("Monthly trend"));
    m_chartTabs->addTab(m_breakdownPanel, tr("By space"));

    auto *splitter = new QSplitter(Qt::Horizontal, page);
    splitter->setObjectName(QStringLiteral("dashboardSplitter"));
    splitter->addWidget(m_tablePanel);
    splitter->addWidget(m_chartTabs);
    splitter->setStretchFactor(0, 5);
    splitter->setStretchFactor(1, 6);
    splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_banner);
    layout->addWidget(m_totalsPanel);
    layout->addWidget(splitter, 1);

    connect(m_pagerBar, &PagerBar::pageRequested, m_controller, &DashboardController::setPageIndex);
    connect(m_pagerBar, &PagerBar::pageSizeRequested, m_controller,
            &DashboardController::setPageSize);
    return page;
}

DashboardPanel *MainWindow::panel(Panel panel) const
{
    switch (panel) {
    case Panel::Table:
        return m_tablePanel;
    case Panel::Totals:
        return m_totalsPanel;
    case Panel::Charts:
        return m_trendPanel;
    }
    return nullptr;
}

bool MainWindow::isShowingDashboard() const
{
    return m_pages->currentWidget() == m_dashboard;
}

QStringList MainWindow::chartNames()
{
    return {QStringLiteral("trend"), QStringLiteral("by-space")};
}

bool MainWindow::showChart(const QString &name)
{
    if (name == QLatin1String("trend"))
        m_chartTabs->setCurrentWidget(m_trendPanel);
    else if (name == QLatin1String("by-space"))
        m_chartTabs->setCurrentWidget(m_breakdownPanel);
    else
        return false;
    return true;
}

void MainWindow::setCurrentMonth(Month current)
{
    m_rangePicker->setCurrentMonth(current);
}

void MainWindow::showWelcome()
{
    m_pages->setCurrentWidget(m_welcome);
    for (QToolBar *bar : findChildren<QToolBar *>())
        bar->setEnabled(false);
    m_connectionLabel->setText(tr("Not connected"));
}

void MainWindow::connectTo(const QUrl &server, const QString &token, const QString &description,
                           Remember remember)
{
    if (const ApiError problem = m_client->setBaseUrl(server); !problem.isOk()) {
        m_pages->setCurrentWidget(m_dashboard);
        m_banner->showError(problem);
        return;
    }
    m_server = server;
    m_client->cancelAll();
    m_client->setToken(token);
    ++m_connection;
    m_whoLabel->setText(tr("Connecting…"));
    const quint64 connection = m_connection;
    m_client->whoAmI(this, [this, connection](const Result<WhoAmI> &who) {
        if (connection != m_connection || who.error.isCancelled())
            return;
        if (!who.isOk()) {
            m_whoLabel->setText(tr("Not signed in"));
            m_whoLabel->setToolTip(who.error.userMessage());
            return;
        }
        // whoami decides when it speaks; when silent, the accounts list's 403 does.
        m_notManager = who.value.isManager.has_value() && !*who.value.isManager;
        if (m_notManager) {
            m_scopeBox->setToolTip(tr("This token cannot read managed accounts."));
            updateScopeEnabled();
        }
        QString role;
        if (who.value.isManager.value_or(false))
            role = tr("manager");
        else if (who.value.space)
            role = tr("space %1").arg(who.value.space->name);
        else if (who.value.accountId)
            role = tr("account %1").arg(*who.value.accountId);
        m_whoLabel->setText(role.isEmpty()
                                ? tr("Signed in as %1").arg(who.value.username)
                                : tr("Signed in as %1 (%2)").arg(who.value.username, role));
        m_whoLabel->setToolTip(
            m_tokenExpires.isValid()
                ? tr("The token expires %1")
                      .arg(QLocale().toString(m_tokenExpires.toLocalTime(), QLocale::ShortFormat))
                : QString());
    });
    saveState(); // the session this one replaces keeps what it showed
    m_remember = remember;
    if (remember == Remember::SignInToo) {
        QSettings settings;
        settings.setValue(QStringLiteral("connection/server"), server.toString());
        settings.setValue(QStringLiteral("connection/username"), m_username);
        m_vault->store(server, token);
    }
    m_connectionLabel->setText(tr("Connected to %1").arg(description));
    setWindowTitle(tr("NeuroIO Billing — %1").arg(description));
    m_pages->setCurrentWidget(m_dashboard);
    for (QToolBar *bar : findChildren<QToolBar *>())
        bar->setEnabled(true);
    m_banner->clear();

    m_applyingView = true;
    if (m_startView) {
        applyView(*std::exchange(m_startView, std::nullopt));
        m_filtersRestored = true; // the command line's filters win over remembered ones
    } else if (remember != Remember::Nothing && !m_filtersRestored) {
        m_filtersRestored = true;
        if (const auto view = m_views.viewToOpenAtStart())
            applyView(*view);
        else
            restoreState();
    }
    m_applyingView = false;
    const DashboardFilters filters = filtersFromControls();
    m_tiles->setRangeText(filters.range.toString());
    m_started = true;
    m_controller->start(filters);
}

void MainWindow::askForConnection(const QString &message, const QString &username)
{
    if (m_connectDialog) {
        m_connectDialog->raise();
        return;
    }
    auto *dialog = new ConnectDialog(m_client, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QUrl last(QSettings().value(QStringLiteral("connection/server")).toString());
    if (!m_server.isEmpty())
        dialog->setServer(m_server);
    else if (last.isValid() && !last.isEmpty())
        dialog->setServer(last);
    dialog->setUsername(username);
    dialog->setMessage(message);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        m_username = dialog->username();
        m_tokenExpires = dialog->expires();
        connectTo(dialog->server(), dialog->token(), dialog->server().host(), Remember::SignInToo);
        if (m_tokenExpires.isValid()) {
            statusBar()->showMessage(
                tr("Signed in as %1. This token expires %2.")
                    .arg(m_username,
                         QLocale().toString(m_tokenExpires.toLocalTime(), QLocale::LongFormat)),
                15000);
        }
    });
    m_connectDialog = dialog;
    dialog->open();
}

void MainWindow::onAuthenticationFailed(const ApiError &error)
{
    if (m_username.isEmpty())
        return; // a token typed in: the banner offers to enter another
    // A password sign-in whose token expired or was revoked: sign in again.
    askForConnection(tr("The server refused the token (%1). Sign in again.").arg(error.message),
                     m_username);
}

void MainWindow::restoreSavedConnection(Remember remember)
{
    const QUrl server(QSettings().value(QStringLiteral("connection/server")).toString());
    if (server.isEmpty() || !BillingClient::checkUrl(server).isOk()) {
        showWelcome();
        return;
    }
    m_username = QSettings().value(QStringLiteral("connection/username")).toString();
    auto connection = std::make_shared<QMetaObject::Connection>();
    *connection = connect(m_vault, &TokenVault::loaded, this,
                          [this, server, connection, remember](const QString &token) {
                              disconnect(*connection);
                              if (token.isEmpty())
                                  showWelcome();
                              else
                                  connectTo(server, token, server.host(), remember);
                          });
    m_vault->load(server);
}

void MainWindow::disconnectFromServer()
{
    saveState(); // before the session ends, what it showed is what the next one restores
    ++m_connection;
    m_client->cancelAll();
    m_client->setToken(QString());
    m_started = false;
    m_username.clear();
    m_whoLabel->clear();
    showWelcome();
}

void MainWindow::forgetSavedToken()
{
    if (!m_server.isEmpty())
        m_vault->forget(m_server);
    QSettings().remove(QStringLiteral("connection/username"));
    disconnectFromServer();
    statusBar()->showMessage(tr("The saved token was removed from the keychain."), 8000);
}

QString MainWindow::signedInText() const
{
    return m_whoLabel->text();
}

QString MainWindow::sessionOnlyNotice() const
{
    return m_sessionOnlyLabel->isVisible() ? m_sessionOnlyLabel->text() : QString();
}

void MainWindow::saveState() const
{
    if (!m_started || m_remember == Remember::Nothing)
        return; // nothing shown yet, or a demo or a picture: nothing to keep
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), QMainWindow::saveState());
    if (auto *splitter = findChild<QSplitter *>(QStringLiteral("dashboardSplitter")))
        settings.setValue(QStringLiteral("window/splitter"), splitter->saveState());
    settings.setValue(QStringLiteral("dashboard/pageSize"), m_controller->pageSize());
    // The last filters and scope, as a view that nobody named.
    settings.setValue(QStringLiteral("dashboard/lastFilters"),
                      QJsonDocument(currentView(QStringLiteral("last"), false).toJson())
                          .toJson(QJsonDocument::Compact));
}

void MainWindow::restoreState()
{
    QSettings settings;
    const QJsonObject last
        = QJsonDocument::fromJson(
              settings.value(QStringLiteral("dashboard/lastFilters")).toByteArray())
              .object();
    if (const auto view = SavedView::fromJson(last); view.isOk())
        applyView(view.value);
    const int pageSize = settings.value(QStringLiteral("dashboard/pageSize")).toInt();
    if (pageSize > 0)
        m_controller->setPageSize(pageSize);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveState();
    QMainWindow::closeEvent(event);
}

DashboardFilters MainWindow::filtersFromControls() const
{
    DashboardFilters filters;
    filters.range = m_rangePicker->range();
    filters.preset = m_rangePicker->preset();
    filters.spaceIds = m_spacesButton->selectedIds();
    for (qint64 type : m_typesButton->selectedIds())
        filters.eventTypes.append(static_cast<int>(type));
    const QVariant account = m_scopeBox->currentData();
    if (account.isValid())
        filters.accountId = account.toLongLong();
    return filters;
}

void MainWindow::applyFilters()
{
    if (!m_started || m_applyingView)
        return;
    const DashboardFilters filters = filtersFromControls();
    m_tiles->setRangeText(filters.range.toString());
    m_controller->setFilters(filters);
}

void MainWindow::onStateChanged(Panel panel, State state)
{
    const ApiError error = m_controller->error(panel);
    const QString detail = state == State::Failed ? error.userMessage() : QString();
    switch (panel) {
    case Panel::Table:
        m_tablePanel->setState(state, detail);
        m_pagerBar->setBusy(state == State::Loading);
        break;
    case Panel::Totals:
        m_totalsPanel->setState(state, detail);
        m_totalsPanel->setSubtitle(tr("%1, as the total endpoint reports them")
                                       .arg(m_controller->filters().range.toString()));
        break;
    case Panel::Charts:
        m_trendPanel->setState(state, detail);
        m_breakdownPanel->setState(state, detail);
        if (state == State::Ready) {
            updateBreakdownTypes();
            m_progressLabel->clear();
        }
        break;
    }
    if (state == State::Failed) {
        m_banner->showError(error);
        return;
    }
    // A reload clears the banner once no panel still holds a failure.
    if (state == State::Loading
        && std::none_of(std::begin(kPanels), std::end(kPanels),
                        [this](Panel p) { return m_controller->state(p) == State::Failed; })) {
        m_banner->clear();
    }
}

void MainWindow::updateActions()
{
    const bool connected = m_started && isShowingDashboard();
    m_exportUsageAction->setEnabled(connected);
    m_exportTotalsAction->setEnabled(connected);
    const State charts = m_controller->state(Panel::Charts);
    const State totals = m_controller->state(Panel::Totals);
    m_exportReportAction->setEnabled(connected && (charts == State::Ready || charts == State::Empty)
                                     && (totals == State::Ready || totals == State::Empty));
}

QString MainWindow::defaultFileStem(const QString &kind) const
{
    const DashboardFilters &f = m_controller->filters();
    QString name = defaultExportFileName(
        kind, f.accountId, f.range.isValid() ? std::optional<Month>(f.range.from()) : std::nullopt,
        f.range.isValid() ? std::optional<Month>(f.range.to()) : std::nullopt, QStringLiteral("x"));
    name.chop(2);
    return name;
}

void MainWindow::askForUsageExport()
{
    ExportDialog dialog(ExportDialog::Kind::Usage,
                        defaultFileStem(QStringLiteral("usage")) + QLatin1Char('.')
                            + ExportDialog::savedOptions().fileSuffix(),
                        this);
    if (dialog.exec() == QDialog::Accepted)
        exportUsage(dialog.path(), dialog.options());
}

void MainWindow::askForTotalsExport()
{
    ExportDialog dialog(ExportDialog::Kind::Totals,
                        defaultFileStem(QStringLiteral("totals")) + QLatin1Char('.')
                            + ExportDialog::savedOptions().fileSuffix(),
                        this);
    if (dialog.exec() == QDialog::Accepted)
        exportTotals(dialog.path(), dialog.options(), dialog.totalsByMonth());
}

bool MainWindow::exportUsage(const QString &path, const ExportOptions &options)
{
    const DashboardFilters &f = m_controller->filters();
    if (const ApiError error = m_usageExporter->start(f.query(), f.accountId, options, path);
        !error.isOk()) {
        m_banner->showMessage(tr("Export not started: %1").arg(error.userMessage()));
        return false;
    }
    showExportProgress(tr("Exporting usage"), 0, 0);
    return true;
}

bool MainWindow::exportTotals(const QString &path, const ExportOptions &options, bool byMonth)
{
    const DashboardFilters &f = m_controller->filters();
    if (const ApiError error
        = m_totalsExporter->start(f.query(), f.accountId, byMonth, options, path);
        !error.isOk()) {
        m_banner->showMessage(tr("Export not started: %1").arg(error.userMessage()));
        return false;
    }
    showExportProgress(tr("Exporting totals"), 0, 0);
    return true;
}

void MainWindow::showExportProgress(const QString &text, int done, int total)
{
    if (!m_exportProgress) {
        m_exportProgress = new QProgressDialog(this);
        m_exportProgress->setWindowModality(Qt::WindowModal);
        m_exportProgress->setMinimumDuration(400);
        m_exportProgress->setAutoClose(false);
        m_exportProgress->setAutoReset(false);
        connect(m_exportProgress, &QProgressDialog::canceled, this, [this] {
            m_usageExporter->cancel();
            m_totalsExporter->cancel();
        });
    }
    const QLocale locale;
    m_exportProgress->setMaximum(std::max(total, 0));
    m_exportProgress->setValue(std::min(done, std::max(total, 0)));
    m_exportProgress->setLabelText(
        total > 0 ? tr("%1: %2 of %3").arg(text, locale.toString(done), locale.toString(total))
                  : tr("%1…").arg(text));
}

void MainWindow::onExportFinished(const ExportOutcome &outcome)
{
    if (m_exportProgress) {
        m_exportProgress->deleteLater();
        m_exportProgress = nullptr;
    }
    if (outcome.isDone()) {
        statusBar()->showMessage(
            tr("Wrote %1 rows to %2").arg(QLocale().toString(outcome.rows), outcome.path), 10000);
    } else if (outcome.error.isCancelled()) {
        statusBar()->showMessage(tr("Export cancelled; nothing was written."), 10000);
    } else {
        m_banner->showMessage(tr("Export failed: %1").arg(outcome.message()));
    }
    emit exportFinished(outcome);
}

ApiError MainWindow::exportReport(const QString &path, int *pageCount)
{
    return ReportWriter::write(m_controller->reportContent(QDateTime::currentDateTime()), path,
                               pageCount);
}

void MainWindow::askForReport()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export report"),
                                                      defaultFileStem(QStringLiteral("report"))
                                                          + QStringLiteral(".pdf"),
                                                      tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return;
    int pages = 0;
    const ApiError error = exportReport(path, &pages);
    if (error.isOk())
        statusBar()->showMessage(tr("Wrote a %1-page report to %2").arg(pages).arg(path), 10000);
    else
        m_banner->showMessage(tr("Report not written: %1").arg(error.userMessage()));
}

SavedView MainWindow::currentView(const QString &name, bool openAtStart) const
{
    SavedView view;
    view.name = name;
    view.openAtStart = openAtStart;
    view.preset = m_rangePicker->preset();
    view.fixedRange = m_rangePicker->range();
    const QVariant account = m_scopeBox->currentData();
    if (account.isValid())
        view.accountId = account.toLongLong();
    view.spaceIds = m_spacesButton->selectedIds();
    for (qint64 type : m_typesButton->selectedIds())
        view.eventTypes.append(static_cast<int>(type));
    return view;
}

void MainWindow::applyView(const SavedView &view)
{
    const bool outer = !m_applyingView;
    m_applyingView = true;
    if (view.isRelative())
        m_rangePicker->setPreset(view.preset);
    else
        m_rangePicker->setRange(view.fixedRange);
    QList<qint64> types;
    for (int type : view.eventTypes)
        types.append(type);
    m_typesButton->setSelectedIds(types);
    m_scopeBox->setCurrentIndex(ensureScopeItem(view.accountId));
    m_spacesButton->setSelectedIds(view.spaceIds);
    if (outer) {
        m_applyingView = false;
        applyFilters();
    }
    if (view.name.isEmpty())
        return; // the command line's filters, which the toolbar shows
    statusBar()->showMessage(
        tr("Opened the view \"%1\"%2")
            .arg(view.name, view.isRelative() ? tr(" (%1)").arg(
                                MonthRange::describe(view.preset, Month::current()))
                                              : QString()),
        8000);
}

void MainWindow::askToSaveView()
{
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Save view"));
    auto *name = new QLineEdit(&dialog);
    name->setAccessibleName(tr("View name"));
    auto *atStart = new QCheckBox(tr("Open this view at start"), &dialog);
    auto *note
        = new QLabel(m_rangePicker->preset() == MonthRange::Preset::Custom
                         ? tr("The months stay fixed: %1.").arg(m_rangePicker->range().toString())
                         : tr("The months stay relative: \"%1\" is worked out on the day "
                              "the view is opened.")
                               .arg(MonthRange::presetName(m_rangePicker->preset())),
                     &dialog);
    note->setWordWrap(true);
    auto *buttons
        = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, &dialog);
    auto *form = new QFormLayout(&dialog);
    form->addRow(tr("&Name:"), name);
    form->addRow(QString(), atStart);
    form->addRow(note);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() != QDialog::Accepted || name->text().trimmed().isEmpty())
        return;
    const ApiError error = m_views.save(currentView(name->text().trimmed(), atStart->isChecked()));
    if (error.isOk())
        statusBar()->showMessage(tr("Saved the view \"%1\"").arg(name->text().trimmed()), 8000);
    else
        m_banner->showMessage(tr("The view was not saved: %1").arg(error.userMessage()));
}

void MainWindow::importView()
{
    const QString path
        = QFileDialog::getOpenFileName(this, tr("Import view"), QString(), tr("Views (*.json)"));
    if (path.isEmpty())
        return;
    const auto view = SavedViewStore::readFile(path);
    const ApiError error = view.isOk() ? m_views.save(view.value) : view.error;
    if (!error.isOk()) {
        m_banner->showMessage(tr("The view was not imported: %1").arg(error.userMessage()));
        return;
    }
    applyView(view.value);
}

void MainWindow::exportView(const SavedView &view)
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export view"), view.name + QStringLiteral(".json"), tr("Views (*.json)"));
    if (path.isEmpty())
        return;
    const ApiError error = SavedViewStore::writeFile(view, path);
    if (!error.isOk())
        m_banner->showMessage(tr("The view was not exported: %1").arg(error.userMessage()));
}

void MainWindow::fillViewMenus()
{
    m_openViewMenu->clear();
    m_exportViewMenu->clear();
    m_deleteViewMenu->clear();
    const QList<SavedView> views = m_views.views();
    for (const SavedView &view : views) {
        const QString label
            = view.openAtStart ? tr("%1 (opens at start)").arg(view.name) : view.name;
        m_openViewMenu->addAction(label, this, [this, view] { applyView(view); });
        m_exportViewMenu->addAction(label, this, [this, view] { exportView(view); });
        m_deleteViewMenu->addAction(label, this, [this, view] { m_views.remove(view.name); });
    }
    for (QMenu *menu : {m_openViewMenu, m_exportViewMenu, m_deleteViewMenu})
        menu->setEnabled(!views.isEmpty() && m_started);
}

void MainWindow::showAccountsOverview()
{
    if (!m_started)
        return;
    m_overview->load(m_controller->filters().query(), m_controller->filters().range.toString(),
                     m_controller->accountsAvailable()
                         ? std::optional<QList<Account>>(m_controller->accounts())
                         : std::nullopt);
    m_pages->setCurrentWidget(m_overview);
}

int MainWindow::ensureScopeItem(std::optional<qint64> accountId)
{
    if (!accountId)
        return 0;
    int index = m_scopeBox->findData(*accountId);
    if (index < 0) {
        // Not (yet) in the accounts list: named by its id, so the box says what is shown.
        m_scopeBox->addItem(tr("Account %1").arg(*accountId), *accountId);
        index = m_scopeBox->count() - 1;
    }
    return index;
}

void MainWindow::openScope(std::optional<qint64> accountId)
{
    const int index = ensureScopeItem(accountId);
    m_scopeBox->setCurrentIndex(index);
    emit m_scopeBox->activated(index);
    m_pages->setCurrentWidget(m_dashboard);
}

void MainWindow::onAccountsChanged()
{
    const QVariant current = m_scopeBox->currentData();
    const QSignalBlocker blocker(m_scopeBox);
    m_scopeBox->clear();
    m_scopeBox->addItem(tr("My usage"), QVariant());
    const ApiError error = m_controller->accountsError();
    if (m_controller->accountsAvailable()) {
        for (const Account &a : m_controller->accounts())
            m_scopeBox->addItem(tr("%1 (account %2)").arg(a.name).arg(a.id), a.id);
        m_scopeBox->setToolTip(tr("Your own usage, or that of an account you manage"));
    } else if (error.isForbidden()) {
        m_scopeBox->setToolTip(tr("This token cannot read managed accounts."));
    } else if (error.isFailure()) {
        m_scopeBox->setToolTip(
            tr("Managed accounts could not be listed: %1").arg(error.userMessage()));
    }
    // What is loaded stays selected, even an account the list does not name.
    m_scopeBox->setCurrentIndex(ensureScopeItem(
        current.isValid() ? std::optional<qint64>(current.toLongLong()) : std::nullopt));
    updateScopeEnabled();
    m_overviewAction->setEnabled(m_controller->accountsAvailable());
}

void MainWindow::updateScopeEnabled()
{
    const ApiError error = m_controller->accountsError();
    // A manager's list; a failed list (not a refusal), where a manager can type an account id;
    // or an account on screen, which anyone must be able to leave for their own usage.
    m_scopeBox->setEnabled(m_controller->accountsAvailable()
                           || (error.isFailure() && !error.isForbidden() && !m_notManager)
                           || m_scopeBox->currentIndex() > 0);
}

void MainWindow::onSpacesChanged()
{
    QList<CheckableListModel::Item> items;
    for (const Space &s : m_controller->spaces()) {
        items.append({s.id, s.name.isEmpty() ? tr("Space %1").arg(s.id)
                                             : tr("%1 (%2)").arg(s.name).arg(s.id)});
    }
    m_spacesButton->setItems(items, m_controller->spacesListed()
                                        ? CheckableListModel::Listing::Complete
                                        : CheckableListModel::Listing::Partial);
}

void MainWindow::updatePager()
{
    m_pagerBar->setPage(m_controller->pageIndex(), m_controller->pageCount(),
                        m_controller->pageSize(), m_controller->totalRows(),
                        m_controller->tableModel()->rowCount());
}

void MainWindow::updateBreakdownTypes()
{
    const QList<int> types = m_controller->trendModel()->eventTypes();
    const QSignalBlocker blocker(m_breakdownType);
    m_breakdownType->clear();
    for (int type : types)
        m_breakdownType->addItem(eventTypeDisplayName(type), type);
    m_breakdownType->setCurrentIndex(
        std::max(0, m_breakdownType->findData(m_controller->breakdownEventType())));
    m_breakdownPanel->setSubtitle(
        static_cast<SpaceBreakdownModel *>(m_controller->breakdownModel())->basisText());
}

} // namespace neuroio::ui
