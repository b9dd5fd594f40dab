#pragma once

#include "core/export/exportoptions.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QDialogButtonBox;

namespace neuroio::ui {

// Asks where and how to export, and remembers the answers (QSettings) for next time.
class ExportDialog final : public QDialog
{
    Q_OBJECT

public:
    enum class Kind { Usage, Totals };

    ExportDialog(Kind kind, const QString &defaultFileName, QWidget *parent = nullptr);

    ExportOptions options() const;
    QString path() const;
    bool totalsByMonth() const;

    // Options as last used (spreadsheet-friendly defaults the first time).
    static ExportOptions savedOptions();
    static void saveOptions(const ExportOptions &options, bool byMonth, const QString &folder);

private:
    void validate();
    void browse();

    Kind m_kind;
    QComboBox *m_format;
    QComboBox *m_delimiter;
    QCheckBox *m_bom;
    QComboBox *m_numbers;
    QCheckBox *m_byMonth = nullptr;
    QLineEdit *m_path;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};

} // namespace neuroio::ui
