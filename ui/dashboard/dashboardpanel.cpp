#include "ui/dashboard/dashboardpanel.h"

#include "ui/widgets/taborder.h"

#include <QHeaderView>
#include <QLabel>
#include <QStackedWidget>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace neuroio::ui {

DashboardPanel::DashboardPanel(const QString &title, QWidget *content,
                               QAbstractItemModel *tableModel, QWidget *parent)
    : QFrame(parent)
    , m_title(new QLabel(title, this))
    , m_subtitle(new QLabel(this))
    , m_header(new QHBoxLayout)
    , m_stack(new QStackedWidget(this))
    , m_content(content)
    , m_messagePage(new QWidget(this))
    , m_message(new QLabel(m_messagePage))
    , m_detailsButton(new QToolButton(m_messagePage))
    , m_details(new QLabel(m_messagePage))
{
    setFrameShape(QFrame::StyledPanel);
    setAccessibleName(title);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.1);
    m_title->setFont(titleFont);
    m_subtitle->setForegroundRole(QPalette::PlaceholderText);
    // A long note (a longer language, a larger font) wraps rather than widening the panel
    // past the window.
    m_subtitle->setWordWrap(true);
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->setAccessibleName(tr("%1 status").arg(title));
    m_detailsButton->setText(tr("Details"));
    m_detailsButton->setCheckable(true);
    m_detailsButton->setAccessibleName(tr("Details of the problem in %1").arg(title));
    m_details->setWordWrap(true);
    m_details->setAlignment(Qt::AlignCenter);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setForegroundRole(QPalette::PlaceholderText);
    m_details->setAccessibleName(tr("Details of the problem in %1").arg(title));
    m_details->hide();
    m_detailsButton->hide();
    connect(m_detailsButton, &QToolButton::toggled, m_details, &QLabel::setVisible);
    auto *messageLayout = new QVBoxLayout(m_messagePage);
    messageLayout->addStretch(1);
    messageLayout->addWidget(m_message);
    messageLayout->addWidget(m_detailsButton, 0, Qt::AlignHCenter);
    messageLayout->addWidget(m_details);
    messageLayout->addStretch(1);

    m_header->addWidget(m_title);
    m_header->addWidget(m_subtitle, 1);
    m_stack->addWidget(content);
    if (tableModel) {
        m_table = new QTableView(this);
        m_table->setModel(tableModel);
        m_table->setAccessibleName(tr("%1 as a table").arg(title));
        m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
        m_table->horizontalHeader()->setStretchLastSection(true);
        m_table->verticalHeader()->hide();
        m_table->setAlternatingRowColors(true);
        m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
        m_stack->addWidget(m_table);
        m_tableToggle = new QToolButton(this);
        m_tableToggle->setCheckable(true);
        m_tableToggle->setText(tr("Table"));
        m_tableToggle->setToolTip(tr("Show these numbers as a table"));
        m_tableToggle->setAccessibleName(tr("Show %1 as a table").arg(title));
        m_header->addWidget(m_tableToggle);
        connect(m_tableToggle, &QToolButton::toggled, this, &DashboardPanel::updatePage);
    }
    m_stack->addWidget(m_messagePage);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 8);
    layout->addLayout(m_header);
    layout->addWidget(m_stack, 1);
    updatePage();
    orderFocus();
}

void DashboardPanel::setState(DashboardController::State state, const QString &detail,
                              const QString &technical)
{
    using State = DashboardController::State;
    m_state = state;
    const bool hasDetails = state == State::Failed && !technical.isEmpty() && technical != detail;
    m_details->setText(hasDetails ? technical : QString());
    m_detailsButton->setVisible(hasDetails);
    m_detailsButton->setChecked(false);
    m_details->hide();
    switch (state) {
    case State::Idle:
        m_message->setText(QString());
        break;
    case State::Loading:
        m_message->setText(detail.isEmpty() ? tr("Loading…") : detail);
        break;
    case State::Empty:
        m_message->setText(tr("No usage for these filters."));
        break;
    case State::Failed:
        m_message->setText(tr("Could not load. %1").arg(detail));
        break;
    case State::Ready:
        break;
    }
    updatePage();
}

void DashboardPanel::setSubtitle(const QString &text)
{
    m_subtitle->setText(text);
}

void DashboardPanel::addHeaderWidget(QWidget *widget)
{
    m_header->insertWidget(m_header->count() - (m_tableToggle ? 1 : 0), widget);
    orderFocus();
}

void DashboardPanel::orderFocus()
{
    // Tab reads the panel as it is drawn: the header's controls from left to right, then what
    // the panel shows. Left alone, Tab keeps the order the widgets were made in: the content
    // before the panel, and the controls a page adds to the header after it.
    QList<QWidget *> sequence;
    for (int i = 0; i < m_header->count(); ++i) {
        if (QWidget *w = m_header->itemAt(i)->widget())
            sequence.append(w);
    }
    for (QWidget *w = nextInFocusChain(); w && w != this; w = w->nextInFocusChain()) {
        if (m_stack->isAncestorOf(w))
            sequence.append(w);
    }
    setTabOrderChain(sequence);
}

QString DashboardPanel::messageText() const
{
    return m_stack->currentWidget() == m_messagePage ? m_message->text() : QString();
}

QString DashboardPanel::detailsText() const
{
    return m_details->text();
}

void DashboardPanel::updatePage()
{
    if (m_state != DashboardController::State::Ready) {
        m_stack->setCurrentWidget(m_messagePage);
        return;
    }
    if (m_tableToggle && m_tableToggle->isChecked())
        m_stack->setCurrentWidget(m_table);
    else
        m_stack->setCurrentWidget(m_content);
}

} // namespace neuroio::ui
