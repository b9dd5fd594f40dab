#include "connectdialog.h"

#include "billingclient.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace neuroio::ui {

ConnectDialog::ConnectDialog(QWidget *parent)
    : QDialog(parent)
    , m_server(new QLineEdit(this))
    , m_token(new QLineEdit(this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Connect to NeuroIO"));
    m_server->setText(BillingClient::defaultBaseUrl().toString());
    m_server->setAccessibleName(tr("Server"));
    m_token->setEchoMode(QLineEdit::Password);
    m_token->setAccessibleName(tr("API token"));
    m_token->setPlaceholderText(tr("An access or manager token"));
    m_problem->setWordWrap(true);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Connect"));
    auto *form = new QFormLayout(this);
    form->addRow(tr("&Server:"), m_server);
    form->addRow(tr("API &token:"), m_token);
    form->addRow(m_problem);
    form->addRow(m_buttons);
    connect(m_server, &QLineEdit::textChanged, this, &ConnectDialog::validate);
    connect(m_token, &QLineEdit::textChanged, this, &ConnectDialog::validate);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    validate();
}

void ConnectDialog::setServer(const QUrl &url)
{
    m_server->setText(url.toString());
}

QUrl ConnectDialog::server() const
{
    return QUrl::fromUserInput(m_server->text().trimmed());
}

QString ConnectDialog::token() const
{
    return m_token->text().trimmed();
}

void ConnectDialog::validate()
{
    QString problem = BillingClient::urlSafetyProblem(server());
    if (problem.isEmpty() && token().isEmpty())
        problem = tr("Enter an API token.");
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

} // namespace neuroio::ui
