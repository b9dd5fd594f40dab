#pragma once

#include "core/api/billingquery.h"
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

// Every managed account side by side for the dashboard's months and event types.
class AccountsOverviewPage final : public QWidget
{
    Q_OBJECT

public:
    AccountsOverviewPage(BillingClient *client, QWidget *parent = nullptr);

    // accounts: the list the window already has; empty to list them here.
    void load(const BillingQuery &query, const QString &rangeText,
              const std::optional<QList<Account>> &accounts = std::nullopt);
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

    AccountsOverviewLoader *m_loader;
    AccountsOverviewModel *m_model;
    TotalLastProxyModel *m_proxy;
    QTableView *m_view;
    QLabel *m_title;
    QLabel *m_status;
    BillingQuery m_query;
};

} // namespace neuroio::ui
