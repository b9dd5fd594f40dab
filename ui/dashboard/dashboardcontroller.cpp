#include "ui/dashboard/dashboardcontroller.h"

#include "core/insights/costestimate.h"

#include "core/api/eventtype.h"
#include "core/usage/accountlister.h"
#include "core/usage/monthlytotals.h"
#include "core/usage/totalsloader.h"
#include "core/usage/usagecache.h"
#include "core/usage/usagerowsloader.h"
#include "core/usage/usagerowstore.h"
#include "core/usage/usagesort.h"
#include "ui/dashboard/monthlytrendmodel.h"
#include "ui/dashboard/spacebreakdownmodel.h"
#include "ui/dashboard/totalsmodel.h"
#include "ui/dashboard/usagetablemodel.h"

#include <algorithm>
#include <climits>
#include <utility>

namespace neuroio::ui {

DashboardController::DashboardController(BillingClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_rowsLoader(new UsageRowsLoader(client, this))
    , m_trendLoader(new TotalsLoader(client, this))
    , m_earlierTrendLoader(new TotalsLoader(client, this))
    , m_accountLister(new AccountLister(client, this))
    , m_tableModel(new UsageTableModel(this))
    , m_totalsModel(new TotalsModel(this))
    , m_trendModel(new MonthlyTrendModel(this))
    , m_breakdownModel(new SpaceBreakdownModel(this))
    , m_spaceTableModel(new SpaceBreakdownModel(this))
{
    connect(m_rowsLoader, &UsageRowsLoader::rowsAdded, this,
            [this](qsizetype first, qsizetype last) { m_aggregator.add(rows(), first, last); });
    connect(m_rowsLoader, &UsageRowsLoader::progress, this,
            &DashboardController::chartProgressChanged);
    connect(m_rowsLoader, &UsageRowsLoader::finished, this, &DashboardController::finishCharts);
    connect(m_trendLoader, &TotalsLoader::answered, this,
            [this](int index, const UsageTotals &totals) { m_trendAnswers[index] = totals; });
    connect(m_trendLoader, &TotalsLoader::finished, this, [this](const ApiError &error) {
        // A failure is not the trend's yet: the rows draw it when they are in, or say why not.
        if (error.isOk())
            showTrendFromTotals();
    });
    connect(
        m_earlierTrendLoader, &TotalsLoader::answered, this,
        [this](int index, const UsageTotals &totals) { m_earlierTrendAnswers[index] = totals; });
    connect(m_earlierTrendLoader, &TotalsLoader::finished, this,
            &DashboardController::showTrendComparison);
    connect(m_accountLister, &AccountLister::finished, this,
            &DashboardController::onAccountsListed);
    // The client is shared with exports and the accounts overview; the dashboard speaks only
    // of the waits of its own calls (their contexts are this controller or its children).
    connect(m_client, &BillingClient::retryScheduled, this, [this](const RetryNotice &notice) {
        for (const QObject *waiting = notice.context; waiting; waiting = waiting->parent()) {
            if (waiting == this) {
                emit retryWaiting(notice);
                return;
            }
        }
    });
}

void DashboardController::cancelLoading()
{
    ++m_generation;
    m_rowsLoader->cancel();
    m_trendLoader->cancel();
    m_earlierTrendLoader->cancel();
    m_pendingComparison.reset();
    m_accountLister->cancel();
    for (CallId id :
         {m_tableCall, m_totalsCall, m_previousTotalsCall, m_yearEarlierTotalsCall, m_spacesCall})
        m_client->cancel(id);
    m_comparisonsPending = 0;
    for (Panel panel : {Panel::Table, Panel::Totals, Panel::Trend, Panel::Charts}) {
        if (state(panel) == State::Loading)
            setState(panel, State::Failed, ApiError::cancelled(QString()));
    }
}

DashboardController::~DashboardController()
{
    m_rowsLoader->disconnect(this);
    m_trendLoader->disconnect(this);
    m_earlierTrendLoader->disconnect(this);
    m_accountLister->disconnect(this);
    for (CallId id :
         {m_tableCall, m_totalsCall, m_previousTotalsCall, m_yearEarlierTotalsCall, m_spacesCall})
        m_client->cancel(id);
}

void DashboardController::setCache(UsageCache *cache)
{
    m_rowsLoader->setCache(cache);
    m_trendLoader->setCache(cache);
    m_earlierTrendLoader->setCache(cache);
}

UsageCache *DashboardController::cache() const
{
    return m_rowsLoader->cache();
}

qint64 DashboardController::rowsLoaded() const
{
    return rows().size();
}

const UsageRowStore &DashboardController::rows() const
{
    return m_rowsLoader->rows();
}

void DashboardController::setFilters(const DashboardFilters &filters)
{
    const bool scopeChanged = filters.accountId != m_filters.accountId;
    m_filters = filters;
    m_pageIndex = 0;
    if (scopeChanged) {
        m_totalsModel->setBudgetStatuses({});
        m_spaces.clear();
        m_spacesListed = false;
        emit spacesChanged();
        if (!m_filters.accountId)
            loadSpaces();
    }
    reloadPanels();
}

void DashboardController::start(const DashboardFilters &filters)
{
    // A first load may be of another server or token: its budgets are checked anew.
    m_totalsModel->setBudgetStatuses({});
    m_filters = filters;
    m_pageIndex = 0;
    refresh();
}

void DashboardController::refresh()
{
    loadSpaces();
    m_accountLister->start();
    reloadPanels();
}

int DashboardController::pageCount() const
{
    return m_totalRows <= 0 ? 1 : static_cast<int>((m_totalRows + m_pageSize - 1) / m_pageSize);
}

void DashboardController::setPageIndex(int index)
{
    const int clamped = std::clamp(index, 0, pageCount() - 1);
    if (clamped == m_pageIndex && state(Panel::Table) != State::Failed)
        return;
    m_pageIndex = clamped;
    loadTable();
}

void DashboardController::setPageSize(int rows)
{
    if (rows < 1 || rows == m_pageSize)
        return;
    // The row at the top of the page stays on the page.
    const qint64 firstRow = static_cast<qint64>(m_pageIndex) * m_pageSize;
    m_pageSize = rows;
    m_pageIndex = static_cast<int>(firstRow / rows);
    if (m_generation > 0) // nothing to reload before the first start()
        loadTable();
}

void DashboardController::setBreakdownEventType(int eventType)
{
    if (eventType == m_breakdownEventType)
        return;
    m_breakdownEventType = eventType;
    if (state(Panel::Charts) == State::Ready)
        updateBreakdown();
}

DashboardController::State DashboardController::state(Panel panel) const
{
    return m_panels[static_cast<int>(panel)].state;
}

ApiError DashboardController::error(Panel panel) const
{
    return m_panels[static_cast<int>(panel)].error;
}

bool DashboardController::isSettled() const
{
    for (const PanelStatus &p : m_panels) {
        if (p.state == State::Loading || p.state == State::Idle)
            return false;
    }
    // The earlier months drawn over the trend count too: a picture or a report taken at
    // "settled" must have them.
    return m_comparisonsPending == 0 && !m_pendingComparison;
}

void DashboardController::setState(Panel panel, State state, const ApiError &error)
{
    PanelStatus &status = m_panels[static_cast<int>(panel)];
    status.state = state;
    status.error = error;
    emit stateChanged(panel, state);
    if (state == State::Failed)
        noteFailure(error);
    if (isSettled())
        emit settled();
}

void DashboardController::noteFailure(const ApiError &error)
{
    if (error.isUnauthorized())
        emit authenticationFailed(error);
}

void DashboardController::reloadPanels()
{
    ++m_generation;
    // Rows and their order belong to the old filters: sorting waits for the new rows.
    m_sortedOrder.clear();
    m_sortColumn = -1;
    if (m_rowsComplete) {
        m_rowsComplete = false;
        emit sortingAvailableChanged(false);
    }
    m_tableModel->clear();
    m_totalsModel->clear();
    m_trendModel->clear();
    showBudgetLines();
    showCosts();
    m_breakdownModel->clear();
    m_spaceTableModel->clear();
    loadTable();
    loadTotals();
    loadTrend(); // before the rows, so its few requests go first
    loadTrendComparison();
    loadCharts();
}

void DashboardController::setBudgets(const QList<Budget> &budgets)
{
    m_budgets = budgets;
    showBudgetLines();
}

void DashboardController::showBudgetLines()
{
    QList<Budget> shown;
    for (const Budget &budget : std::as_const(m_budgets)) {
        if (budget.isOnSpaces(m_filters.spaceIds))
            shown.append(budget);
    }
    m_trendModel->setBudgets(shown);
}

void DashboardController::setPriceList(const std::optional<PriceList> &prices)
{
    m_prices = prices;
    showCosts();
    emit priceListChanged();
}

void DashboardController::showCosts()
{
    QMap<int, Money> costs;
    if (m_prices) {
        for (const int type : m_trendModel->eventTypes()) {
            if (const auto cost
                = CostEstimate::ofMonths(*m_prices, type, m_trendModel->series(type)))
                costs.insert(type, *cost);
        }
    }
    m_totalsModel->setCosts(costs);
}

void DashboardController::setBudgetStatuses(const QList<BudgetStatus> &statuses,
                                            std::optional<qint64> account)
{
    m_totalsModel->setBudgetStatuses(account == m_filters.accountId ? statuses
                                                                    : QList<BudgetStatus>());
}

bool DashboardController::setSort(int column, Qt::SortOrder order)
{
    if (!m_rowsComplete)
        return false;
    UsageSortKey key;
    key.descending = order == Qt::DescendingOrder;
    switch (column) {
    case UsageTableModel::MonthColumn:
        key.field = UsageSortKey::Field::Month;
        break;
    case UsageTableModel::SpaceColumn:
        key.field = UsageSortKey::Field::Space;
        break;
    case UsageTableModel::EventTypeColumn:
        key.field = UsageSortKey::Field::EventType;
        break;
    case UsageTableModel::QuantityColumn:
        key.field = UsageSortKey::Field::Quantity;
        break;
    default:
        if (column < UsageTableModel::ColumnCount
            || column - UsageTableModel::ColumnCount >= rows().extraNames().size()) {
            m_sortColumn = -1;
            m_sortedOrder.clear();
            m_pageIndex = 0;
            loadTable();
            return column < 0;
        }
        key.field = UsageSortKey::Field::Extra;
        key.extraName = rows().extraNames().at(column - UsageTableModel::ColumnCount);
    }
    m_sortColumn = column;
    m_sortOrder = order;
    m_sortedOrder = sortedUsageOrder(rows(), key);
    m_pageIndex = 0;
    showSortedPage();
    return true;
}

void DashboardController::showSortedPage()
{
    m_client->cancel(m_tableCall); // a server page asked for before would land on top
    m_totalRows = rows().size();
    m_pageIndex = std::clamp(m_pageIndex, 0, pageCount() - 1);
    const qsizetype first = qsizetype(m_pageIndex) * m_pageSize;
    const qsizetype last = std::min<qsizetype>(m_sortedOrder.size(), first + m_pageSize);
    QList<UsageRecord> page;
    page.reserve(std::max<qsizetype>(0, last - first));
    for (qsizetype i = first; i < last; ++i)
        page.append(rows().record(m_sortedOrder.at(i)));
    m_tableModel->setRecords(page, rows().extraNames());
    emit pageChanged();
    setState(Panel::Table, m_totalRows == 0 ? State::Empty : State::Ready);
}

void DashboardController::loadTable()
{
    if (m_sortColumn >= 0 && m_rowsComplete) {
        showSortedPage();
        return;
    }
    m_client->cancel(m_tableCall);
    setState(Panel::Table, State::Loading);
    BillingQuery query = m_filters.query();
    query.limit = m_pageSize;
    query.offset = qint64(m_pageIndex) * m_pageSize;
    const quint64 generation = m_generation;
    const int requested = m_pageSize;
    auto done = [this, generation, requested](const Result<UsagePage> &result) {
        if (generation != m_generation || result.error.isCancelled())
            return;
        if (!result.isOk()) {
            m_tableModel->clear();
            setState(Panel::Table, State::Failed, result.error);
            return;
        }
        const UsagePage &page = result.value;
        m_totalRows = page.count.value_or(static_cast<qint64>(m_pageIndex) * requested
                                          + page.results.size());
        const qint64 shown = static_cast<qint64>(m_pageIndex) * requested + page.results.size();
        if (page.results.size() < requested && shown < m_totalRows && !page.results.isEmpty()) {
            // The server caps the page size: follow it, and say so.
            m_pageSize = static_cast<int>(page.results.size());
            emit pageSizeCapped(m_pageSize);
        }
        m_tableModel->setRecords(page.results);
        emit pageChanged();
        setState(Panel::Table, m_totalRows == 0 ? State::Empty : State::Ready);
    };
    m_tableCall = m_client->usagePage(m_filters.accountId, query, this, done);
}

void DashboardController::loadTotals()
{
    m_client->cancel(m_totalsCall);
    m_waitingComparisons.clear();
    m_comparisonsPending = 0;
    setState(Panel::Totals, State::Loading);
    const quint64 generation = m_generation;
    auto done = [this, generation](const Result<UsageTotals> &result) {
        if (generation != m_generation || result.error.isCancelled())
            return;
        if (!result.isOk()) {
            setState(Panel::Totals, State::Failed, result.error);
            return;
        }
        m_totalsModel->setTotals(result.value);
        // Comparisons answered first waited for these totals (the model forgets comparisons
        // when new totals come).
        const QList<std::function<void()>> waiting = std::exchange(m_waitingComparisons, {});
        for (const std::function<void()> &show : waiting)
            show();
        setState(Panel::Totals, result.value.isEmpty() ? State::Empty : State::Ready);
    };
    const BillingQuery query = m_filters.query();
    m_totalsCall = m_client->usageTotal(m_filters.accountId, query, this, done);
    loadComparison(PeriodChange::Against::PreviousPeriod, &m_previousTotalsCall);
    loadComparison(PeriodChange::Against::YearEarlier, &m_yearEarlierTotalsCall);
}

void DashboardController::loadComparison(PeriodChange::Against against, CallId *call)
{
    m_client->cancel(*call);
    const MonthRange earlier = PeriodChange::earlierRange(m_filters.range, against);
    if (!earlier.isValid())
        return;
    const quint64 generation = m_generation;
    const auto showWhenTotalsAreIn = [this](std::function<void()> show) {
        if (state(Panel::Totals) == State::Loading)
            m_waitingComparisons.append(std::move(show));
        else
            show();
    };
    // A range that takes in the month still open has a partial total: set against whole
    // months, its change would say less usage where there is only less month.
    const Month open = Month::openAt(m_client->serverNow());
    if (m_filters.range.to() >= open) {
        showWhenTotalsAreIn([this, against, earlier, open] {
            m_totalsModel->setComparisonFailed(
                against, earlier,
                tr("%1 is not over yet, so its total is partial").arg(open.toString()));
        });
        return;
    }
    BillingQuery query = m_filters.query();
    query.monthFrom = earlier.from();
    query.monthTo = earlier.to();
    auto done = [this, generation, against, earlier,
                 showWhenTotalsAreIn](const Result<UsageTotals> &result) {
        if (generation != m_generation || result.error.isCancelled())
            return;
        --m_comparisonsPending;
        showWhenTotalsAreIn([this, against, earlier, result] {
            if (result.isOk())
                m_totalsModel->setComparison(against, earlier, result.value);
            else
                m_totalsModel->setComparisonFailed(against, earlier, result.error.plainMessage());
        });
        if (isSettled())
            emit settled();
    };
    ++m_comparisonsPending;
    *call = m_client->usageTotal(m_filters.accountId, query, this, done);
}

void DashboardController::loadCharts()
{
    const MonthRange range = m_filters.range;
    m_aggregator.reset(range.isValid() ? std::optional<MonthRange>(range) : std::nullopt);
    setState(Panel::Charts, State::Loading);
    m_rowsLoader->start(m_filters.query(), m_filters.accountId);
}

void DashboardController::loadTrend()
{
    m_trendLoader->cancel();
    m_trendAnswers.clear();
    setState(Panel::Trend, State::Loading);
    const MonthRange range = m_filters.range;
    if (!range.isValid() || range.monthCount() > kTrendMonthsFromTotalsAtMost)
        return; // the rows will draw it
    if (m_trendLoader->start(m_filters.query(), m_filters.accountId, TotalsLoader::Split::ByMonth)
            .isOk()) {
        m_trendAnswers = QList<UsageTotals>(m_trendLoader->answerCount());
    }
}

void DashboardController::setTrendComparison(std::optional<PeriodChange::Against> against)
{
    if (against == m_trendComparison)
        return;
    m_trendComparison = against;
    loadTrendComparison();
}

void DashboardController::loadTrendComparison()
{
    m_earlierTrendLoader->cancel();
    m_pendingComparison.reset();
    m_trendModel->setComparison(std::nullopt);
    const MonthRange range = m_filters.range;
    if (!m_trendComparison || !range.isValid())
        return;
    MonthlyTrendModel::Comparison comparison;
    comparison.against = *m_trendComparison;
    comparison.earlier = PeriodChange::earlierRange(range, *m_trendComparison);
    if (range.monthCount() > kTrendMonthsFromTotalsAtMost) {
        comparison.failure
            = tr("not drawn for more than %n months", "", kTrendMonthsFromTotalsAtMost);
        m_trendModel->setComparison(comparison);
        return;
    }
    BillingQuery query = m_filters.query();
    query.monthFrom = comparison.earlier.from();
    query.monthTo = comparison.earlier.to();
    if (const ApiError error
        = m_earlierTrendLoader->start(query, m_filters.accountId, TotalsLoader::Split::ByMonth);
        !error.isOk()) {
        comparison.failure = error.plainMessage();
        m_trendModel->setComparison(comparison);
        return;
    }
    m_earlierTrendAnswers = QList<UsageTotals>(m_earlierTrendLoader->answerCount());
    m_pendingComparison = comparison;
}

void DashboardController::showTrendComparison(const ApiError &error)
{
    if (error.isCancelled() || !m_pendingComparison)
        return;
    MonthlyTrendModel::Comparison comparison = *m_pendingComparison;
    m_pendingComparison.reset();
    if (!error.isOk()) {
        comparison.failure = error.plainMessage();
    } else {
        comparison.series = monthlyTrendFromTotals(m_earlierTrendLoader->months(),
                                                   m_earlierTrendAnswers, m_filters.eventTypes)
                                .series;
    }
    m_trendModel->setComparison(comparison);
    if (isSettled())
        emit settled();
}

void DashboardController::showTrendFromTotals()
{
    if (m_rowsComplete)
        return; // the rows drew it already
    const MonthlyTotalsTrend trend
        = monthlyTrendFromTotals(m_trendLoader->months(), m_trendAnswers, m_filters.eventTypes);
    m_trendModel->setServerNow(m_client->serverNow());
    m_trendModel->setSeries(trend.eventTypes, trend.series);
    showCosts();
    setState(Panel::Trend, trend.anyUsage ? State::Ready : State::Empty);
}

void DashboardController::finishCharts(const ApiError &error)
{
    if (error.isCancelled())
        return;
    if (!error.isOk()) {
        // A trend the totals drew stays: its numbers do not depend on the rows.
        if (state(Panel::Trend) == State::Loading) {
            m_trendLoader->cancel();
            setState(Panel::Trend, State::Failed, error);
        }
        setState(Panel::Charts, State::Failed, error);
        return;
    }
    // The rows also know which months had no row at all: the trend says so from now on.
    // Totals still coming only go to the cache, for the next time.
    if (!cache())
        m_trendLoader->cancel();
    const QList<int> types = m_aggregator.shownEventTypes(m_filters.eventTypes);
    QMap<int, QList<MonthlyPoint>> series;
    for (int type : types)
        series.insert(type, m_aggregator.monthly(type));
    m_trendModel->setServerNow(m_client->serverNow());
    m_trendModel->setSeries(types, series);
    showCosts();
    setState(Panel::Trend, m_aggregator.rowsAdded() == 0 ? State::Empty : State::Ready);
    if (!types.contains(m_breakdownEventType))
        m_breakdownEventType = types.first();
    updateBreakdown();

    if (m_filters.accountId) {
        // The API has no space list for a managed account: the spaces are those in its usage.
        QList<Space> merged = m_spaces;
        for (const Space &s : m_aggregator.spacesSeen()) {
            if (std::none_of(merged.cbegin(), merged.cend(),
                             [&s](const Space &m) { return m.id == s.id; })) {
                merged.append(s);
            }
        }
        if (merged != m_spaces) {
            m_spaces = merged;
            emit spacesChanged();
        }
    }
    m_rowsComplete = true;
    emit sortingAvailableChanged(true);
    setState(Panel::Charts, m_aggregator.rowsAdded() == 0 ? State::Empty : State::Ready);
}

void DashboardController::setBreakdownTop(int spaces)
{
    if (spaces == m_breakdownTop)
        return;
    m_breakdownTop = spaces;
    if (state(Panel::Charts) == State::Ready)
        updateBreakdown();
}

void DashboardController::setBreakdownSearch(const QString &text)
{
    if (text == m_breakdownSearch)
        return;
    m_breakdownSearch = text;
    if (state(Panel::Charts) == State::Ready)
        updateBreakdown();
}

void DashboardController::updateBreakdown()
{
    // Every space once, sorted once: the table lists them all, the chart the largest few.
    const SpaceBreakdown every
        = m_aggregator.breakdown(m_breakdownEventType, INT_MAX, m_breakdownSearch);
    m_spaceTableModel->setBreakdown(every);
    m_breakdownModel->setBreakdown(m_breakdownTop > 0 ? every.top(m_breakdownTop) : every);
}

void DashboardController::loadSpaces()
{
    m_client->cancel(m_spacesCall);
    if (m_filters.accountId)
        return;
    m_spacesCall = m_client->spaces(this, [this](const Result<QList<Space>> &result) {
        if (result.error.isCancelled() || m_filters.accountId)
            return;
        if (!result.isOk()) {
            // The space filter then offers only "All spaces"; the panels report the cause.
            noteFailure(result.error);
            return;
        }
        m_spaces = result.value;
        m_spacesListed = true;
        std::sort(m_spaces.begin(), m_spaces.end(), [](const Space &a, const Space &b) {
            return a.name.localeAwareCompare(b.name) < 0;
        });
        emit spacesChanged();
    });
}

ReportContent DashboardController::reportContent(const QDateTime &madeAt) const
{
    ReportSubject subject;
    subject.range = m_filters.range;
    subject.accountId = m_filters.accountId;
    subject.accounts = m_accounts;
    subject.spaceIds = m_filters.spaceIds;
    subject.spacesListed = m_spacesListed ? static_cast<int>(m_spaces.size()) : -1;
    subject.eventTypes = m_filters.eventTypes;
    // What the tiles and the trend charts show, and nothing fetched again.
    ReportInsights insights;
    insights.previousPeriod = m_totalsModel->comparison(PeriodChange::Against::PreviousPeriod);
    insights.yearEarlier = m_totalsModel->comparison(PeriodChange::Against::YearEarlier);
    insights.openMonth = m_trendModel->openMonth();
    for (const int type : m_trendModel->eventTypes())
        insights.forecasts.insert(type, m_trendModel->forecast(type));
    insights.budgets = m_budgets;
    insights.budgetStatuses = m_totalsModel->budgetStatuses();
    if (m_prices) {
        QMap<int, Money> costs;
        for (const int type : m_trendModel->eventTypes()) {
            if (const std::optional<Money> cost = m_totalsModel->cost(type))
                costs.insert(type, *cost);
        }
        insights.costs = costs;
        for (const TypePrice &price : m_prices->prices)
            insights.pricedTypes.append(price.eventType);
    }
    return ReportContent::build(subject, m_totalsModel->totals(), m_aggregator, madeAt, insights);
}

void DashboardController::onAccountsListed(const Result<QList<Account>> &accounts)
{
    if (accounts.error.isCancelled())
        return;
    m_accountsAvailable = accounts.isOk();
    m_accountsError = accounts.error;
    m_accounts = accounts.value;
    if (!accounts.isOk())
        noteFailure(accounts.error);
    emit accountsChanged();
}

} // namespace neuroio::ui
