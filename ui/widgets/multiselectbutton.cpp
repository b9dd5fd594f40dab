#include "ui/widgets/multiselectbutton.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QSignalBlocker>
#include <QSortFilterProxyModel>
#include <QVBoxLayout>
#include <QWidgetAction>

namespace neuroio::ui {

MultiSelectButton::MultiSelectButton(const Texts &texts, QWidget *parent)
    : QToolButton(parent)
    , m_texts(texts)
    , m_model(new CheckableListModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_menu(new QMenu(this))
{
    setPopupMode(QToolButton::InstantPopup);
    setToolButtonStyle(Qt::ToolButtonTextOnly);
    setMenu(m_menu);
    setMinimumWidth(150);

    auto *panel = new QWidget(m_menu);
    auto *layout = new QVBoxLayout(panel);
    layout->setContentsMargins(6, 6, 6, 6);
    m_search = new QLineEdit(panel);
    m_search->setPlaceholderText(texts.search);
    m_search->setAccessibleName(texts.search);
    m_search->setClearButtonEnabled(true);
    m_allBox = new QCheckBox(texts.summary.all, panel);
    m_allBox->setAccessibleName(texts.summary.all);
    m_list = new QListView(panel);
    m_list->setAccessibleName(texts.summary.all);
    m_list->setMinimumSize(280, 220);
    m_list->setUniformItemSizes(true);
    m_hint = new QLabel(panel);
    m_hint->setWordWrap(true);
    m_hint->hide();
    layout->addWidget(m_search);
    layout->addWidget(m_allBox);
    layout->addWidget(m_list);
    layout->addWidget(m_hint);
    auto *action = new QWidgetAction(m_menu);
    action->setDefaultWidget(panel);
    m_menu->addAction(action);

    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_list->setModel(m_proxy);

    connect(m_search, &QLineEdit::textChanged, m_proxy,
            &QSortFilterProxyModel::setFilterFixedString);
    connect(m_allBox, &QCheckBox::toggled, this, [this](bool all) {
        if (all)
            m_model->selectAll();
        else
            m_model->selectNone();
    });
    connect(m_model, &CheckableListModel::selectionChanged, this, [this] {
        const QSignalBlocker blocker(m_allBox);
        m_allBox->setChecked(m_model->isAllSelected());
        m_hint->setVisible(m_model->isEmptySelection());
        m_hint->setText(tr("Tick at least one, or \"%1\".").arg(m_texts.summary.all));
        updateText();
    });
    connect(m_menu, &QMenu::aboutToShow, this, [this] { m_search->setFocus(); });
    connect(m_menu, &QMenu::aboutToHide, this, &MultiSelectButton::apply);
    m_allBox->setChecked(true);
    updateText();
}

void MultiSelectButton::setItems(const QList<CheckableListModel::Item> &items,
                                 CheckableListModel::Listing listing)
{
    m_model->setItems(items, listing);
    updateText();
}

void MultiSelectButton::setSelectedIds(const QList<qint64> &ids)
{
    m_model->setSelectedIds(ids);
    apply();
}

void MultiSelectButton::apply()
{
    if (m_model->isEmptySelection()) {
        // Nothing ticked means nothing to show; go back to what was applied.
        m_model->setSelectedIds(m_applied);
        return;
    }
    const QList<qint64> selected = m_model->selectedIds();
    if (selected == m_applied)
        return;
    m_applied = selected;
    updateText();
    emit selectionApplied(m_applied);
}

void MultiSelectButton::updateText()
{
    const QString text = m_model->summary(m_texts.summary);
    setText(text);
    setAccessibleDescription(text);
}

} // namespace neuroio::ui
