#pragma once

#include "core/api/apierror.h"
#include "core/api/result.h"
#include "core/insights/budget.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

class QJsonValue;

namespace neuroio {

// The budgets file, JSON, kept beside the saved views (budgets.json), which "neuroio-billing
// check" reads:
//   {"format": "neuroio-billing-budgets", "version": 1,
//    "budgets": [{"name": "...", "event_type": "api-calls", "spaces": [12], "limit": 5000000}]}
// name and spaces are optional; event_type is a machine name or a number.
class BudgetFile final
{
    Q_DECLARE_TR_FUNCTIONS(neuroio::BudgetFile)

public:
    // Every problem is named with where it is ("budgets[2].limit: ...") and nothing is taken
    // from a file with a problem.
    static Result<QList<Budget>> fromJson(const QByteArray &json);
    // path's budgets; an unreadable file is a ReadFailed error naming the path.
    static Result<QList<Budget>> read(const QString &path);
    static QByteArray toJson(const QList<Budget> &budgets);
    // Writes budgets to path whole or not at all (writeWholeFileMakingFolder): an earlier file
    // stays as it was when anything fails.
    static ApiError write(const QString &path, const QList<Budget> &budgets);
    // budgets.json beside the saved views' folder: where check looks without --budgets.
    static QString defaultPath();

private:
    static Result<Budget> budgetFrom(const QJsonValue &value, qsizetype at);
};

} // namespace neuroio
