#pragma once

#include "core/api/account.h"
#include "core/api/apierror.h"
#include "core/api/billingclient.h"
#include "core/api/space.h"
#include "core/export/reportcontent.h"
#include "core/insights/budget.h"
#include "core/insights/budgetstatus.h"
#include "core/insights/pricelist.h"
#include "core/usage/periodchange.h"
#include "core/usage/usageaggregator.h"
#include "core/usage/usagepager.h"
#include "ui/dashboard/dashboardfilters.h"
#include "ui/dashboard/monthlytrendmodel.h"

#include <QObject>

#include <functional>

namespace neuroio {
class AccountLister;
class TotalsLoader;
class UsageCache;
class UsageRowsLoader;
class UsageRowStore;
} // namespace neuroio

namespace neuroio::ui {

class SpaceBreakdownModel;
class TotalsModel;
class UsageTableModel;

// Turns the filter state into requests and the answers into models. Owns no widget. Every
// change of filters cancels what is in flight for the old ones, and answers that arrive for
// old filters are dropped, so the panels never show numbers that do not match the filters.
class DashboardController final : public QObject
{
    Q_OBJECT

public:
    // Trend: the monthly trend, from the total endpoint a month at a time (or from the rows
    // when the range is open or very long). Charts: what needs every row (usage by space,
    // sorting, the report).
    enum class Panel { Table, Totals, Charts, Trend };
    Q_ENUM(Panel)
    enum class State { Idle, Loading, Ready, Empty, Failed };
    Q_ENUM(State)

    static constexpr int kDefaultPageSize = 50;
    // Beyond this many months, the trend waits for the rows instead of asking for each month.
    static constexpr int kTrendMonthsFromTotalsAtMost = 240;

    explicit DashboardController(BillingClient *client, QObject *parent = nullptr);
    ~DashboardController() override;

    UsageTableModel *tableModel() const { return m_tableModel; }
    TotalsModel *totalsModel() const { return m_totalsModel; }
    MonthlyTrendModel *trendModel() const { return m_trendModel; }
    // The chart's bars: the largest spaces and "Others".
    SpaceBreakdownModel *breakdownModel() const { return m_breakdownModel; }
    // Every space (that matches the search), for the table beside the chart.
    SpaceBreakdownModel *spaceTableModel() const { return m_spaceTableModel; }
    const UsageAggregator &aggregator() const { return m_aggregator; }

    // Where closed months' rows and totals are read from and kept; null (the default) for
    // none. Not owned; it must outlive the controller or be unset first.
    void setCache(UsageCache *cache);
    UsageCache *cache() const;

    const DashboardFilters &filters() const { return m_filters; }
    // The first load: the lists (spaces, managed accounts) and every panel.
    void start(const DashboardFilters &filters);
    // Reloads every panel; a change of scope reloads the space list too.
    void setFilters(const DashboardFilters &filters);
    // Reloads the lists (spaces, managed accounts) and every panel.
    void refresh();
    // Stops every request of the dashboard; the panels still loading fail as cancelled, and
    // refresh() loads them again.
    void cancelLoading();

    int pageIndex() const { return m_pageIndex; }
    int pageSize() const { return m_pageSize; }
    int pageCount() const;
    qint64 totalRows() const { return m_totalRows; }
    // Every row read for the charts so far: all of them once canSort().
    qint64 rowsLoaded() const;
    void setPageIndex(int index);
    void setPageSize(int rows);

    // Sorting the usage table: over every row, so only once every row is in (the charts load
    // them all). Until then the table pages in the server's order, and setSort() refuses.
    bool canSort() const { return m_rowsComplete; }
    // column: a UsageTableModel column, or past ColumnCount an extra field. -1: server order.
    bool setSort(int column, Qt::SortOrder order);
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }

    int breakdownEventType() const { return m_breakdownEventType; }
    void setBreakdownEventType(int eventType);
    // How many spaces get a bar of their own before "Others"; 0 for every space.
    void setBreakdownTop(int spaces);
    // Narrows the chart and the table to spaces whose name contains text.
    void setBreakdownSearch(const QString &text);

    // The budgets; those on exactly the spaces shown are drawn on the trend charts.
    void setBudgets(const QList<Budget> &budgets);
    // Where the budgets stand for account (empty: the token's own usage): shown on the tiles
    // while the dashboard shows that account, and forgotten when it changes to another.
    void setBudgetStatuses(const QList<BudgetStatus> &statuses, std::optional<qint64> account);

    // The earlier months drawn over the trend charts: the period before, a year earlier, or
    // none (the default). Loaded a month at a time, as the trend is.
    void setTrendComparison(std::optional<PeriodChange::Against> against);

    // The user's own prices: with them, the totals estimate each type's cost over the range
    // from its months (CostEstimate), once the monthly trend is in.
    void setPriceList(const std::optional<PriceList> &prices);
    const std::optional<PriceList> &priceList() const { return m_prices; }

    State state(Panel panel) const;
    ApiError error(Panel panel) const;
    bool isSettled() const;

    // What a report of the current filters says, from the numbers the panels show.
    ReportContent reportContent(const QDateTime &madeAt) const;

    QList<Space> spaces() const { return m_spaces; }
    // True when spaces() is the server's whole list; a managed account's spaces are only
    // those seen in its usage, since the API does not list them.
    bool spacesListed() const { return m_spacesListed; }
    QList<Account> accounts() const { return m_accounts; }
    // False until the accounts list answered, and after it was refused (not a manager).
    bool accountsAvailable() const { return m_accountsAvailable; }
    ApiError accountsError() const { return m_accountsError; }

signals:
    void stateChanged(neuroio::ui::DashboardController::Panel panel,
                      neuroio::ui::DashboardController::State state);
    void pageChanged();
    void chartProgressChanged(const neuroio::PagerProgress &progress);
    void spacesChanged();
    void accountsChanged();
    // Every panel has an answer (or an error), and so have the totals the tiles' changes are
    // against: nothing is loading.
    void settled();
    // The token was refused (401) by any request.
    void authenticationFailed(const neuroio::ApiError &error);
    // The server gives fewer rows per page than asked.
    void pageSizeCapped(int rows);
    // Every row is in (true), or the filters changed and they are loading again (false).
    void sortingAvailableChanged(bool available);
    // While the dashboard loads, the client waits to try a request again.
    void retryWaiting(const neuroio::RetryNotice &notice);
    // setPriceList() was given another list, or none.
    void priceListChanged();

private:
    struct PanelStatus
    {
        State state = State::Idle;
        ApiError error;
    };

    void reloadPanels();
    void loadTable();
    void showSortedPage();
    void loadTotals();
    // The totals of the months before the range, or a year earlier, for the tiles' changes.
    void loadComparison(PeriodChange::Against against, CallId *call);
    void loadCharts();
    void loadTrend();
    void showTrendFromTotals();
    void loadTrendComparison();
    void showTrendComparison(const ApiError &error);
    void loadSpaces();
    void onAccountsListed(const Result<QList<Account>> &accounts);
    void finishCharts(const ApiError &error);
    void updateBreakdown();
    void setState(Panel panel, State state, const ApiError &error = {});
    void showBudgetLines();
    void showCosts();
    void noteFailure(const ApiError &error);

    const UsageRowStore &rows() const;

    BillingClient *m_client;
    UsageRowsLoader *m_rowsLoader;
    TotalsLoader *m_trendLoader;
    TotalsLoader *m_earlierTrendLoader;
    AccountLister *m_accountLister;
    UsageTableModel *m_tableModel;
    TotalsModel *m_totalsModel;
    MonthlyTrendModel *m_trendModel;
    SpaceBreakdownModel *m_breakdownModel;
    SpaceBreakdownModel *m_spaceTableModel;
    UsageAggregator m_aggregator;
    QList<UsageTotals> m_trendAnswers; // one per month of the trend loader, in order
    std::optional<PeriodChange::Against> m_trendComparison;
    QList<UsageTotals> m_earlierTrendAnswers;
    // The comparison loading, filled in when its months are in.
    std::optional<MonthlyTrendModel::Comparison> m_pendingComparison;

    DashboardFilters m_filters;
    quint64 m_generation = 0;
    CallId m_tableCall = 0;
    CallId m_totalsCall = 0;
    CallId m_previousTotalsCall = 0;
    CallId m_yearEarlierTotalsCall = 0;
    // Comparisons answered before the range's own totals, shown once those are in.
    QList<std::function<void()>> m_waitingComparisons;
    // Comparisons asked for and not answered: until they are, the dashboard is not settled
    // (a report made then would lack its changes).
    int m_comparisonsPending = 0;
    CallId m_spacesCall = 0;
    int m_pageIndex = 0;
    int m_pageSize = kDefaultPageSize;
    qint64 m_totalRows = 0;
    // Every row of the filters is in the rows loader (the charts read them all).
    bool m_rowsComplete = false;
    QList<int> m_sortedOrder;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    int m_breakdownEventType = 1;
    int m_breakdownTop = 10;
    QString m_breakdownSearch;
    PanelStatus m_panels[4];

    QList<Budget> m_budgets;
    std::optional<PriceList> m_prices;

    QList<Space> m_spaces;
    bool m_spacesListed = false;
    QList<Account> m_accounts;
    bool m_accountsAvailable = false;
    ApiError m_accountsError;
};

} // namespace neuroio::ui
