#pragma once

#include "core/api/billingquery.h"
#include "core/insights/pricelist.h"
#include "core/usage/accountsoverview.h"

#include <QWidget>

class QLabel;
class QTableView;

namespace neuroio {
class AccountsOverviewLoader;
class BillingClient;
} // namespace neuroio

namespace neuroio::ui {

class AccountsOverviewModel;
class TotalLastProxyModel;

// Every managed account side by side for the dashboard's months and event types; with the
// user's price list, each account's estimated cost too.
class AccountsOverviewPage final : public QWidget
{
    Q_OBJECT

public:
    explicit AccountsOverviewPage(BillingClient *client, QWidget *parent = nullptr);

    // accounts: the list the window already has; empty to list them here. prices: the
    // dashboard's price list; with one, each account's months are read too, to price them.
    void load(const BillingQuery &query, const QString &rangeText,
              const std::optional<QList<Account>> &accounts = std::nullopt,
              const std::optional<PriceList> &prices = std::nullopt);
    // Another price list (or none) for the overview shown: priced again from the months it
    // has, or loaded again when it has none.
    void setPriceList(const std::optional<PriceList> &prices);
    AccountsOverviewModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QString statusText() const;
    QString defaultFileStem() const;

signals:
    void accountOpened(qint64 accountId);
    void backRequested();
    void loaded();

private:
    void exportCsv();
    // The model and the status line for overview, costs priced at m_prices.
    void showOverview(const AccountsOverview &overview);

    AccountsOverviewLoader *m_loader;
    AccountsOverviewModel *m_model;
    TotalLastProxyModel *m_proxy;
    QTableView *m_view;
    QLabel *m_title;
    QLabel *m_status;
    BillingQuery m_query;
    QString m_rangeText;
    std::optional<QList<Account>> m_accounts;
    std::optional<PriceList> m_prices;
    ApiError m_error;          // the last load's
    bool m_loaded = false;     // load() was called
    bool m_monthsRead = false; // the overview shown has each account's months
};

} // namespace neuroio::ui
