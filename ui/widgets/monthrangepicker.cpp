#include "ui/widgets/monthrangepicker.h"

#include <QComboBox>
#include <QDate>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace neuroio::ui {

namespace {

QDate toDate(Month m)
{
    return QDate(m.year(), m.month(), 1);
}

QDateEdit *makeMonthEdit(QWidget *parent, const QString &accessibleName)
{
    auto *edit = new QDateEdit(parent);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM"));
    edit->setCalendarPopup(false); // months only: a day calendar would suggest days matter
    edit->setAccessibleName(accessibleName);
    edit->setMinimumDate(QDate(2000, 1, 1));
    edit->setKeyboardTracking(false);
    return edit;
}

} // namespace

MonthRangePicker::MonthRangePicker(QWidget *parent)
    : QWidget(parent)
    , m_current(Month::current())
    , m_presetBox(new QComboBox(this))
    , m_fromEdit(makeMonthEdit(this, tr("First month")))
    , m_toEdit(makeMonthEdit(this, tr("Last month")))
    , m_label(new QLabel(this))
{
    for (MonthRange::Preset p : MonthRange::presets())
        m_presetBox->addItem(MonthRange::presetName(p), static_cast<int>(p));
    m_presetBox->addItem(MonthRange::presetName(MonthRange::Preset::Custom),
                         static_cast<int>(MonthRange::Preset::Custom));
    setAccessibleName(tr("Months"));
    setAccessibleDescription(tr("A preset range, or the first and the last month"));
    m_presetBox->setAccessibleName(tr("Month range preset"));
    m_fromEdit->setToolTip(tr("First month of the range"));
    m_toEdit->setToolTip(tr("Last month of the range"));
    m_label->setAccessibleName(tr("Months covered"));
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_presetBox);
    row->addWidget(m_fromEdit);
    auto *dash = new QLabel(QStringLiteral("–"), this);
    dash->setAccessibleName(tr("to"));
    row->addWidget(dash);
    row->addWidget(m_toEdit);
    auto *column = new QVBoxLayout(this);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(2);
    column->addLayout(row);
    column->addWidget(m_label);

    connect(m_presetBox, &QComboBox::activated, this, &MonthRangePicker::onPresetActivated);
    connect(m_fromEdit, &QDateEdit::dateChanged, this, &MonthRangePicker::onMonthEdited);
    connect(m_toEdit, &QDateEdit::dateChanged, this, &MonthRangePicker::onMonthEdited);

    setTabOrder(m_presetBox, m_fromEdit);
    setTabOrder(m_fromEdit, m_toEdit);
    m_range = MonthRange::forPreset(m_preset, m_current);
    m_presetBox->setCurrentIndex(m_presetBox->findData(static_cast<int>(m_preset)));
    updateEdits();
    updateLabel();
}

void MonthRangePicker::setCurrentMonth(Month current)
{
    m_current = current;
    if (m_preset != MonthRange::Preset::Custom)
        m_range = MonthRange::forPreset(m_preset, m_current);
    updateEdits();
    updateLabel();
}

void MonthRangePicker::setPreset(MonthRange::Preset preset)
{
    const int index = m_presetBox->findData(static_cast<int>(preset));
    m_presetBox->setCurrentIndex(index);
    onPresetActivated(index);
}

void MonthRangePicker::setRange(const MonthRange &range)
{
    {
        const QSignalBlocker fromBlocker(m_fromEdit);
        const QSignalBlocker toBlocker(m_toEdit);
        m_fromEdit->setDate(toDate(range.from()));
        m_toEdit->setDate(toDate(range.to()));
    }
    onMonthEdited();
}

void MonthRangePicker::onPresetActivated(int index)
{
    const auto preset = static_cast<MonthRange::Preset>(m_presetBox->itemData(index).toInt());
    if (preset == MonthRange::Preset::Custom) {
        m_preset = preset;
        updateLabel();
        m_fromEdit->setFocus();
        return;
    }
    m_preset = preset;
    m_range = MonthRange::forPreset(preset, m_current);
    m_problem.clear();
    updateEdits();
    updateLabel();
    emit rangeChanged(m_range, m_preset);
}

void MonthRangePicker::onMonthEdited()
{
    const MonthRange edited(Month::fromDate(m_fromEdit->date()), Month::fromDate(m_toEdit->date()));
    m_problem = edited.check().message;
    if (!m_problem.isEmpty()) {
        updateLabel(); // the old range stays applied; the label says why the new one is not
        return;
    }
    m_preset = MonthRange::Preset::Custom;
    for (MonthRange::Preset p : MonthRange::presets()) {
        if (MonthRange::forPreset(p, m_current) == edited) {
            m_preset = p;
            break;
        }
    }
    {
        const QSignalBlocker blocker(m_presetBox);
        m_presetBox->setCurrentIndex(m_presetBox->findData(static_cast<int>(m_preset)));
    }
    const bool changed = edited != m_range;
    m_range = edited;
    updateLabel();
    if (changed)
        emit rangeChanged(m_range, m_preset);
}

void MonthRangePicker::updateEdits()
{
    const QSignalBlocker fromBlocker(m_fromEdit);
    const QSignalBlocker toBlocker(m_toEdit);
    m_fromEdit->setMaximumDate(toDate(m_current));
    m_toEdit->setMaximumDate(toDate(m_current));
    m_fromEdit->setDate(toDate(m_range.from()));
    m_toEdit->setDate(toDate(m_range.to()));
}

void MonthRangePicker::updateLabel()
{
    if (!m_problem.isEmpty()) {
        m_label->setText(tr("Not applied: %1").arg(m_problem));
        m_label->setStyleSheet(QStringLiteral("color: palette(bright-text); background: #b3261e;"
                                              "padding: 1px 4px; border-radius: 3px;"));
        return;
    }
    m_label->setStyleSheet(QString());
    const QString range = m_preset == MonthRange::Preset::Custom
                              ? tr("Custom range: %1").arg(m_range.toString())
                              : MonthRange::describe(m_preset, m_current);
    const int months = m_range.monthCount();
    m_label->setText(
        months == 1
            ? tr("%1 (1 month)", "a range of one month").arg(range)
            : tr("%1 (%Ln months)", "a range, then how many months it has", months).arg(range));
}

} // namespace neuroio::ui
