#pragma once

#include <QDateTime>
#include <QDialog>
#include <QUrl>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QRadioButton;
class QStackedWidget;

namespace neuroio {
class BillingClient;
}

namespace neuroio::ui {

// Connects to a NeuroIO server with an API token, or with a username and password (the
// answer's token is used; temporary ones live 24 hours). A failed login shows the server's
// own message and the dialog stays open.
class ConnectDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit ConnectDialog(BillingClient *client, QWidget *parent = nullptr);

    void setServer(const QUrl &url);
    void setUsername(const QString &username);
    // Shown above the fields, e.g. why the dialog came back.
    void setMessage(const QString &text);
    void usePassword(bool password);

    QUrl server() const;
    QString token() const { return m_token; }
    QString username() const;
    QDateTime expires() const { return m_expires; }
    bool usedPassword() const;
    QString problemText() const;

private:
    void validate();
    void tryConnect();

    BillingClient *m_client;
    QLineEdit *m_server;
    QRadioButton *m_tokenMode;
    QRadioButton *m_passwordMode;
    QStackedWidget *m_fields;
    QLineEdit *m_tokenEdit;
    QLineEdit *m_username;
    QLineEdit *m_password;
    QLabel *m_message;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
    QString m_token;
    QDateTime m_expires;
};

} // namespace neuroio::ui
