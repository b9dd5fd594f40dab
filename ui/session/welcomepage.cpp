#include "ui/session/welcomepage.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace neuroio::ui {

WelcomePage::WelcomePage(QWidget *parent)
    : QWidget(parent)
{
    auto *title = new QLabel(tr("NeuroIO Billing"), this);
    QFont font = title->font();
    font.setPointSizeF(font.pointSizeF() * 2);
    font.setBold(true);
    title->setFont(font);
    auto *text = new QLabel(tr("See, chart and export what your NeuroIO accounts used, per month, "
                               "per space and per event type."),
                            this);
    text->setWordWrap(true);
    auto *demo = new QPushButton(tr("Explore demo data"), this);
    demo->setAccessibleName(tr("Explore demo data"));
    demo->setToolTip(tr("Starts a local server with realistic, generated usage. No account "
                        "needed."));
    auto *connectButton = new QPushButton(tr("Connect to NeuroIO…"), this);
    connectButton->setAccessibleName(tr("Connect to NeuroIO"));
    demo->setDefault(true);

    // A word-wrapped label aligned in a layout gets the height of one line and is clipped;
    // in a column of fixed width it gets the height its lines need.
    auto *column = new QWidget(this);
    column->setFixedWidth(480);
    auto *columnLayout = new QVBoxLayout(column);
    columnLayout->setContentsMargins(0, 0, 0, 0);
    for (QWidget *w : {static_cast<QWidget *>(title), static_cast<QWidget *>(text)}) {
        w->setParent(column);
        columnLayout->addWidget(w);
    }
    for (QWidget *w : {static_cast<QWidget *>(demo), static_cast<QWidget *>(connectButton)}) {
        w->setParent(column);
        columnLayout->addWidget(w, 0, Qt::AlignLeft);
    }
    auto *row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(column);
    row->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addStretch(2);
    layout->addLayout(row);
    layout->addStretch(3);
    connect(demo, &QPushButton::clicked, this, &WelcomePage::demoRequested);
    connect(connectButton, &QPushButton::clicked, this, &WelcomePage::connectRequested);
}

} // namespace neuroio::ui
