#pragma once

#include "core/api/apierror.h"

#include <QFrame>

class QLabel;
class QPushButton;

namespace neuroio::ui {

// One banner for errors, inside the window: the server's message, Retry, and for a refused
// token a way to enter another. Never a stack of modal boxes.
class StatusBanner final : public QFrame
{
    Q_OBJECT

public:
    explicit StatusBanner(QWidget *parent = nullptr);

    void showError(const ApiError &error);
    // A message about something the user did (an export, say): no Retry, which reloads.
    void showMessage(const QString &text);
    void clear();
    QString text() const;
    bool isTokenProblem() const { return m_tokenProblem; }

signals:
    void retryRequested();
    void changeTokenRequested();

private:
    QLabel *m_text;
    QPushButton *m_retry;
    QPushButton *m_changeToken;
    bool m_tokenProblem = false;
};

} // namespace neuroio::ui
