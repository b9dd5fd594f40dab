#pragma once

#include <QDialog>
#include <QUrl>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace neuroio::ui {

// Asks for a server and an API token. The token is kept in memory only.
class ConnectDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit ConnectDialog(QWidget *parent = nullptr);

    void setServer(const QUrl &url);
    QUrl server() const;
    QString token() const;

private:
    void validate();

    QLineEdit *m_server;
    QLineEdit *m_token;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};

} // namespace neuroio::ui
