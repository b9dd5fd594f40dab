#include "ui/widgets/statusbanner.h"

#include "ui/widgets/taborder.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace neuroio::ui {

StatusBanner::StatusBanner(QWidget *parent)
    : QFrame(parent)
    , m_text(new QLabel(this))
    , m_details(new QLabel(this))
    , m_detailsButton(new QPushButton(tr("Details"), this))
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
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setAccessibleName(tr("Details of the problem"));
    m_details->hide();
    m_detailsButton->setCheckable(true);
    m_detailsButton->setAccessibleName(tr("Show the details of the problem"));
    connect(m_detailsButton, &QPushButton::toggled, m_details, &QLabel::setVisible);
    auto *texts = new QVBoxLayout;
    texts->addWidget(m_text);
    texts->addWidget(m_details);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 10, 6);
    layout->addLayout(texts, 1);
    layout->addWidget(m_detailsButton, 0, Qt::AlignTop);
    layout->addWidget(m_changeToken, 0, Qt::AlignTop);
    layout->addWidget(m_retry, 0, Qt::AlignTop);
    // Tab follows the buttons as drawn, not as made.
    setTabOrderChain({m_detailsButton, m_changeToken, m_retry});
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
        text = tr("The server did not accept the token, so nothing more can be loaded. "
                  "Enter another token to go on.");
    } else if (error.isCancelled()) {
        text = tr("Loading was cancelled. Retry loads the dashboard again.");
    } else if (managerProblem) {
        text = tr("This token cannot read managed accounts: it is not a manager's token.");
    } else {
        text = error.plainMessage();
        if (error.kind == ApiError::Kind::Network || error.kind == ApiError::Kind::Timeout
            || (error.kind == ApiError::Kind::HttpStatus && error.httpStatus >= 500))
            text = tr("%1 Retry in a moment.", "a problem, then this").arg(text);
    }
    const QString details = error.userMessage();
    m_details->setText(details);
    m_detailsButton->setVisible(details != text);
    m_detailsButton->setChecked(false);
    m_text->setText(text);
    m_changeToken->setVisible(m_tokenProblem);
    m_retry->show();
    show();
}

void StatusBanner::showMessage(const QString &text)
{
    m_tokenProblem = false;
    m_text->setText(text);
    m_details->clear();
    m_detailsButton->hide();
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

QString StatusBanner::detailsText() const
{
    return isVisible() ? m_details->text() : QString();
}

QString StatusBanner::text() const
{
    return isVisible() ? m_text->text() : QString();
}

} // namespace neuroio::ui
