#include "ui/budgets/budgetmonitor.h"

#include "core/api/billingclient.h"
#include "core/insights/budgetchecker.h"
#include "core/insights/budgetfile.h"

#include <QFileInfo>

#include <algorithm>

namespace neuroio::ui {

BudgetMonitor::BudgetMonitor(BillingClient *client, QObject *parent)
    : QObject(parent)
    , m_checker(new BudgetChecker(client, this))
{
    connect(m_checker, &BudgetChecker::finished, this, &BudgetMonitor::onChecked);
}

BudgetMonitor::~BudgetMonitor() = default;

void BudgetMonitor::load(const QString &path)
{
    m_checker->cancel();
    m_path = path;
    m_loadError = {};
    m_budgets.clear();
    if (QFileInfo::exists(path)) {
        const Result<QList<Budget>> read = BudgetFile::read(path);
        if (read.isOk())
            m_budgets = read.value;
        else
            m_loadError = read.error;
    }
    m_statuses.clear();
    m_checkedAt = {};
    m_checkError = {};
    emit budgetsChanged();
    emit statusesChanged();
}

ApiError BudgetMonitor::save(const QList<Budget> &budgets)
{
    if (ApiError error = BudgetFile::write(m_path, budgets); !error.isOk())
        return error;
    load(m_path);
    return {};
}

QString BudgetMonitor::keyOf(const Budget &budget, std::optional<qint64> accountId)
{
    QStringList spaces;
    for (const qint64 id : budget.spaceIds)
        spaces.append(QString::number(id));
    return QStringLiteral("%1|%2|%3|%4|%5")
        .arg(accountId ? QString::number(*accountId) : QString())
        .arg(budget.eventType)
        .arg(spaces.join(QLatin1Char(',')), QString::number(budget.limit, 'g', 17), budget.name);
}

void BudgetMonitor::forgetChecks()
{
    m_checker->cancel();
    m_statuses.clear();
    m_checkedAt = {};
    m_checkedAccount.reset();
    m_checkError = {};
    m_lastState.clear();
    emit statusesChanged();
}

void BudgetMonitor::check(std::optional<qint64> accountId, bool force)
{
    if (m_budgets.isEmpty())
        return;
    if (m_checker->isRunning()) {
        if (m_runningAccount == accountId && !force)
            return;
        // A check of an account no longer shown: its answer would only be dropped.
        m_checker->cancel();
    }
    if (!force && m_checkedAt.isValid() && m_checkedAccount == accountId
        && m_checkedAt.secsTo(QDateTime::currentDateTimeUtc()) < kRecheckAfterSeconds) {
        // Whoever showed another account since has forgotten these: say them again.
        emit statusesChanged();
        return;
    }
    m_runningAccount = accountId;
    if (const ApiError error = m_checker->start(m_budgets, accountId); !error.isOk())
        onChecked({}, error);
}

void BudgetMonitor::onChecked(const QList<BudgetStatus> &statuses, const ApiError &error)
{
    // A cancelled check (new budgets, another account) leaves the last answer showing.
    if (error.kind == ApiError::Kind::Cancelled)
        return;
    m_checkedAccount = m_runningAccount;
    // A failed check is tried again at the next load, not five minutes later.
    m_checkedAt = error.isOk() ? QDateTime::currentDateTimeUtc() : QDateTime();
    m_checkError = error;
    m_statuses = statuses;
    QList<BudgetStatus> worse;
    for (const BudgetStatus &status : statuses) {
        const QString key = keyOf(status.budget, m_checkedAccount);
        const BudgetStatus::State before = m_lastState.value(key, BudgetStatus::State::Ok);
        if (status.state > before)
            worse.append(status);
        m_lastState.insert(key, status.state);
    }
    std::stable_sort(worse.begin(), worse.end(), [](const BudgetStatus &a, const BudgetStatus &b) {
        return a.state > b.state;
    });
    emit statusesChanged();
    if (!worse.isEmpty())
        emit crossed(worse);
}

} // namespace neuroio::ui
