#include "ui/dashboard/dashboardpage.h"

#include "core/api/eventtype.h"
#include "ui/dashboard/breakdownchart.h"
#include "ui/dashboard/dashboardpanel.h"
#include "ui/dashboard/monthlytrendmodel.h"
#include "ui/dashboard/spacebreakdownmodel.h"
#include "ui/dashboard/totalsmodel.h"
#include "ui/dashboard/totalstiles.h"
#include "ui/dashboard/trendcharts.h"
#include "ui/dashboard/usagetablemodel.h"
#include "ui/output/chartimage.h"
#include "ui/output/tablecopy.h"
#include "ui/widgets/modelroles.h"
#include "ui/widgets/pagerbar.h"
#include "ui/widgets/retrybanner.h"
#include "ui/widgets/statusbanner.h"

#include <QComboBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QSignalBlocker>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace neuroio::ui {

using Panel = DashboardController::Panel;
using State = DashboardController::State;

DashboardPage::DashboardPage(DashboardController *controller,
                             const std::function<QString(QString)> &fileStem, QWidget *parent)
    : QWidget(parent)
    , m_controller(controller)
    , m_banner(new StatusBanner(this))
    , m_retryBanner(new RetryBanner(this))
{
    m_tiles = new TotalsTiles(controller->totalsModel(), controller->trendModel(), this);
    m_totalsPanel = new DashboardPanel(tr("Totals"), m_tiles, controller->totalsModel(), this);
    m_totalsPanel->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    // The budgets' and the costs' columns only when there are budgets or a price list: an
    // empty column would read as "none" or "0".
    const auto hideEmptyColumns = [this] {
        const TotalsModel *totals = m_controller->totalsModel();
        for (const int column : {TotalsModel::BudgetColumn, TotalsModel::CostColumn}) {
            bool any = false;
            for (int row = 0; row < totals->rowCount() && !any; ++row)
                any = totals->index(row, column).data(HasDataRole).toBool();
            m_totalsPanel->tableView()->setColumnHidden(column, !any);
        }
    };
    connect(controller->totalsModel(), &QAbstractItemModel::modelReset, this, hideEmptyColumns);
    hideEmptyColumns();

    auto *tableArea = new QWidget(this);
    m_table = new QTableView(tableArea);
    m_table->setModel(controller->tableModel());
    m_table->setAccessibleName(tr("Usage rows"));
    m_table->setSortingEnabled(false);
    m_table->setAlternatingRowColors(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    // Sorting is the controller's, over every row; the header only shows and asks for it.
    m_table->horizontalHeader()->setSortIndicatorShown(false);
    m_table->horizontalHeader()->setSectionsClickable(false);
    connect(m_table->horizontalHeader(), &QHeaderView::sortIndicatorChanged, this,
            [this](int column, Qt::SortOrder order) {
                if (m_controller->canSort())
                    m_controller->setSort(column, order);
                updateSorting();
            });
    connect(controller, &DashboardController::sortingAvailableChanged, this,
            &DashboardPage::updateSorting);
    connect(controller, &DashboardController::chartProgressChanged, this,
            &DashboardPage::updateSorting);
    // Every column as wide as its contents, but the space's name gives way when the panel is
    // narrow (a wider style or font, a longer language), so the quantity stays in sight; the
    // whole name is in the cell's tooltip. A reset of the model's columns sets the modes again.
    const auto fitColumns = [header = m_table->horizontalHeader()] {
        header->setSectionResizeMode(QHeaderView::ResizeToContents);
        if (header->count() > UsageTableModel::SpaceColumn)
            header->setSectionResizeMode(UsageTableModel::SpaceColumn, QHeaderView::Stretch);
    };
    fitColumns();
    connect(m_table->horizontalHeader(), &QHeaderView::sectionCountChanged, this, fitColumns);
    m_pagerBar = new PagerBar(tableArea);
    auto *tableLayout = new QVBoxLayout(tableArea);
    tableLayout->setContentsMargins(0, 0, 0, 0);
    tableLayout->addWidget(m_table, 1);
    tableLayout->addWidget(m_pagerBar);
    m_tablePanel = new DashboardPanel(tr("Usage"), tableArea, nullptr, this);
    updateSorting();

    m_trend = new TrendCharts(controller->trendModel(), this);
    m_trendPanel = new DashboardPanel(tr("Monthly trend"), m_trend, controller->trendModel(), this);
    m_trendPanel->setSubtitle(tr("each event type on its own scale"));
    m_compare = new QComboBox(m_trendPanel);
    m_compare->setAccessibleName(tr("Compare the trend with"));
    m_compare->setToolTip(tr("Draw earlier months over the trend, dotted, month beside month"));
    m_compare->addItem(tr("No comparison"));
    m_compare->addItem(tr("Compare with the period before"),
                       int(PeriodChange::Against::PreviousPeriod));
    m_compare->addItem(tr("Compare with a year earlier"), int(PeriodChange::Against::YearEarlier));
    m_trendPanel->addHeaderWidget(m_compare);
    connect(m_compare, &QComboBox::activated, this, [this](int index) {
        const QVariant against = m_compare->itemData(index);
        setTrendComparison(against.isValid() ? std::optional(PeriodChange::Against(against.toInt()))
                                             : std::nullopt);
    });

    m_breakdown = new BreakdownChart(controller->breakdownModel(), this);
    // The table lists every space, sortable by any column; the chart the largest few.
    m_spaceTable = new QSortFilterProxyModel(this);
    m_spaceTable->setSourceModel(controller->spaceTableModel());
    m_spaceTable->setSortRole(RawValueRole);
    m_spaceTable->setSortLocaleAware(true);
    m_breakdownPanel = new DashboardPanel(tr("By space"), m_breakdown, m_spaceTable, this);
    QTableView *spaceTable = m_breakdownPanel->tableView();
    spaceTable->setSortingEnabled(true);
    spaceTable->sortByColumn(SpaceBreakdownModel::QuantityColumn, Qt::DescendingOrder);
    spaceTable->setToolTip(tr("Every space. Double-click a space to show only it."));
    m_breakdownType = new QComboBox(m_breakdownPanel);
    m_breakdownType->setAccessibleName(tr("Event type of the breakdown by space"));
    m_breakdownTop = new QComboBox(m_breakdownPanel);
    m_breakdownTop->setAccessibleName(tr("Spaces with a bar of their own"));
    m_breakdownTop->setToolTip(
        tr("How many of the largest spaces get a bar of their own; the rest share \"Others\""));
    for (int top : {10, 20, 50})
        m_breakdownTop->addItem(tr("Top %L1 spaces").arg(top), top);
    m_breakdownTop->addItem(tr("Every space"), 0);
    m_spaceSearch = new QLineEdit(m_breakdownPanel);
    m_spaceSearch->setPlaceholderText(tr("Find a space"));
    m_spaceSearch->setAccessibleName(tr("Find a space by name"));
    m_spaceSearch->setClearButtonEnabled(true);
    m_spaceSearch->setMaximumWidth(180);
    m_breakdownPanel->addHeaderWidget(m_spaceSearch);
    m_breakdownPanel->addHeaderWidget(m_breakdownTop);
    m_breakdownPanel->addHeaderWidget(m_breakdownType);
    connect(m_breakdownType, &QComboBox::activated, this, [this](int index) {
        m_controller->setBreakdownEventType(m_breakdownType->itemData(index).toInt());
        updateBreakdownSubtitle();
    });
    connect(m_breakdownTop, &QComboBox::activated, this, [this](int index) {
        m_controller->setBreakdownTop(m_breakdownTop->itemData(index).toInt());
    });
    connect(m_spaceSearch, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_controller->setBreakdownSearch(text);
        updateBreakdownSubtitle();
    });
    connect(m_breakdown, &BreakdownChart::spaceActivated, this, &DashboardPage::spaceActivated);
    connect(spaceTable, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        const QVariant id = index.siblingAtColumn(0).data(SpaceIdRole);
        if (id.isValid())
            emit spaceActivated(id.toLongLong());
    });
    connect(m_trend, &TrendCharts::monthActivated, this, &DashboardPage::monthActivated);
    connect(controller->spaceTableModel(), &QAbstractItemModel::modelReset, this,
            &DashboardPage::updateBreakdownSubtitle);

    m_chartTabs = new QTabWidget(this);
    m_chartTabs->setAccessibleName(tr("Charts"));
    // The tab bar, not the tab widget, takes the focus: it is what a screen reader announces.
    m_chartTabs->tabBar()->setAccessibleName(tr("Charts"));
    m_chartTabs->tabBar()->setAccessibleDescription(
        tr("The monthly trend, or the usage by space; each with a Table button for its numbers"));
    m_chartTabs->addTab(m_trendPanel, tr("Monthly trend"));
    m_chartTabs->addTab(m_breakdownPanel, tr("By space"));
    // The tab bar was made after the panels it switches: Tab reaches it before them.
    for (QWidget *w = m_trendPanel->nextInFocusChain(); w != m_trendPanel;
         w = w->nextInFocusChain()) {
        if (m_trendPanel->isAncestorOf(w) && (w->focusPolicy() & Qt::TabFocus)) {
            QWidget *before = w->previousInFocusChain();
            while (before != w && !(before->focusPolicy() & Qt::TabFocus))
                before = before->previousInFocusChain();
            if (before != w)
                setTabOrder(before, m_chartTabs->tabBar());
            break;
        }
    }

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_tablePanel);
    splitter->addWidget(m_chartTabs);
    splitter->setStretchFactor(0, 5);
    splitter->setStretchFactor(1, 6);
    splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_banner);
    layout->addWidget(m_retryBanner);
    layout->addWidget(m_totalsPanel);
    layout->addWidget(splitter, 1);

    connect(m_pagerBar, &PagerBar::pageRequested, controller, &DashboardController::setPageIndex);
    connect(m_pagerBar, &PagerBar::pageSizeRequested, controller,
            &DashboardController::setPageSize);
    connect(controller, &DashboardController::stateChanged, this, &DashboardPage::onStateChanged);
    connect(controller, &DashboardController::pageChanged, this, &DashboardPage::updatePager);
    connect(controller, &DashboardController::chartProgressChanged, this,
            [this](const PagerProgress &p) {
                if (m_controller->state(Panel::Charts) != State::Loading)
                    return;
                const QString text
                    = p.pagesTotal > 0
                          ? tr("Reading usage: page %L1 of %L2").arg(p.pagesDone).arg(p.pagesTotal)
                          : tr("Reading usage: page %L1").arg(p.pagesDone);
                if (m_controller->state(Panel::Trend) == State::Loading)
                    m_trendPanel->setState(State::Loading, text);
                m_breakdownPanel->setState(State::Loading, text);
                emit progressChanged(text);
            });
    connect(m_banner, &StatusBanner::retryRequested, controller, &DashboardController::refresh);
    connect(controller, &DashboardController::retryWaiting, m_retryBanner, &RetryBanner::showWait);
    connect(controller, &DashboardController::settled, m_retryBanner, &RetryBanner::clear);
    connect(m_retryBanner, &RetryBanner::cancelRequested, controller,
            &DashboardController::cancelLoading);

    addCopyAction(m_table);
    for (DashboardPanel *panel : {m_totalsPanel, m_trendPanel, m_breakdownPanel})
        addCopyAction(panel->tableView());
    addSaveImageMenu(m_trend, tr("Monthly trend"),
                     [fileStem] { return fileStem(QStringLiteral("trend")); });
    addSaveImageMenu(m_breakdown, tr("Usage by space"),
                     [fileStem] { return fileStem(QStringLiteral("by-space")); });
    addSaveImageMenu(m_tiles, tr("Totals"),
                     [fileStem] { return fileStem(QStringLiteral("totals")); });
}

void DashboardPage::setTrendComparison(std::optional<PeriodChange::Against> against)
{
    m_compare->setCurrentIndex(against ? m_compare->findData(int(*against)) : 0);
    m_controller->setTrendComparison(against);
}

QStringList DashboardPage::chartNames()
{
    return {QStringLiteral("trend"), QStringLiteral("by-space")};
}

bool DashboardPage::showChart(const QString &name)
{
    if (name == QLatin1String("trend"))
        m_chartTabs->setCurrentWidget(m_trendPanel);
    else if (name == QLatin1String("by-space"))
        m_chartTabs->setCurrentWidget(m_breakdownPanel);
    else
        return false;
    return true;
}

DashboardPanel *DashboardPage::panel(Panel panel) const
{
    switch (panel) {
    case Panel::Table:
        return m_tablePanel;
    case Panel::Totals:
        return m_totalsPanel;
    case Panel::Charts:
        return m_breakdownPanel;
    case Panel::Trend:
        return m_trendPanel;
    }
    return nullptr;
}

void DashboardPage::onStateChanged(Panel panel, State state)
{
    const ApiError error = m_controller->error(panel);
    // A panel says briefly that it could not load; the full error is under its Details, and
    // a refused token is the banner's to explain, once.
    const bool failed = state == State::Failed;
    const QString detail = !failed                  ? QString()
                           : error.isUnauthorized() ? tr("See the message above.")
                           : error.isCancelled()    ? tr("Loading was cancelled.")
                                                    : error.plainMessage();
    const QString technical = failed ? error.userMessage() : QString();
    switch (panel) {
    case Panel::Table:
        m_tablePanel->setState(state, detail, technical);
        m_pagerBar->setBusy(state == State::Loading);
        break;
    case Panel::Totals:
        m_totalsPanel->setState(state, detail, technical);
        m_totalsPanel->setSubtitle(tr("%1, as the total endpoint reports them")
                                       .arg(m_controller->filters().range.toString()));
        m_tiles->setRangeText(m_controller->filters().range.toString());
        break;
    case Panel::Trend:
        m_trendPanel->setState(state, detail, technical);
        break;
    case Panel::Charts:
        m_breakdownPanel->setState(state, detail, technical);
        if (state == State::Ready)
            updateBreakdownTypes();
        if (state != State::Loading)
            emit progressChanged(QString());
        break;
    }
    if (state == State::Failed) {
        m_banner->showError(error);
        return;
    }
    // A reload clears the banner once no panel still holds a failure.
    constexpr Panel kPanels[] = {Panel::Table, Panel::Totals, Panel::Trend, Panel::Charts};
    if (state == State::Loading
        && std::none_of(std::begin(kPanels), std::end(kPanels),
                        [this](Panel p) { return m_controller->state(p) == State::Failed; })) {
        m_banner->clear();
    }
}

void DashboardPage::updateSorting()
{
    QHeaderView *header = m_table->horizontalHeader();
    const bool available = m_controller->canSort();
    header->setSectionsClickable(available);
    header->setSortIndicatorShown(available && m_controller->sortColumn() >= 0);
    if (!available || m_controller->sortColumn() < 0) {
        const QSignalBlocker blocker(header);
        header->setSortIndicator(-1, Qt::AscendingOrder);
    }
    QString subtitle;
    QString tip;
    if (!available) {
        subtitle = tr("in the server's order, one page at a time");
        tip = tr("Sorting waits until every row is in (the charts are reading them): sorting "
                 "one page would hide rows from other pages.");
    } else if (m_controller->sortColumn() < 0) {
        // The rows sorting would order: the table's own count may not have answered yet.
        subtitle = tr("in the server's order · click a column to sort all %L1 rows")
                       .arg(m_controller->rowsLoaded());
        tip = tr("Click a column to sort all %L1 rows by it.").arg(m_controller->rowsLoaded());
    } else {
        subtitle = tr("all %L1 rows, sorted by %2 (%3)")
                       .arg(m_controller->rowsLoaded())
                       .arg(m_table->model()
                                ->headerData(m_controller->sortColumn(), Qt::Horizontal)
                                .toString(),
                            m_controller->sortOrder() == Qt::AscendingOrder ? tr("ascending")
                                                                            : tr("descending"));
        tip = tr("Click again to reverse the order.");
    }
    m_tablePanel->setSubtitle(subtitle);
    header->setToolTip(tip);
}

void DashboardPage::updatePager()
{
    m_pagerBar->setPage(m_controller->pageIndex(), m_controller->pageCount(),
                        m_controller->pageSize(), m_controller->totalRows(),
                        m_controller->tableModel()->rowCount());
}

void DashboardPage::updateBreakdownTypes()
{
    const QList<int> types = m_controller->trendModel()->eventTypes();
    const QSignalBlocker blocker(m_breakdownType);
    m_breakdownType->clear();
    for (int type : types)
        m_breakdownType->addItem(eventTypeDisplayName(type), type);
    m_breakdownType->setCurrentIndex(
        std::max(0, m_breakdownType->findData(m_controller->breakdownEventType())));
    updateBreakdownSubtitle();
}

void DashboardPage::updateBreakdownSubtitle()
{
    const SpaceBreakdown &b = m_controller->spaceTableModel()->breakdown();
    QString text = m_controller->spaceTableModel()->basisText();
    if (!b.match.isEmpty()) {
        text = tr("%1 · %2 of %3 spaces match \u201c%4\u201d")
                   .arg(text, QLocale().toString(b.matchCount), QLocale().toString(b.spaceCount),
                        b.match);
    } else if (b.spaceCount > 0) {
        text = tr("%1 · %2 spaces").arg(text, QLocale().toString(b.spaceCount));
    }
    m_breakdownPanel->setSubtitle(text);
}

} // namespace neuroio::ui
