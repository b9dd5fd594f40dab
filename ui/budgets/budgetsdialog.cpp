#include "ui/budgets/budgetsdialog.h"

#include "core/api/eventtype.h"
#include "core/api/numbertext.h"
#include "ui/budgets/budgetmonitor.h"
#include "ui/widgets/multiselectbutton.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

#include <cmath>

namespace neuroio::ui {

BudgetsDialog::BudgetsDialog(BudgetMonitor *monitor, const QList<Space> &spaces, QWidget *parent)
    : QDialog(parent)
    , m_monitor(monitor)
    , m_knownSpaces(spaces)
    , m_budgets(monitor->budgets())
    , m_list(new QListWidget(this))
    , m_add(new QPushButton(tr("&Add Budget"), this))
    , m_remove(new QPushButton(tr("&Remove"), this))
    , m_name(new QLineEdit(this))
    , m_type(new QComboBox(this))
    , m_spaces(new MultiSelectButton(
          {{tr("Every space"), tr("%1 of %2 spaces"), tr("Spaces: %1"), tr("No spaces")},
           tr("Search spaces")},
          this))
    , m_limit(new QDoubleSpinBox(this))
    , m_kind(new QLabel(this))
    , m_problem(new QLabel(this))
{
    setWindowTitle(tr("Budgets"));
    auto *about = new QLabel(tr("Kept in %1, which \"neuroio-billing check\" reads too. A "
                                "budget on API calls is a limit on each month's sum; one on "
                                "storage or licences, a ceiling on each month's level.")
                                 .arg(QDir::toNativeSeparators(monitor->path())),
                             this);
    about->setWordWrap(true);
    about->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_list->setAccessibleName(tr("Budgets"));
    m_name->setAccessibleName(tr("Budget name"));
    m_type->setAccessibleName(tr("Event type"));
    m_spaces->setAccessibleName(tr("Spaces"));
    m_limit->setAccessibleName(tr("Limit"));
    for (const EventType type : knownEventTypes())
        m_type->addItem(eventTypeDisplayName(int(type)), int(type));
    // Whole units are what people set; a fraction read from the file is kept until the limit
    // is edited (the box shows it rounded).
    m_limit->setDecimals(0);
    m_limit->setRange(0, 1e15);
    m_limit->setGroupSeparatorShown(true);
    m_kind->setWordWrap(true);
    m_problem->setWordWrap(true);
    m_problem->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont bold = m_problem->font();
    bold.setBold(true);
    m_problem->setFont(bold);
    m_problem->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("Event &type:"), m_type);
    form->addRow(tr("S&paces:"), m_spaces);
    form->addRow(tr("&Limit:"), m_limit);
    form->addRow(m_kind);
    auto *listButtons = new QHBoxLayout;
    listButtons->addWidget(m_add);
    listButtons->addWidget(m_remove);
    listButtons->addStretch();
    auto *left = new QVBoxLayout;
    left->addWidget(m_list, 1);
    left->addLayout(listButtons);
    auto *columns = new QHBoxLayout;
    columns->addLayout(left, 1);
    columns->addLayout(form, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(about);
    if (!monitor->loadError().isOk()) {
        auto *broken = new QLabel(tr("The budgets file could not be read, so none are listed: "
                                     "%1. Saving replaces it.")
                                      .arg(monitor->loadError().userMessage()),
                                  this);
        broken->setWordWrap(true);
        layout->addWidget(broken);
    }
    layout->addLayout(columns, 1);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);

    for (int row = 0; row < m_budgets.size(); ++row) {
        m_list->addItem(QString());
        refreshRow(row);
    }
    connect(m_list, &QListWidget::currentRowChanged, this, &BudgetsDialog::showBudget);
    connect(m_add, &QPushButton::clicked, this, &BudgetsDialog::addBudget);
    connect(m_remove, &QPushButton::clicked, this, &BudgetsDialog::removeBudget);
    connect(m_name, &QLineEdit::textEdited, this, &BudgetsDialog::edited);
    connect(m_type, &QComboBox::currentIndexChanged, this, &BudgetsDialog::edited);
    connect(m_spaces, &MultiSelectButton::selectionApplied, this, &BudgetsDialog::edited);
    connect(m_limit, &QDoubleSpinBox::valueChanged, this, &BudgetsDialog::edited);
    connect(buttons, &QDialogButtonBox::accepted, this, &BudgetsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_list->setCurrentRow(m_budgets.isEmpty() ? -1 : 0);
    showBudget(m_list->currentRow());
    resize(720, 380);
}

QString BudgetsDialog::problemText() const
{
    return m_problem->isHidden() ? QString() : m_problem->text();
}

void BudgetsDialog::addBudget()
{
    Budget budget;
    budget.eventType = int(EventType::ApiCalls);
    m_budgets.append(budget);
    m_list->addItem(QString());
    refreshRow(static_cast<int>(m_budgets.size()) - 1);
    m_list->setCurrentRow(static_cast<int>(m_budgets.size()) - 1);
    m_limit->setFocus();
}

void BudgetsDialog::removeBudget()
{
    const int row = m_list->currentRow();
    if (row < 0)
        return;
    m_budgets.removeAt(row);
    delete m_list->takeItem(row);
    showBudget(m_list->currentRow());
}

void BudgetsDialog::setSpaceItems(const QList<qint64> &chosen)
{
    QList<CheckableListModel::Item> items;
    QList<qint64> listed;
    for (const Space &space : std::as_const(m_knownSpaces)) {
        items.append({space.id, space.name.isEmpty() ? tr("Space %1").arg(space.id) : space.name});
        listed.append(space.id);
    }
    for (const qint64 id : chosen) {
        if (!listed.contains(id))
            items.append({id, tr("Space %1").arg(id)});
    }
    m_spaces->setItems(items);
    m_spaces->setSelectedIds(chosen);
}

void BudgetsDialog::showBudget(int row)
{
    const bool has = row >= 0 && row < m_budgets.size();
    for (QWidget *editor : {static_cast<QWidget *>(m_name), static_cast<QWidget *>(m_type),
                            static_cast<QWidget *>(m_spaces), static_cast<QWidget *>(m_limit)})
        editor->setEnabled(has);
    m_remove->setEnabled(has);
    m_filling = true;
    const Budget budget = has ? m_budgets.at(row) : Budget();
    m_name->setText(budget.name);
    m_type->setCurrentIndex(has ? m_type->findData(budget.eventType) : -1);
    setSpaceItems(budget.spaceIds);
    m_limit->setValue(budget.limit);
    describe(has ? &budget : nullptr);
    m_filling = false;
}

void BudgetsDialog::describe(const Budget *budget)
{
    const bool was = m_filling;
    m_filling = true;
    m_name->setPlaceholderText(budget ? budget->title() : QString());
    m_limit->setSuffix(
        !budget ? QString()
        : budget->isCeiling()
            ? QLatin1Char(' ') + eventTypeUnit(budget->eventType)
            : tr(" %1 a month", "a limit's unit").arg(eventTypeUnit(budget->eventType)));
    m_kind->setText(!budget ? tr("Add a budget to set its limit.")
                    : budget->isCeiling()
                        ? tr("A ceiling on the month's level: over once a month's level is "
                             "above it, at risk when the trend crosses it within three months.")
                        : tr("A limit on the month's sum: over once the month so far is above "
                             "it, at risk when the month is on course to pass it."));
    m_filling = was;
}

void BudgetsDialog::edited()
{
    const int row = m_list->currentRow();
    if (m_filling || row < 0 || row >= m_budgets.size())
        return;
    Budget &budget = m_budgets[row];
    budget.name = m_name->text().trimmed();
    budget.eventType = m_type->currentData().toInt();
    budget.spaceIds = m_spaces->selectedIds();
    // The box shows whole units: a fraction from the file stays unless the limit was edited.
    if (std::abs(m_limit->value() - std::round(budget.limit)) > 0)
        budget.limit = m_limit->value();
    refreshRow(row);
    describe(&budget);
    m_problem->hide();
}

void BudgetsDialog::refreshRow(int row)
{
    const Budget &budget = m_budgets.at(row);
    QListWidgetItem *item = m_list->item(row);
    if (!(budget.limit > 0)) {
        item->setText(tr("%1: no limit yet", "a budget").arg(budget.title()));
        return;
    }
    item->setText(
        (budget.isCeiling() ? tr("%1: ceiling %2 %3", "a budget: its ceiling and unit")
                            : tr("%1: %2 %3 a month", "a budget: its limit and unit"))
            .arg(budget.title(), localeNumber(budget.limit), eventTypeUnit(budget.eventType)));
}

void BudgetsDialog::accept()
{
    for (int row = 0; row < m_budgets.size(); ++row) {
        if (m_budgets.at(row).limit > 0)
            continue;
        m_list->setCurrentRow(row);
        m_problem->setText(tr("\"%1\" has no limit: set one above 0, or remove the budget.")
                               .arg(m_budgets.at(row).title()));
        m_problem->show();
        m_limit->setFocus();
        return;
    }
    if (const ApiError error = m_monitor->save(m_budgets); !error.isOk()) {
        m_problem->setText(tr("The budgets were not saved: %1").arg(error.userMessage()));
        m_problem->show();
        return;
    }
    QDialog::accept();
}

} // namespace neuroio::ui
