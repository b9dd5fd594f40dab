#pragma once

#include "core/usage/monthrange.h"

#include <QDialog>

class QCheckBox;
class QLineEdit;

namespace neuroio::ui {

// Asks for a view's name and whether it opens at start, and says what its months will be:
// a preset stays relative ("last 3 full months" is worked out on the day it is opened), a
// custom range stays fixed.
class SaveViewDialog final : public QDialog
{
    Q_OBJECT

public:
    SaveViewDialog(MonthRange::Preset preset, const MonthRange &range, QWidget *parent = nullptr);

    QString name() const;
    bool opensAtStart() const;

private:
    QLineEdit *m_name;
    QCheckBox *m_atStart;
};

} // namespace neuroio::ui
