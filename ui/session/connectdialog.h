#pragma once

#include "core/api/apierror.h"

#include <QDialog>
#include <QUrl>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QRadioButton;
class QStackedWidget;

namespace neuroio {
class Session;
class SignIn;
} // namespace neuroio

namespace neuroio::ui {

// Signs in to a NeuroIO server with an API token, or with a username and password (the
// answer's token is used; temporary ones live 24 hours). It signs in on a candidate session
// of its own (SignIn) and closes only once the server has accepted the token: a refusal shows
// the server's own words and the dialog stays open. It never touches the live session.
class ConnectDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit ConnectDialog(QWidget *parent = nullptr);
    ~ConnectDialog() override;

    void setServer(const QUrl &url);
    void setUsername(const QString &username);
    // Shown above the fields, e.g. why the dialog came back.
    void setMessage(const QString &text);
    void usePassword(bool password);

    QUrl server() const;
    QString username() const;
    bool usedPassword() const;
    QString problemText() const;
    // After accepted(): the checked session, for the window to adopt.
    const Session &signedIn() const;

private:
    void validate();
    void tryConnect();
    void onSignedIn(const ApiError &error);

    SignIn *m_signIn;
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
};

} // namespace neuroio::ui
