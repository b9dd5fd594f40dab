#include "core/insights/budgetchecker.h"

#include "core/usage/monthlytotals.h"

#include <algorithm>

namespace neuroio {

namespace {

QList<qint64> scopeOf(const Budget &budget)
{
    QList<qint64> spaces = budget.spaceIds;
    std::sort(spaces.begin(), spaces.end());
    return spaces;
}

} // namespace

BudgetChecker::BudgetChecker(BillingClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_loader(new TotalsLoader(client, this))
{
    connect(m_loader, &TotalsLoader::answered, this,
            [this](int index, const UsageTotals &totals) { m_answers[index] = totals; });
    connect(m_loader, &TotalsLoader::finished, this, &BudgetChecker::onScopeFinished);
}

BudgetChecker::~BudgetChecker()
{
    m_loader->disconnect(this);
}

ApiError BudgetChecker::start(const QList<Budget> &budgets, std::optional<qint64> accountId)
{
    if (m_running)
        cancel();
    if (budgets.isEmpty())
        return ApiError::invalidInput(tr("there is no budget to check"));
    m_budgets = budgets;
    m_accountId = accountId;
    // Until the server has answered, this machine's clock says which month is open.
    m_openMonth = Month::openAt(m_client->serverNow());
    m_scopes.clear();
    for (const Budget &budget : budgets) {
        if (!m_scopes.contains(scopeOf(budget)))
            m_scopes.append(scopeOf(budget));
    }
    m_statuses = QList<std::optional<BudgetStatus>>(budgets.size());
    m_scope = 0;
    m_reopened = false;
    m_running = true;
    startScope();
    return {};
}

void BudgetChecker::cancel()
{
    // The loader running ends with its one finished(), cancelled, and so does this.
    if (m_running)
        m_loader->cancel();
}

void BudgetChecker::startScope()
{
    BillingQuery query;
    query.monthFrom = m_openMonth.addMonths(-kClosedMonths);
    query.monthTo = m_openMonth;
    query.spaceIds = m_scopes[m_scope];
    for (const Budget &budget : m_budgets) {
        if (scopeOf(budget) == m_scopes[m_scope] && !query.eventTypes.contains(budget.eventType))
            query.eventTypes.append(budget.eventType);
    }
    m_answers = QList<UsageTotals>(kClosedMonths + 1);
    if (const ApiError problem = m_loader->start(query, m_accountId, TotalsLoader::Split::ByMonth);
        !problem.isOk()) {
        finish(problem);
    }
}

void BudgetChecker::onScopeFinished(const ApiError &error)
{
    if (!error.isOk()) {
        finish(error);
        return;
    }
    const QDateTime now = m_client->serverNow();
    // The months were chosen by this machine's clock; the server's, known now, decides which
    // month is open. Across a month's end they may differ: then once more, by the server's.
    if (Month::openAt(now) != m_openMonth && !m_reopened) {
        m_reopened = true;
        m_openMonth = Month::openAt(now);
        m_statuses = QList<std::optional<BudgetStatus>>(m_budgets.size());
        m_scope = 0;
        startScope();
        return;
    }
    QList<int> types;
    for (const Budget &budget : m_budgets) {
        if (scopeOf(budget) == m_scopes[m_scope])
            types.append(budget.eventType);
    }
    const MonthlyTotalsTrend trend = monthlyTrendFromTotals(m_loader->months(), m_answers, types);
    for (qsizetype i = 0; i < m_budgets.size(); ++i) {
        const Budget &budget = m_budgets[i];
        if (scopeOf(budget) != m_scopes[m_scope])
            continue;
        const QList<MonthlyPoint> points = trend.series.value(budget.eventType);
        std::optional<double> open;
        QList<MonthlyPoint> closed;
        for (const MonthlyPoint &point : points) {
            if (point.month == m_openMonth) {
                if (point.rows != 0)
                    open = point.quantity;
            } else {
                closed.append(point);
            }
        }
        m_statuses[i] = BudgetStatus::of(budget, closed, open, now);
    }
    if (++m_scope < m_scopes.size()) {
        startScope();
        return;
    }
    finish(ApiError{});
}

void BudgetChecker::finish(const ApiError &error)
{
    m_running = false;
    QList<BudgetStatus> statuses;
    if (error.isOk()) {
        for (const std::optional<BudgetStatus> &status : m_statuses)
            statuses.append(*status);
    }
    m_statuses.clear();
    m_answers.clear();
    emit finished(statuses, error);
}

} // namespace neuroio
