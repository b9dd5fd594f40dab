#pragma once

#include "ui/dashboard/dashboardcontroller.h"

#include <QWidget>

#include <functional>

class QComboBox;
class QLineEdit;
class QSortFilterProxyModel;
class QTabWidget;
class QTableView;

namespace neuroio::ui {

class BreakdownChart;
class DashboardPanel;
class PagerBar;
class RetryBanner;
class StatusBanner;
class TotalsTiles;
class TrendCharts;

// The dashboard itself: the error banner, the totals tiles, the paged usage table, and the
// monthly trend and per-space charts, each in a panel that shows its loading, empty and
// failed states. One controller's models feed both each chart and its table view.
class DashboardPage final : public QWidget
{
    Q_OBJECT

public:
    // fileStem names a saved chart picture ("neuroio-trend_2026-01_2026-06").
    DashboardPage(DashboardController *controller, const std::function<QString(QString)> &fileStem,
                  QWidget *parent = nullptr);

    // The charts showChart() knows: "trend" and "by-space".
    static QStringList chartNames();
    // Brings a chart to the front. False for a name not in chartNames().
    bool showChart(const QString &name);
    StatusBanner *banner() const { return m_banner; }
    RetryBanner *retryBanner() const { return m_retryBanner; }
    DashboardPanel *panel(DashboardController::Panel panel) const;

    BreakdownChart *breakdownChart() const { return m_breakdown; }
    TrendCharts *trendCharts() const { return m_trend; }
    QComboBox *breakdownTopBox() const { return m_breakdownTop; }
    // The trend charts' comparison: nothing, the period before or a year earlier.
    void setTrendComparison(std::optional<PeriodChange::Against> against);
    QLineEdit *spaceSearch() const { return m_spaceSearch; }

signals:
    // "Reading usage: page 3 of 40", while the charts load; empty when done.
    void progressChanged(const QString &text);
    // A double-click on a space (a bar or a table row) or a month of a trend chart: a wish
    // to narrow the filters to it.
    void spaceActivated(qint64 spaceId);
    void monthActivated(const neuroio::Month &month);

private:
    void onStateChanged(DashboardController::Panel panel, DashboardController::State state);
    void updatePager();
    void updateSorting();
    void updateBreakdownTypes();
    void updateBreakdownSubtitle();

    DashboardController *m_controller;
    StatusBanner *m_banner;
    RetryBanner *m_retryBanner;
    TotalsTiles *m_tiles;
    DashboardPanel *m_totalsPanel;
    QTableView *m_table;
    PagerBar *m_pagerBar;
    DashboardPanel *m_tablePanel;
    TrendCharts *m_trend;
    DashboardPanel *m_trendPanel;
    BreakdownChart *m_breakdown;
    QComboBox *m_breakdownType;
    QComboBox *m_breakdownTop;
    QComboBox *m_compare;
    QLineEdit *m_spaceSearch;
    QSortFilterProxyModel *m_spaceTable;
    DashboardPanel *m_breakdownPanel;
    QTabWidget *m_chartTabs;
};

} // namespace neuroio::ui
