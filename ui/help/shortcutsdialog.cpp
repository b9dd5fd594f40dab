#include "ui/help/shortcutsdialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QTableWidget>
#include <QVBoxLayout>

namespace neuroio::ui {

ShortcutsDialog::ShortcutsDialog(const QList<QPair<QString, QString>> &shortcuts, QWidget *parent)
    : QDialog(parent)
    , m_table(new QTableWidget(static_cast<int>(shortcuts.size()), 2, this))
{
    setWindowTitle(tr("Keyboard Shortcuts"));
    m_table->setAccessibleName(tr("Keyboard shortcuts"));
    m_table->setAccessibleDescription(tr("Each action of the window and the keys that run it"));
    m_table->setHorizontalHeaderLabels({tr("Action"), tr("Keys")});
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    for (int row = 0; row < shortcuts.size(); ++row) {
        m_table->setItem(row, 0, new QTableWidgetItem(shortcuts[row].first));
        m_table->setItem(row, 1, new QTableWidgetItem(shortcuts[row].second));
    }
    m_table->resizeColumnsToContents();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table);
    layout->addWidget(buttons);
    resize(460, 420);
}

QList<QPair<QString, QString>> ShortcutsDialog::rows() const
{
    QList<QPair<QString, QString>> rows;
    for (int row = 0; row < m_table->rowCount(); ++row)
        rows.append({m_table->item(row, 0)->text(), m_table->item(row, 1)->text()});
    return rows;
}

} // namespace neuroio::ui
