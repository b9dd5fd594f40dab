#include "app/checkcommand.h"

#include "app/commandlist.h"
#include "app/commandsession.h"
#include "core/insights/budgetchecker.h"
#include "core/insights/budgetfile.h"
#include "core/usage/accountlister.h"

#include <QTextStream>

#include <algorithm>

namespace neuroio::app {

namespace {

struct Checked
{
    QList<BudgetStatus> statuses;
    ApiError error;
};

// Runs the checker to its one finished() (or Ctrl+C).
Checked checkOnce(BudgetChecker &checker, const QList<Budget> &budgets,
                  std::optional<qint64> accountId)
{
    Checked checked;
    bool finished = false;
    const QMetaObject::Connection connection
        = QObject::connect(&checker, &BudgetChecker::finished, &checker,
                           [&](const QList<BudgetStatus> &statuses, const ApiError &error) {
                               checked = Checked{statuses, error};
                               finished = true;
                               QCoreApplication::quit();
                           });
    if (const ApiError problem = checker.start(budgets, accountId); !problem.isOk()) {
        QObject::disconnect(connection);
        return Checked{{}, problem};
    }
    if (!finished)
        QCoreApplication::exec();
    QObject::disconnect(connection);
    return checked;
}

Result<QList<Account>> listAccounts(AccountLister &lister)
{
    Result<QList<Account>> accounts;
    bool finished = false;
    QObject::connect(&lister, &AccountLister::finished, &lister,
                     [&](const Result<QList<Account>> &result) {
                         accounts = result;
                         finished = true;
                         QCoreApplication::quit();
                     });
    lister.start();
    if (!finished)
        QCoreApplication::exec();
    return accounts;
}

} // namespace

int CheckCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("%1\n\n%2\n\n%3")
            .arg(tr("Says where each budget stands in the month open now, by the server's "
                    "clock: one line per budget, \"ok\", \"at risk\" or \"over\". A monthly "
                    "limit (API calls) is at risk when the month so far, carried to its end, "
                    "would pass it; a ceiling (storage, licenses) when the trend of the last "
                    "closed months crosses it within three months. Meant for cron and CI: it "
                    "needs no display and no terminal."),
                 CommandSession::tokenHelp(),
                 tr("Exit codes:\n"
                    "  0    every budget is ok (or at risk, without --warn-exit)\n"
                    "  1    a budget is over (or at risk, with --warn-exit)\n"
                    "  2    bad arguments or an unreadable or malformed budgets file; the\n"
                    "       message names the place\n"
                    "  3    the token was refused, or lacks the permission (not a manager)\n"
                    "  4    network, TLS, timeout or malformed-response error\n"
                    "  130  interrupted (Ctrl+C)")));
    parser.addHelpOption();
    CommandSession session;
    session.addCommonOptions(parser, FilterArguments::Options::AccountOnly);
    parser.addOptions({
        {QStringLiteral("budgets"),
         tr("The budgets file (JSON; default: budgets.json beside the saved views, %1).")
             .arg(BudgetFile::defaultPath()),
         tr("file")},
        {QStringLiteral("all-accounts"),
         tr("Check every managed account in turn (manager tokens); each line starts with "
            "the account.")},
        {QStringLiteral("warn-exit"), tr("Exit with 1 when a budget is at risk, too.")},
    });
    QStringList args = arguments;
    args.removeAt(1); // the word "check"
    if (!parser.parse(args)) {
        CommandSession::printError(parser.errorText());
        return ExitBadArguments;
    }
    if (asksForHelp(parser)) {
        printHelp(parser, QStringLiteral("neuroio-billing check"));
        return ExitOk;
    }
    const bool allAccounts = parser.isSet(QStringLiteral("all-accounts"));
    if (allAccounts && parser.isSet(QStringLiteral("account"))) {
        CommandSession::printError(tr("--all-accounts and --account exclude each other"));
        return ExitBadArguments;
    }
    const QString path = parser.isSet(QStringLiteral("budgets"))
                             ? parser.value(QStringLiteral("budgets"))
                             : BudgetFile::defaultPath();
    const Result<QList<Budget>> budgets = BudgetFile::read(path);
    if (!budgets.isOk()) {
        CommandSession::printError(budgets.error.userMessage());
        return ExitBadArguments;
    }
    if (budgets.value.isEmpty()) {
        CommandSession::printError(tr("%1 holds no budget").arg(path));
        return ExitBadArguments;
    }
    if (!session.configure(parser))
        return CommandSession::exitCodeFor(session.error());

    // One handler for Ctrl+C, whatever is running then.
    AccountLister lister(session.client());
    BudgetChecker checker(session.client());
    session.catchInterrupt([&lister, &checker] {
        lister.cancel();
        checker.cancel();
    });
    QList<std::optional<Account>> scopes;
    if (allAccounts) {
        const Result<QList<Account>> accounts = listAccounts(lister);
        if (!accounts.isOk()) {
            CommandSession::printError(accounts.error.userMessage());
            return CommandSession::exitCodeFor(accounts.error);
        }
        if (accounts.value.isEmpty()) {
            CommandSession::printError(tr("--all-accounts: this token manages no account"));
            return ExitOk;
        }
        for (const Account &account : accounts.value)
            scopes.append(account);
    } else if (session.accountId()) {
        scopes.append(Account{*session.accountId(), QString()});
    } else {
        scopes.append(std::nullopt);
    }

    QTextStream out(stdout);
    bool anyOver = false;
    bool anyAtRisk = false;
    for (const std::optional<Account> &account : scopes) {
        if (session.wasInterrupted()) {
            CommandSession::printError(tr("interrupted"));
            return ExitInterrupted;
        }
        const Checked checked = checkOnce(checker, budgets.value,
                                          account ? std::optional(account->id) : std::nullopt);
        if (!checked.error.isOk()) {
            CommandSession::printError(checked.error.isCancelled() ? tr("interrupted")
                                                                   : checked.error.userMessage());
            return CommandSession::exitCodeFor(checked.error);
        }
        for (const BudgetStatus &status : checked.statuses) {
            anyOver = anyOver || status.state == BudgetStatus::State::Over;
            anyAtRisk = anyAtRisk || status.state == BudgetStatus::State::AtRisk;
            if (allAccounts) {
                out << tr("account %1 (%2): %3", "an account's id and name, a budget's line")
                           .arg(account->id)
                           .arg(account->name, status.text())
                    << '\n';
            } else {
                out << status.text() << '\n';
            }
        }
        out.flush();
    }
    const bool warnExit = parser.isSet(QStringLiteral("warn-exit"));
    return anyOver || (warnExit && anyAtRisk) ? ExitBudgetNotOk : ExitOk;
}

} // namespace neuroio::app
