#include "ui/views/saveviewdialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace neuroio::ui {

SaveViewDialog::SaveViewDialog(MonthRange::Preset preset, const MonthRange &range, QWidget *parent)
    : QDialog(parent)
    , m_name(new QLineEdit(this))
    , m_atStart(new QCheckBox(tr("Open this view at start"), this))
{
    setWindowTitle(tr("Save view"));
    m_name->setAccessibleName(tr("View name"));
    auto *note = new QLabel(preset == MonthRange::Preset::Custom
                                ? tr("The months stay fixed: %1.").arg(range.toString())
                                : tr("The months stay relative: \"%1\" is worked out on the day "
                                     "the view is opened.")
                                      .arg(MonthRange::presetName(preset)),
                            this);
    note->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    auto *form = new QFormLayout(this);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(QString(), m_atStart);
    form->addRow(note);
    form->addRow(buttons);
    QPushButton *save = buttons->button(QDialogButtonBox::Save);
    save->setEnabled(false);
    connect(m_name, &QLineEdit::textChanged, this,
            [save](const QString &text) { save->setEnabled(!text.trimmed().isEmpty()); });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

QString SaveViewDialog::name() const
{
    return m_name->text().trimmed();
}

bool SaveViewDialog::opensAtStart() const
{
    return m_atStart->isChecked();
}

} // namespace neuroio::ui
