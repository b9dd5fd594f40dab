#pragma once

#include "core/api/apierror.h"

#include <QFrame>

class QLabel;
class QPushButton;

namespace neuroio::ui {

// One banner for errors, inside the window: what went wrong in plain words, what to do (Retry,
// or for a refused token a way to enter another), and the technical detail under Details.
// Never a stack of modal boxes.
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
    QString detailsText() const;
    bool isTokenProblem() const { return m_tokenProblem; }

signals:
    void retryRequested();
    void changeTokenRequested();

private:
    QLabel *m_text;
    QLabel *m_details;
    QPushButton *m_detailsButton;
    QPushButton *m_retry;
    QPushButton *m_changeToken;
    bool m_tokenProblem = false;
};

} // namespace neuroio::ui
