#pragma once

#include "core/api/billingclient.h"
#include "core/usage/accountlister.h"
#include "core/usage/accountsoverview.h"
#include "core/usage/fanout.h"

#include <QObject>

namespace neuroio {

// Loads every managed account (an AccountLister) and then each account's totals, a few
// requests at a time (a FanOut); when asked, then each month of the range alone for each
// account that answered (a cost prices each month on its own); then the totals of the months
// before the range for each account still available (its growth). One account failing does
// not stop the others. Each start() ends with exactly one finished().
class AccountsOverviewLoader final : public QObject
{
    Q_OBJECT

public:
    explicit AccountsOverviewLoader(BillingClient *client, QObject *parent = nullptr);
    ~AccountsOverviewLoader() override;

    void setMaxInFlight(int requests)
    {
        m_totals.setMaxInFlight(requests);
        m_monthTotals.setMaxInFlight(requests);
        m_earlierTotals.setMaxInFlight(requests);
    }
    // Whether start() also reads every account's months one by one, one request per month
    // and account that answered (none more for a range of one month, whose total is its
    // month). Off by default: only a cost needs them. A month that fails makes its account
    // unavailable, so that whatever is summed over accounts is over the same ones. A range
    // without both ends has no months to read.
    void setReadMonths(bool read) { m_readMonths = read; }
    bool readsMonths() const { return m_readMonths; }
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
    void readTotals(const QList<Account> &accounts);
    // After the first pass: the range's months of every account that answered, when asked.
    void readMonthTotals();
    // An account with any request failed is unavailable: none of its figures is kept.
    void dropFailedRows();
    // The second pass: the earlier months of every account that answered, for its growth; a
    // failing account is not asked again.
    void readEarlierTotals();
    // The months before the query's, as many; invalid without both ends.
    MonthRange earlierRange() const;
    void finish(const ApiError &error);
    // Requests done (or not needed after all) of those planned, as accounts done.
    void advance(qint64 requests);

    BillingClient *m_client;
    AccountLister *m_lister;
    FanOut<UsageTotals> m_totals;
    FanOut<UsageTotals> m_monthTotals;
    FanOut<UsageTotals> m_earlierTotals;
    QList<Month> m_months; // the months to read one by one; empty when none are
    qint64 m_plannedRequests = 0;
    qint64 m_doneRequests = 0;
    bool m_readMonths = false;
    bool m_running = false;
    BillingQuery m_query;
    QList<AccountsOverview::Row> m_rows;
};

} // namespace neuroio

Q_DECLARE_METATYPE(neuroio::AccountsOverview)
