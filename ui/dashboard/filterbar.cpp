#include "ui/dashboard/filterbar.h"

#include "core/api/eventtype.h"
#include "ui/widgets/checkablelistmodel.h"
#include "ui/widgets/monthrangepicker.h"
#include "ui/widgets/multiselectbutton.h"

#include <QAction>
#include <QComboBox>
#include <QCompleter>
#include <QLabel>
#include <QLineEdit>
#include <QSignalBlocker>
#include <QToolTip>

namespace neuroio::ui {

FilterBar::FilterBar(QWidget *parent)
    : QToolBar(tr("Filters"), parent)
    , m_scopeBox(new QComboBox(this))
    , m_rangePicker(new MonthRangePicker(this))
    , m_spacesButton(new MultiSelectButton(
          {{tr("All spaces"), tr("%1 of %2 spaces"), tr("Selected spaces: %1"), tr("No spaces")},
           tr("Search spaces")},
          this))
    // Every event type is listed, so the count always has its total.
    , m_typesButton(new MultiSelectButton(
          {{tr("All event types"), tr("%1 of %2 event types"), QString(), tr("No event types")},
           tr("Search event types")},
          this))
{
    setObjectName(QStringLiteral("filters"));
    setMovable(false);
    setFloatable(false);

    m_scopeBox->setAccessibleName(tr("Scope: whose usage"));
    m_scopeBox->setMinimumContentsLength(24);
    m_scopeBox->addItem(tr("My usage"), QVariant());
    // Searchable by name or id; an account id can be typed when the list is unavailable.
    m_scopeBox->setEditable(true);
    m_scopeBox->setInsertPolicy(QComboBox::NoInsert);
    m_scopeBox->completer()->setFilterMode(Qt::MatchContains);
    m_scopeBox->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_scopeBox->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    m_scopeBox->lineEdit()->setPlaceholderText(tr("Account name or id"));
    m_scopeBox->lineEdit()->setAccessibleName(tr("Search accounts by name or id"));
    auto *scopeLabel = new QLabel(tr("&Scope"), this);
    scopeLabel->setBuddy(m_scopeBox);

    m_spacesButton->setAccessibleName(tr("Spaces"));
    m_typesButton->setAccessibleName(tr("Event types"));
    QList<CheckableListModel::Item> types;
    for (EventType t : knownEventTypes())
        types.append({static_cast<int>(t), eventTypeDisplayName(static_cast<int>(t))});
    m_typesButton->setItems(types);

    auto *refresh = new QAction(tr("Refresh"), this);
    refresh->setShortcut(QKeySequence::Refresh);
    refresh->setToolTip(tr("Load everything again (F5)"));
    connect(refresh, &QAction::triggered, this, &FilterBar::refreshRequested);

    addWidget(scopeLabel);
    addWidget(m_scopeBox);
    addSeparator();
    addWidget(new QLabel(tr("Months"), this));
    addWidget(m_rangePicker);
    addSeparator();
    addWidget(m_spacesButton);
    addWidget(m_typesButton);
    addSeparator();
    addAction(refresh);

    connect(m_scopeBox->lineEdit(), &QLineEdit::returnPressed, this, &FilterBar::onScopeTyped);
    connect(m_scopeBox, &QComboBox::activated, this, &FilterBar::onScopePicked);
    connect(m_rangePicker, &MonthRangePicker::rangeChanged, this, &FilterBar::edited);
    connect(m_spacesButton, &MultiSelectButton::selectionApplied, this, &FilterBar::edited);
    connect(m_typesButton, &MultiSelectButton::selectionApplied, this, &FilterBar::edited);
}

void FilterBar::edited()
{
    if (!m_showing)
        emit filtersEdited();
}

DashboardFilters FilterBar::filters() const
{
    DashboardFilters filters;
    filters.range = m_rangePicker->range();
    filters.preset = m_rangePicker->preset();
    filters.spaceIds = m_spacesButton->selectedIds();
    for (qint64 type : m_typesButton->selectedIds())
        filters.eventTypes.append(static_cast<int>(type));
    const QVariant account = m_scopeBox->currentData();
    if (account.isValid())
        filters.accountId = account.toLongLong();
    return filters;
}

SavedView FilterBar::currentView(const QString &name, bool openAtStart) const
{
    const DashboardFilters current = filters();
    SavedView view;
    view.name = name;
    view.openAtStart = openAtStart;
    view.preset = current.preset;
    view.fixedRange = current.range;
    view.accountId = current.accountId;
    view.spaceIds = current.spaceIds;
    view.eventTypes = current.eventTypes;
    return view;
}

void FilterBar::showView(const SavedView &view)
{
    m_showing = true;
    if (view.isRelative())
        m_rangePicker->setPreset(view.preset);
    else
        m_rangePicker->setRange(view.fixedRange);
    QList<qint64> types;
    for (int type : view.eventTypes)
        types.append(type);
    m_typesButton->setSelectedIds(types);
    m_scopeBox->setCurrentIndex(ensureScopeItem(view.accountId));
    m_scope = view.accountId;
    m_spacesButton->setSelectedIds(view.spaceIds);
    updateScopeEnabled();
    m_showing = false;
}

void FilterBar::selectScope(std::optional<qint64> accountId)
{
    m_scopeBox->setCurrentIndex(ensureScopeItem(accountId));
    onScopePicked();
}

void FilterBar::onScopePicked()
{
    // The box activates an item on Return as well as through our search: one pick, one load.
    const std::optional<qint64> scope = filters().accountId;
    if (scope == m_scope)
        return;
    m_scope = scope;
    // Space ids belong to one account: a new scope starts from all of its spaces.
    {
        const QSignalBlocker blocker(m_spacesButton);
        m_spacesButton->setItems({});
        m_spacesButton->setSelectedIds({});
    }
    updateScopeEnabled();
    edited();
}

void FilterBar::setCurrentMonth(Month current)
{
    m_rangePicker->setCurrentMonth(current);
}

Month FilterBar::currentMonth() const
{
    return m_rangePicker->currentMonth();
}

void FilterBar::onScopeTyped()
{
    const QString text = m_scopeBox->currentText().trimmed();
    int index = m_scopeBox->findText(text, Qt::MatchContains);
    bool isNumber = false;
    const qint64 id = text.toLongLong(&isNumber);
    if (isNumber && id > 0)
        index = ensureScopeItem(id);
    if (index < 0) {
        QToolTip::showText(m_scopeBox->mapToGlobal(QPoint(0, m_scopeBox->height())),
                           tr("No managed account matches \"%1\".").arg(text), m_scopeBox);
        return;
    }
    selectScope(index == 0 ? std::nullopt
                           : std::optional<qint64>(m_scopeBox->itemData(index).toLongLong()));
}

int FilterBar::ensureScopeItem(std::optional<qint64> accountId)
{
    if (!accountId)
        return 0;
    int index = m_scopeBox->findData(*accountId);
    if (index < 0) {
        // Not (yet) in the accounts list: named by its id, so the box says what is shown.
        m_scopeBox->addItem(tr("Account %1").arg(*accountId), *accountId);
        index = m_scopeBox->count() - 1;
    }
    return index;
}

void FilterBar::setAccounts(const QList<Account> &accounts, bool available, const ApiError &error)
{
    m_accountsAvailable = available;
    m_accountsError = error;
    const QVariant current = m_scopeBox->currentData();
    const QSignalBlocker blocker(m_scopeBox);
    m_scopeBox->clear();
    m_scopeBox->addItem(tr("My usage"), QVariant());
    if (available) {
        for (const Account &a : accounts)
            m_scopeBox->addItem(tr("%1 (account %2)").arg(a.name).arg(a.id), a.id);
        m_scopeBox->setToolTip(tr("Your own usage, or that of an account you manage"));
    } else if (error.isForbidden()) {
        m_scopeBox->setToolTip(tr("This token cannot read managed accounts."));
    } else if (error.isFailure()) {
        m_scopeBox->setToolTip(
            tr("Managed accounts could not be listed: %1").arg(error.userMessage()));
    }
    // What is loaded stays selected, even an account the list does not name.
    m_scopeBox->setCurrentIndex(ensureScopeItem(
        current.isValid() ? std::optional<qint64>(current.toLongLong()) : std::nullopt));
    updateScopeEnabled();
}

void FilterBar::setManager(std::optional<bool> isManager)
{
    // whoami decides when it speaks; when silent, the accounts list's 403 does.
    m_notManager = isManager.has_value() && !*isManager;
    if (m_notManager)
        m_scopeBox->setToolTip(tr("This token cannot read managed accounts."));
    updateScopeEnabled();
}

void FilterBar::updateScopeEnabled()
{
    // A manager's list; a failed list (not a refusal), where a manager can type an account id;
    // or an account on screen, which anyone must be able to leave for their own usage.
    m_scopeBox->setEnabled(
        m_accountsAvailable
        || (m_accountsError.isFailure() && !m_accountsError.isForbidden() && !m_notManager)
        || m_scopeBox->currentIndex() > 0);
}

void FilterBar::setSpaces(const QList<Space> &spaces, bool listed)
{
    QList<CheckableListModel::Item> items;
    for (const Space &s : spaces) {
        items.append({s.id, s.name.isEmpty() ? tr("Space %1").arg(s.id)
                                             : tr("%1 (%2)").arg(s.name).arg(s.id)});
    }
    m_spacesButton->setItems(items, listed ? CheckableListModel::Listing::Complete
                                           : CheckableListModel::Listing::Partial);
}

void FilterBar::addTrailingWidget(QWidget *widget)
{
    auto *spacer = new QWidget(this);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    addWidget(spacer);
    addWidget(widget);
}

} // namespace neuroio::ui
