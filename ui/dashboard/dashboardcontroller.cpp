#include "ui/dashboard/dashboardcontroller.h"

#include "core/api/eventtype.h"
#include "core/usage/accountlister.h"
#include "core/usage/monthlytotals.h"
#include "core/usage/usagecache.h"
#include "core/usage/usagesort.h"
#include "ui/dashboard/monthlytrendmodel.h"
#include "ui/dashboard/spacebreakdownmodel.h"
#include "ui/dashboard/totalsmodel.h"
#include "ui/dashboard/usagetablemodel.h"

#include <QTimer>

#include <algorithm>
#include <climits>

namespace neuroio::ui {

DashboardController::DashboardController(BillingClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_pager(new UsagePager(client, this))
    , m_accountLister(new AccountLister(client, this))
    , m_tableModel(new UsageTableModel(this))
    , m_totalsModel(new TotalsModel(this))
    , m_trendModel(new MonthlyTrendModel(this))
    , m_breakdownModel(new SpaceBreakdownModel(this))
    , m_spaceTableModel(new SpaceBreakdownModel(this))
    , m_monthTotals(client, this)
{
    connect(m_pager, &UsagePager::pageReady, this, [this](const UsagePage &page) {
        // Room for every row at once: growing by copies would hold two stores at the end.
        // A count no server of ours sends is not believed beyond what growth would reach.
        if (m_rows.isEmpty() && page.count)
            m_rows.reserve(std::clamp<qint64>(*page.count, 0, kRowsReservedAtMost));
        m_aggregator.add(page.results);
        m_rows.append(page.results);
    });
    connect(m_pager, &UsagePager::progress, this, &DashboardController::chartProgressChanged);
    connect(m_pager, &UsagePager::finished, this, &DashboardController::finishCharts);
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
    m_pager->cancel();
    m_monthTotals.cancel();
    m_accountLister->cancel();
    for (CallId id : {m_tableCall, m_totalsCall, m_spacesCall})
        m_client->cancel(id);
    for (Panel panel : {Panel::Table, Panel::Totals, Panel::Trend, Panel::Charts}) {
        if (state(panel) == State::Loading)
            setState(panel, State::Failed, ApiError::cancelled(QString()));
    }
}

DashboardController::~DashboardController()
{
    m_pager->disconnect(this);
    m_accountLister->disconnect(this);
    for (CallId id : {m_tableCall, m_totalsCall, m_spacesCall})
        m_client->cancel(id);
}

void DashboardController::setFilters(const DashboardFilters &filters)
{
    const bool scopeChanged = filters.accountId != m_filters.accountId;
    m_filters = filters;
    m_pageIndex = 0;
    if (scopeChanged) {
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
    return true;
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
    m_rows.clear();
    m_sortedOrder.clear();
    m_sortColumn = -1;
    if (m_rowsComplete) {
        m_rowsComplete = false;
        emit sortingAvailableChanged(false);
    }
    m_tableModel->clear();
    m_totalsModel->clear();
    m_trendModel->clear();
    m_breakdownModel->clear();
    m_spaceTableModel->clear();
    loadTable();
    loadTotals();
    loadTrend(); // before the rows, so its few requests go first
    loadCharts();
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
            || column - UsageTableModel::ColumnCount >= m_rows.extraNames().size()) {
            m_sortColumn = -1;
            m_sortedOrder.clear();
            m_pageIndex = 0;
            loadTable();
            return column < 0;
        }
        key.field = UsageSortKey::Field::Extra;
        key.extraName = m_rows.extraNames().at(column - UsageTableModel::ColumnCount);
    }
    m_sortColumn = column;
    m_sortOrder = order;
    m_sortedOrder = sortedUsageOrder(m_rows, key);
    m_pageIndex = 0;
    showSortedPage();
    return true;
}

void DashboardController::showSortedPage()
{
    m_client->cancel(m_tableCall); // a server page asked for before would land on top
    m_totalRows = m_rows.size();
    m_pageIndex = std::clamp(m_pageIndex, 0, pageCount() - 1);
    const qsizetype first = qsizetype(m_pageIndex) * m_pageSize;
    const qsizetype last = std::min<qsizetype>(m_sortedOrder.size(), first + m_pageSize);
    QList<UsageRecord> page;
    page.reserve(std::max<qsizetype>(0, last - first));
    for (qsizetype i = first; i < last; ++i)
        page.append(m_rows.record(m_sortedOrder.at(i)));
    m_tableModel->setRecords(page, m_rows.extraNames());
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
        setState(Panel::Totals, result.value.isEmpty() ? State::Empty : State::Ready);
    };
    const BillingQuery query = m_filters.query();
    m_totalsCall = m_client->usageTotal(m_filters.accountId, query, this, done);
}

UsageCacheScope DashboardController::cacheScope() const
{
    return UsageCacheScope{m_client->baseUrl().toString(), m_client->tokenFingerprint(),
                           m_filters.accountId, m_filters.spaceIds, m_filters.eventTypes};
}

bool DashboardController::isCacheable(const Month &month) const
{
    return m_cache && UsageCache::isClosed(month, m_client->serverNow());
}

void DashboardController::loadCharts()
{
    const MonthRange range = m_filters.range;
    m_aggregator.reset(range.isValid() ? std::optional<MonthRange>(range) : std::nullopt);
    setState(Panel::Charts, State::Loading);
    // Closed months the cache holds, from the first month on: only the rest is fetched.
    m_rowsFetchedFrom = range.from();
    if (range.isValid()) {
        const UsageCacheScope scope = cacheScope();
        for (Month m = range.from(); m <= range.to() && isCacheable(m); m = m.addMonths(1)) {
            const bool kept = m_cache->readRows(scope, m, [this](const UsageRecord &r) {
                m_aggregator.add(r);
                m_rows.append(r);
            });
            if (!kept)
                break;
            m_rowsFetchedFrom = m.addMonths(1);
        }
    }
    m_rowsFromCache = m_rows.size();
    if (range.isValid() && m_rowsFetchedFrom > range.to()) {
        finishCharts(ApiError());
        return;
    }
    BillingQuery query = m_filters.query();
    if (range.isValid())
        query.monthFrom = m_rowsFetchedFrom;
    m_pager->start(query, m_filters.accountId);
}

void DashboardController::keepClosedMonths(quint64 generation)
{
    const MonthRange range = m_filters.range;
    if (generation != m_generation || !m_cache || !range.isValid())
        return;
    // The fetched rows by month; a row without a month, or outside the months asked for,
    // means the server answers in a way the cache cannot split: nothing is kept.
    QHash<int, QList<int>> rowsOfMonth;
    for (qsizetype i = m_rowsFromCache; i < m_rows.size(); ++i) {
        const std::optional<Month> month = m_rows.month(i);
        if (!month || *month < m_rowsFetchedFrom || *month > range.to())
            return;
        rowsOfMonth[month->ordinal()].append(int(i));
    }
    const UsageCacheScope scope = cacheScope();
    for (Month m = m_rowsFetchedFrom; m <= range.to() && isCacheable(m); m = m.addMonths(1)) {
        QList<UsageRecord> records;
        const QList<int> rows = rowsOfMonth.value(m.ordinal());
        records.reserve(rows.size());
        for (int row : rows)
            records.append(m_rows.record(row));
        // A full disk only costs the next load its speed: the numbers come from the server.
        if (!m_cache->storeRows(scope, m, records).isOk())
            return;
    }
}

void DashboardController::loadTrend()
{
    m_monthTotals.cancel();
    m_trendMonths.clear();
    m_trendAnswers.clear();
    m_trendToFetch.clear();
    m_trendFetched = 0;
    setState(Panel::Trend, State::Loading);
    const MonthRange range = m_filters.range;
    if (!range.isValid() || range.monthCount() > kTrendMonthsFromTotalsAtMost)
        return; // the rows will draw it
    const UsageCacheScope scope = m_cache ? cacheScope() : UsageCacheScope();
    for (Month m = range.from(); m <= range.to(); m = m.addMonths(1)) {
        std::optional<UsageTotals> cached;
        if (isCacheable(m))
            cached = m_cache->totals(scope, m);
        if (!cached)
            m_trendToFetch.append(int(m_trendMonths.size()));
        m_trendMonths.append(m);
        m_trendAnswers.append(cached.value_or(UsageTotals()));
    }
    if (m_trendToFetch.isEmpty()) {
        showTrendFromTotals();
        return;
    }
    const BillingQuery query = m_filters.query();
    const std::optional<qint64> accountId = m_filters.accountId;
    m_monthTotals.start(
        static_cast<int>(m_trendToFetch.size()),
        [this, query, accountId](int index, QObject *context,
                                 BillingClient::Callback<UsageTotals> done) {
            BillingQuery month = query;
            month.monthFrom = month.monthTo = m_trendMonths.at(m_trendToFetch.at(index));
            return m_client->usageTotal(accountId, month, context, std::move(done));
        },
        [this](int index, const Result<UsageTotals> &result) { onMonthTotals(index, result); });
}

void DashboardController::onMonthTotals(int fetchIndex, const Result<UsageTotals> &result)
{
    if (result.error.isCancelled())
        return;
    if (!result.isOk()) {
        // Not a failure of the trend yet: the rows draw it when they are in, or say why not.
        m_monthTotals.cancel();
        return;
    }
    const int monthIndex = m_trendToFetch.at(fetchIndex);
    m_trendAnswers[monthIndex] = result.value;
    if (isCacheable(m_trendMonths.at(monthIndex)))
        m_cache->storeTotals(cacheScope(), m_trendMonths.at(monthIndex), result.value);
    if (++m_trendFetched == m_trendToFetch.size())
        showTrendFromTotals();
}

void DashboardController::showTrendFromTotals()
{
    if (m_rowsComplete)
        return; // the rows drew it already
    const MonthlyTotalsTrend trend
        = monthlyTrendFromTotals(m_trendMonths, m_trendAnswers, m_filters.eventTypes);
    m_trendModel->setSeries(trend.eventTypes, trend.series);
    setState(Panel::Trend, trend.anyUsage ? State::Ready : State::Empty);
}

void DashboardController::finishCharts(const ApiError &error)
{
    if (error.isCancelled())
        return;
    if (!error.isOk()) {
        // A trend the totals drew stays: its numbers do not depend on the rows.
        if (state(Panel::Trend) == State::Loading) {
            m_monthTotals.cancel();
            setState(Panel::Trend, State::Failed, error);
        }
        setState(Panel::Charts, State::Failed, error);
        return;
    }
    // The rows also know which months had no row at all: the trend says so from now on.
    // Totals still coming only go to the cache, for the next time.
    if (!m_cache)
        m_monthTotals.cancel();
    const QList<int> types = m_aggregator.shownEventTypes(m_filters.eventTypes);
    QMap<int, QList<MonthlyPoint>> series;
    for (int type : types)
        series.insert(type, m_aggregator.monthly(type));
    m_trendModel->setSeries(types, series);
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
    if (m_cache) {
        // After the charts are shown: writing the months must not hold them back.
        QTimer::singleShot(0, this,
                           [this, generation = m_generation] { keepClosedMonths(generation); });
    }
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
    return ReportContent::build(subject, m_totalsModel->totals(), m_aggregator, madeAt);
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
