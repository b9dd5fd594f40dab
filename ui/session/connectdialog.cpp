#include "ui/session/connectdialog.h"

#include "core/api/billingclient.h"
#include "core/api/signin.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QStackedWidget>

namespace neuroio::ui {

ConnectDialog::ConnectDialog(QWidget *parent)
    : QDialog(parent)
    , m_signIn(new SignIn(this))
    , m_server(new QLineEdit(this))
    , m_tokenMode(new QRadioButton(tr("API &token"), this))
    , m_passwordMode(new QRadioButton(tr("&Username and password"), this))
    , m_fields(new QStackedWidget(this))
    , m_tokenEdit(new QLineEdit(this))
    , m_username(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_message(new QLabel(this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Connect to NeuroIO"));
    m_server->setText(BillingClient::defaultBaseUrl().toString());
    m_server->setAccessibleName(tr("Server"));
    m_tokenMode->setChecked(true);
    m_tokenEdit->setEchoMode(QLineEdit::Password);
    m_tokenEdit->setAccessibleName(tr("API token"));
    m_tokenEdit->setPlaceholderText(tr("An access or manager token"));
    m_username->setAccessibleName(tr("Username"));
    m_password->setAccessibleName(tr("Password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_message->setWordWrap(true);
    m_message->hide();
    m_problem->setWordWrap(true);
    m_problem->setAccessibleName(tr("Problem"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Connect"));

    auto *tokenPage = new QWidget(this);
    auto *tokenForm = new QFormLayout(tokenPage);
    tokenForm->setContentsMargins(0, 0, 0, 0);
    tokenForm->addRow(tr("Token:"), m_tokenEdit);
    auto *passwordPage = new QWidget(this);
    auto *passwordForm = new QFormLayout(passwordPage);
    passwordForm->setContentsMargins(0, 0, 0, 0);
    passwordForm->addRow(tr("Username:"), m_username);
    passwordForm->addRow(tr("Password:"), m_password);
    m_fields->addWidget(tokenPage);
    m_fields->addWidget(passwordPage);

    auto *modes = new QHBoxLayout;
    modes->addWidget(m_tokenMode);
    modes->addWidget(m_passwordMode);
    auto *form = new QFormLayout(this);
    form->addRow(m_message);
    form->addRow(tr("&Server:"), m_server);
    form->addRow(tr("Sign in with:"), modes);
    form->addRow(m_fields);
    form->addRow(m_problem);
    form->addRow(m_buttons);

    connect(m_tokenMode, &QRadioButton::toggled, this, [this](bool token) {
        m_fields->setCurrentIndex(token ? 0 : 1);
        validate();
    });
    for (QLineEdit *edit : {m_server, m_tokenEdit, m_username, m_password})
        connect(edit, &QLineEdit::textChanged, this, &ConnectDialog::validate);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ConnectDialog::tryConnect);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(this, &QDialog::rejected, m_signIn, &SignIn::cancel);
    connect(m_signIn, &SignIn::finished, this, &ConnectDialog::onSignedIn);
    validate();
}

ConnectDialog::~ConnectDialog() = default;

const Session &ConnectDialog::signedIn() const
{
    return m_signIn->candidate();
}

void ConnectDialog::setServer(const QUrl &url)
{
    m_server->setText(url.toString());
}

void ConnectDialog::setUsername(const QString &username)
{
    m_username->setText(username);
    if (!username.isEmpty())
        usePassword(true);
}

void ConnectDialog::setMessage(const QString &text)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

void ConnectDialog::usePassword(bool password)
{
    (password ? m_passwordMode : m_tokenMode)->setChecked(true);
    (password ? m_password : m_tokenEdit)->setFocus();
}

QUrl ConnectDialog::server() const
{
    return QUrl::fromUserInput(m_server->text().trimmed());
}

QString ConnectDialog::username() const
{
    return usedPassword() ? m_username->text().trimmed() : QString();
}

bool ConnectDialog::usedPassword() const
{
    return m_passwordMode->isChecked();
}

QString ConnectDialog::problemText() const
{
    return m_problem->isVisible() ? m_problem->text() : QString();
}

void ConnectDialog::validate()
{
    QString problem = BillingClient::checkUrl(server()).message;
    if (problem.isEmpty() && !usedPassword() && m_tokenEdit->text().trimmed().isEmpty())
        problem = tr("Enter an API token.");
    if (problem.isEmpty() && usedPassword()
        && (m_username->text().trimmed().isEmpty() || m_password->text().isEmpty())) {
        problem = tr("Enter a username and a password.");
    }
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

void ConnectDialog::tryConnect()
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    m_problem->setText(tr("Signing in…"));
    m_problem->show();
    if (usedPassword())
        m_signIn->withPassword(server(), m_username->text().trimmed(), m_password->text());
    else
        m_signIn->withToken(server(), m_tokenEdit->text().trimmed());
}

void ConnectDialog::onSignedIn(const ApiError &error)
{
    if (error.isCancelled())
        return;
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(true);
    if (error.isOk()) {
        m_password->clear();
        m_problem->hide();
        accept();
        return;
    }
    // The server's own words ("Username and password do not match.", "Invalid token.").
    m_problem->setText(error.kind == ApiError::Kind::HttpStatus && !error.message.isEmpty()
                           ? error.message
                           : error.userMessage());
    m_problem->show();
    QLineEdit *retry = usedPassword() ? m_password : m_tokenEdit;
    retry->selectAll();
    retry->setFocus();
}

} // namespace neuroio::ui
