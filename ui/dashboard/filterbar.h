#pragma once

#include "core/api/account.h"
#include "core/api/apierror.h"
#include "core/api/space.h"
#include "core/views/savedview.h"
#include "ui/dashboard/dashboardfilters.h"

#include <QToolBar>

#include <optional>

class QComboBox;

namespace neuroio::ui {

class MonthRangePicker;
class MultiSelectButton;

// The filter controls: whose usage (a searchable scope box that also takes an account id),
// the months, the spaces and the event types. It says when a person changed them
// (filtersEdited) and shows what it is given (the accounts, the spaces, a view); it never
// loads anything itself.
class FilterBar final : public QToolBar
{
    Q_OBJECT

public:
    explicit FilterBar(QWidget *parent = nullptr);

    DashboardFilters filters() const;
    // The filters as a view; a preset range stays relative.
    SavedView currentView(const QString &name, bool openAtStart) const;
    // Shows a view's filters without saying filtersEdited: whoever shows it applies it.
    void showView(const SavedView &view);
    // Picks a scope as a person would (filtersEdited follows); 0 for the user's own usage.
    void selectScope(std::optional<qint64> accountId);
    // Presets resolve against this month; the default is the current one.
    void setCurrentMonth(Month current);
    // The month relative ranges are worked out against.
    Month currentMonth() const;

    // The accounts list answered (available), or why not: a refusal (403) means the token is
    // not a manager's; another failure still lets a manager type an account id.
    void setAccounts(const QList<Account> &accounts, bool available, const ApiError &error);
    // whoami's word: a token that is not a manager's has no scope to pick.
    void setManager(std::optional<bool> isManager);
    // listed: the server's whole list; otherwise only the spaces seen in the usage.
    void setSpaces(const QList<Space> &spaces, bool listed);
    // Puts a widget (who is signed in) at the far end, after the controls.
    void addTrailingWidget(QWidget *widget);

signals:
    void filtersEdited();
    void refreshRequested();

private:
    int ensureScopeItem(std::optional<qint64> accountId);
    void updateScopeEnabled();
    void onScopeTyped();
    void onScopePicked();
    void edited();

    QComboBox *m_scopeBox;
    MonthRangePicker *m_rangePicker;
    MultiSelectButton *m_spacesButton;
    MultiSelectButton *m_typesButton;
    bool m_accountsAvailable = false;
    ApiError m_accountsError;
    bool m_notManager = false;
    bool m_showing = false;
    std::optional<qint64> m_scope; // the scope last picked or shown
};

} // namespace neuroio::ui
