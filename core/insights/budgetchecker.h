#pragma once

#include "core/api/billingclient.h"
#include "core/insights/budgetstatus.h"
#include "core/usage/totalsloader.h"

#include <QObject>

#include <optional>

namespace neuroio {

// Where each budget stands, from the server: the total endpoint month by month, the month
// still open and the 12 closed before it (the forecast's window), once per set of spaces the
// budgets name. What "neuroio-billing check" reports.
//
// Every start() that returns no error ends with exactly one finished(): a status per budget in
// the budgets' order, or the first error (and no statuses), or cancelled.
class BudgetChecker final : public QObject
{
    Q_OBJECT

public:
    // Closed months fetched before the open one: the most the forecast uses.
    static constexpr int kClosedMonths = 12;

    explicit BudgetChecker(BillingClient *client, QObject *parent = nullptr);
    ~BudgetChecker() override;

    // accountId: a managed account, or empty for the token's own usage. A run going is
    // cancelled first. An error, and no finished(), when there is nothing to check.
    ApiError start(const QList<Budget> &budgets, std::optional<qint64> accountId);
    void cancel();
    bool isRunning() const { return m_running; }

signals:
    void finished(const QList<neuroio::BudgetStatus> &statuses, const neuroio::ApiError &error);

private:
    void startScope();
    void onScopeFinished(const ApiError &error);
    void finish(const ApiError &error);

    BillingClient *m_client;
    TotalsLoader *m_loader;
    QList<Budget> m_budgets;
    std::optional<qint64> m_accountId;
    Month m_openMonth;
    QList<QList<qint64>> m_scopes; // the distinct space sets, each sorted
    int m_scope = 0;
    QList<UsageTotals> m_answers; // the scope running: by month, from m_openMonth - 12
    QList<std::optional<BudgetStatus>> m_statuses;
    bool m_reopened = false; // asked again once for the month open by the server's clock
    bool m_running = false;
};

} // namespace neuroio
