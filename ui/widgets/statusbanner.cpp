#include "ui/widgets/statusbanner.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace neuroio::ui {

StatusBanner::StatusBanner(QWidget *parent)
    : QFrame(parent)
    , m_text(new QLabel(this))
    , m_retry(new QPushButton(tr("Retry"), this))
    , m_changeToken(new QPushButton(tr("Enter another token…"), this))
{
    setObjectName(QStringLiteral("statusBanner"));
    setStyleSheet(QStringLiteral("#statusBanner { background: #fdecea; border: 1px solid #d93025;"
                                 " border-radius: 4px; } QLabel { color: #5f1410; }"));
    setAccessibleName(tr("Problem"));
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_retry->setAccessibleName(tr("Retry"));
    m_changeToken->setAccessibleName(tr("Enter another token"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 10, 6);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_changeToken);
    layout->addWidget(m_retry);
    connect(m_retry, &QPushButton::clicked, this, &StatusBanner::retryRequested);
    connect(m_changeToken, &QPushButton::clicked, this, &StatusBanner::changeTokenRequested);
    hide();
}

void StatusBanner::showError(const ApiError &error)
{
    m_tokenProblem = error.isUnauthorized();
    const bool managerProblem
        = error.isForbidden() && error.endpoint.contains(QLatin1String("/accounts/"));
    QString text;
    if (m_tokenProblem) {
        text = tr("The token was refused by the server (%1). Enter another token to go on.")
                   .arg(error.message.isEmpty() ? tr("401") : error.message);
    } else if (managerProblem) {
        text = tr("This token cannot read managed accounts (%1).").arg(error.message);
    } else {
        text = error.userMessage();
    }
    m_text->setText(text);
    m_changeToken->setVisible(m_tokenProblem);
    m_retry->show();
    show();
}

void StatusBanner::showMessage(const QString &text)
{
    m_tokenProblem = false;
    m_text->setText(text);
    m_changeToken->hide();
    m_retry->hide();
    show();
}

void StatusBanner::clear()
{
    m_tokenProblem = false;
    m_text->clear();
    hide();
}

QString StatusBanner::text() const
{
    return isVisible() ? m_text->text() : QString();
}

} // namespace neuroio::ui
