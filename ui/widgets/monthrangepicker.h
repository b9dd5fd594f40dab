#pragma once

#include "core/usage/monthrange.h"

#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;

namespace neuroio::ui {

// Picks a range of whole months: a preset, or two months. The label under it says exactly
// which months are meant; an impossible range is not applied and the label says why.
class MonthRangePicker final : public QWidget
{
    Q_OBJECT

public:
    explicit MonthRangePicker(QWidget *parent = nullptr);

    // Presets resolve against this month (default: the current one).
    void setCurrentMonth(Month current);
    Month currentMonth() const { return m_current; }
    void setPreset(MonthRange::Preset preset);
    void setRange(const MonthRange &range);
    MonthRange range() const { return m_range; }
    MonthRange::Preset preset() const { return m_preset; }
    QString problem() const { return m_problem; }

signals:
    void rangeChanged(const neuroio::MonthRange &range, neuroio::MonthRange::Preset preset);

private:
    void onPresetActivated(int index);
    void onMonthEdited();
    void updateEdits();
    void updateLabel();

    Month m_current;
    MonthRange m_range;
    MonthRange::Preset m_preset = MonthRange::Preset::Last12Months;
    QString m_problem;
    QComboBox *m_presetBox;
    QDateEdit *m_fromEdit;
    QDateEdit *m_toEdit;
    QLabel *m_label;
};

} // namespace neuroio::ui
