#pragma once

#include "core/api/apierror.h"
#include "core/insights/budget.h"
#include "core/insights/budgetstatus.h"

#include <QDateTime>
#include <QHash>
#include <QObject>

#include <optional>

namespace neuroio {
class BillingClient;
class BudgetChecker;
} // namespace neuroio

namespace neuroio::ui {

// The budgets the window shows: read from the budgets file "neuroio-billing check" reads too,
// saved back to it, and checked against the server for the dashboard's account. Keeps what
// each budget stood at last, so that a check that finds one worse (ok to at risk, or to over)
// says so once, in crossed(), and a check that finds it the same says nothing.
class BudgetMonitor final : public QObject
{
    Q_OBJECT

public:
    // A check of the same account within this long of the last one is skipped, unless forced:
    // the dashboard settles after every change of filters, which do not move a budget.
    static constexpr int kRecheckAfterSeconds = 300;

    explicit BudgetMonitor(BillingClient *client, QObject *parent = nullptr);
    ~BudgetMonitor() override;

    // Reads path's budgets (none when there is no file yet). A file that cannot be read or
    // has a problem keeps no budgets and says why in loadError(), and is never overwritten
    // unless save() is asked to.
    void load(const QString &path);
    QString path() const { return m_path; }
    QList<Budget> budgets() const { return m_budgets; }
    ApiError loadError() const { return m_loadError; }
    // Writes budgets to path() whole or not at all, and reads them back; they are checked at
    // the next check(). On an error the file and the budgets shown stay as they were.
    ApiError save(const QList<Budget> &budgets);

    // Another server or token: what was checked, and what each budget stood at, belong to
    // the one before.
    void forgetChecks();
    // Where each budget stands for accountId (empty: the token's own usage). Skipped when
    // the same account was checked within kRecheckAfterSeconds, unless force; the last
    // statuses are then said again (statusesChanged()).
    void check(std::optional<qint64> accountId, bool force = false);
    // The statuses of the last check, in the budgets' order, for checkedAccount().
    QList<BudgetStatus> statuses() const { return m_statuses; }
    std::optional<qint64> checkedAccount() const { return m_checkedAccount; }
    ApiError checkError() const { return m_checkError; }

signals:
    void budgetsChanged();
    void statusesChanged();
    // Budgets this check found worse than the last time they were checked (a budget not seen
    // before counts as ok then), most severe first. At most once a check.
    void crossed(const QList<neuroio::BudgetStatus> &worse);

private:
    void onChecked(const QList<BudgetStatus> &statuses, const ApiError &error);
    static QString keyOf(const Budget &budget, std::optional<qint64> accountId);

    BudgetChecker *m_checker;
    QString m_path;
    QList<Budget> m_budgets;
    ApiError m_loadError;
    QList<BudgetStatus> m_statuses;
    ApiError m_checkError;
    std::optional<qint64> m_checkedAccount;
    std::optional<qint64> m_runningAccount;
    QDateTime m_checkedAt;
    QHash<QString, BudgetStatus::State> m_lastState;
};

} // namespace neuroio::ui
