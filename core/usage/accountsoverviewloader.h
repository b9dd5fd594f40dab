#pragma once

#include "core/api/billingclient.h"
#include "core/usage/accountsoverview.h"

#include <QObject>

#include <map>

namespace neuroio {

// Loads every managed account (all pages of /v1/accounts/) and then each account's totals,
// a few requests at a time. One account failing does not stop the others.
class AccountsOverviewLoader final : public QObject
{
    Q_OBJECT

public:
    static constexpr int kDefaultMaxInFlight = 4;

    explicit AccountsOverviewLoader(BillingClient *client, QObject *parent = nullptr);
    ~AccountsOverviewLoader() override;

    void setMaxInFlight(int requests) { m_maxInFlight = std::clamp(requests, 1, 6); }
    // query's months, event types and spaces apply to every account. Without known accounts
    // it lists them first (all pages); with them (the window already has the list) it does not.
    void start(const BillingQuery &query,
               const std::optional<QList<Account>> &knownAccounts = std::nullopt);
    void cancel();
    bool isRunning() const { return m_running; }

signals:
    void progress(int accountsDone, int accountsTotal);
    // The accounts list itself failed (403 for a non-manager): error is set, overview empty.
    void finished(const neuroio::AccountsOverview &overview, const neuroio::ApiError &error);

private:
    void loadAccounts(int offset);
    void readTotals();
    void requestNext();
    void finish(const ApiError &error);

    BillingClient *m_client;
    int m_maxInFlight = kDefaultMaxInFlight;
    bool m_running = false;
    quint64 m_generation = 0;
    BillingQuery m_query;
    CallId m_accountsCall = 0;
    QList<Account> m_accounts;
    QList<AccountsOverview::Row> m_rows;
    int m_next = 0;
    int m_done = 0;
    std::map<int, CallId> m_inFlight;
};

} // namespace neuroio

Q_DECLARE_METATYPE(neuroio::AccountsOverview)
