#include "ui/output/exportdialog.h"

#include "ui/widgets/taborder.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>

namespace neuroio::ui {

namespace {

const QString kFormat = QStringLiteral("export/format");
const QString kDelimiter = QStringLiteral("export/delimiter");
const QString kBom = QStringLiteral("export/byteOrderMark");
const QString kNumbers = QStringLiteral("export/localeNumbers");
const QString kByMonth = QStringLiteral("export/totalsByMonth");
const QString kFolder = QStringLiteral("export/folder");

} // namespace

ExportOptions ExportDialog::savedOptions()
{
    QSettings settings;
    ExportOptions options;
    options.format = settings.value(kFormat).toString() == QLatin1String("json")
                         ? ExportOptions::Format::Json
                         : ExportOptions::Format::Csv;
    const QString delimiter = settings.value(kDelimiter, QStringLiteral(",")).toString();
    options.delimiter = delimiter.isEmpty() ? QLatin1Char(',') : delimiter.at(0);
    options.byteOrderMark = settings.value(kBom, true).toBool(); // files meant for spreadsheets
    if (settings.value(kNumbers, false).toBool()) {
        options.numbers = ExportOptions::Numbers::Locale;
        options.locale = QLocale::system();
    }
    return options;
}

void ExportDialog::saveOptions(const ExportOptions &options, bool byMonth, const QString &folder)
{
    QSettings settings;
    settings.setValue(kFormat, options.fileSuffix());
    settings.setValue(kDelimiter, QString(options.delimiter));
    settings.setValue(kBom, options.byteOrderMark);
    settings.setValue(kNumbers, options.numbers == ExportOptions::Numbers::Locale);
    settings.setValue(kByMonth, byMonth);
    settings.setValue(kFolder, folder);
}

ExportDialog::ExportDialog(Kind kind, const QString &defaultFileName, QWidget *parent)
    : QDialog(parent)
    , m_kind(kind)
    , m_format(new QComboBox(this))
    , m_delimiter(new QComboBox(this))
    , m_bom(new QCheckBox(tr("Start with a byte-order mark (lets Excel see UTF-8)"), this))
    , m_numbers(new QComboBox(this))
    , m_path(new QLineEdit(this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(kind == Kind::Usage ? tr("Export usage") : tr("Export totals"));
    const ExportOptions saved = savedOptions();
    m_format->addItem(tr("CSV"), QStringLiteral("csv"));
    m_format->addItem(tr("JSON"), QStringLiteral("json"));
    m_format->setCurrentIndex(saved.format == ExportOptions::Format::Json ? 1 : 0);
    m_format->setAccessibleName(tr("Format"));
    m_delimiter->addItem(tr("Comma"), QStringLiteral(","));
    m_delimiter->addItem(tr("Semicolon"), QStringLiteral(";"));
    m_delimiter->addItem(tr("Tab"), QStringLiteral("\t"));
    m_delimiter->setCurrentIndex(std::max(0, m_delimiter->findData(QString(saved.delimiter))));
    m_delimiter->setAccessibleName(tr("Delimiter"));
    m_bom->setChecked(saved.byteOrderMark);
    const QLocale system = QLocale::system();
    m_numbers->addItem(tr("Plain (1234567.5)"), false);
    m_numbers->addItem(tr("This computer's locale (%1)").arg(system.toString(1234567.5, 'f', 1)),
                       true);
    m_numbers->setCurrentIndex(saved.numbers == ExportOptions::Numbers::Locale ? 1 : 0);
    m_numbers->setAccessibleName(tr("Numbers"));
    m_path->setAccessibleName(tr("File"));
    const QString folder = QSettings().value(kFolder, QDir::homePath()).toString();
    m_path->setText(QDir(folder).filePath(defaultFileName));
    auto *browse = new QPushButton(tr("Browse…"), this);
    browse->setAccessibleName(tr("Choose the file"));
    m_problem->setWordWrap(true);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Export"));

    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_path, 1);
    fileRow->addWidget(browse);
    auto *form = new QFormLayout(this);
    // A row that is a layout gets no buddy from the form, and would show "&File:" as is.
    auto *fileLabel = new QLabel(tr("&File:"), this);
    fileLabel->setBuddy(m_path);
    form->addRow(fileLabel, fileRow);
    form->addRow(tr("F&ormat:"), m_format);
    form->addRow(tr("&Delimiter:"), m_delimiter);
    form->addRow(QString(), m_bom);
    form->addRow(tr("&Numbers:"), m_numbers);
    if (kind == Kind::Totals) {
        m_byMonth = new QCheckBox(tr("One total per month and event type"), this);
        m_byMonth->setChecked(QSettings().value(kByMonth, false).toBool());
        form->addRow(QString(), m_byMonth);
    }
    form->addRow(m_problem);
    form->addRow(m_buttons);

    // Tab goes down the form as drawn: the file row first, though its fields were made last.
    QList<QWidget *> order{m_path, browse, m_format, m_delimiter, m_bom, m_numbers};
    if (m_byMonth)
        order.append(m_byMonth); // the button box keeps its own buttons in their order after it
    setTabOrderChain(order);

    connect(browse, &QPushButton::clicked, this, &ExportDialog::browse);
    for (QComboBox *box : {m_format, m_delimiter, m_numbers})
        connect(box, &QComboBox::currentIndexChanged, this, &ExportDialog::validate);
    connect(m_path, &QLineEdit::textChanged, this, &ExportDialog::validate);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        saveOptions(options(), totalsByMonth(), QFileInfo(path()).absolutePath());
        accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    validate();
}

ExportOptions ExportDialog::options() const
{
    ExportOptions options;
    options.format = m_format->currentData().toString() == QLatin1String("json")
                         ? ExportOptions::Format::Json
                         : ExportOptions::Format::Csv;
    options.delimiter = m_delimiter->currentData().toString().at(0);
    options.byteOrderMark = m_bom->isChecked();
    if (m_numbers->currentData().toBool()) {
        options.numbers = ExportOptions::Numbers::Locale;
        options.locale = QLocale::system();
    }
    return options;
}

QString ExportDialog::path() const
{
    return m_path->text().trimmed();
}

bool ExportDialog::totalsByMonth() const
{
    return m_byMonth && m_byMonth->isChecked();
}

void ExportDialog::validate()
{
    const bool csv = m_format->currentData().toString() == QLatin1String("csv");
    m_delimiter->setEnabled(csv);
    m_bom->setEnabled(csv);
    m_numbers->setEnabled(csv);
    // The suffix follows the format, so a JSON export is not saved as .csv.
    QString file = path();
    const QString wanted = csv ? QStringLiteral(".csv") : QStringLiteral(".json");
    const QString other = csv ? QStringLiteral(".json") : QStringLiteral(".csv");
    if (file.endsWith(other)) {
        file.chop(other.size());
        m_path->setText(file + wanted);
        return; // textChanged validates again
    }
    QString problem = options().check().message;
    if (problem.isEmpty() && file.isEmpty())
        problem = tr("Choose a file.");
    else if (problem.isEmpty() && !QFileInfo(QFileInfo(file).absolutePath()).isDir())
        problem = tr("The folder %1 does not exist.").arg(QFileInfo(file).absolutePath());
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

void ExportDialog::browse()
{
    const bool csv = m_format->currentData().toString() == QLatin1String("csv");
    const QString chosen = QFileDialog::getSaveFileName(
        this, windowTitle(), path(), csv ? tr("CSV files (*.csv)") : tr("JSON files (*.json)"));
    if (!chosen.isEmpty())
        m_path->setText(chosen);
}

} // namespace neuroio::ui
