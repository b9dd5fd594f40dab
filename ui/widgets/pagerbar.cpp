#include "ui/widgets/pagerbar.h"

#include "ui/widgets/taborder.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QStyle>
#include <QToolButton>

namespace neuroio::ui {

namespace {

QToolButton *makeButton(QWidget *parent, const QString &text, const QString &name,
                        const QString &tip)
{
    auto *button = new QToolButton(parent);
    button->setText(text);
    button->setAccessibleName(name);
    button->setToolTip(tip);
    button->setAutoRaise(true);
    button->setFocusPolicy(Qt::StrongFocus);
    return button;
}

} // namespace

const QList<int> &PagerBar::pageSizes()
{
    static const QList<int> sizes{20, 50, 100, 500};
    return sizes;
}

PagerBar::PagerBar(QWidget *parent)
    : QWidget(parent)
    , m_first(makeButton(this, QStringLiteral("«"), tr("First page"), tr("First page")))
    , m_previous(makeButton(this, QStringLiteral("‹"), tr("Previous page"),
                            tr("Previous page (Ctrl+PgUp)")))
    , m_next(makeButton(this, QStringLiteral("›"), tr("Next page"), tr("Next page (Ctrl+PgDown)")))
    , m_last(makeButton(this, QStringLiteral("»"), tr("Last page"), tr("Last page")))
    , m_pageBox(new QSpinBox(this))
    , m_pageCount(new QLabel(this))
    , m_sizeBox(new QComboBox(this))
    , m_rows(new QLabel(this))
{
    setAccessibleName(tr("Pages of usage rows"));
    m_pageBox->setAccessibleName(tr("Page number"));
    m_pageBox->setKeyboardTracking(false);
    m_pageBox->setMinimum(1);
    m_sizeBox->setAccessibleName(tr("Rows per page"));
    for (int size : pageSizes())
        m_sizeBox->addItem(tr("%L1 per page").arg(size), size);
    m_rows->setAccessibleName(tr("Rows shown"));
    m_rows->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_first);
    layout->addWidget(m_previous);
    layout->addWidget(new QLabel(tr("Page"), this));
    layout->addWidget(m_pageBox);
    layout->addWidget(m_pageCount);
    layout->addWidget(m_next);
    layout->addWidget(m_last);
    layout->addSpacing(12);
    layout->addWidget(m_sizeBox);
    layout->addStretch();
    layout->addWidget(m_rows);
    // In a narrow window (200% scale) the row count gives way first; its tooltip keeps it.
    m_rows->setMinimumWidth(0);
    m_rows->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);

    // Tab follows the row as drawn; the page box was made after the arrows around it.
    setTabOrderChain({m_previous, m_pageBox, m_next});

    connect(m_first, &QToolButton::clicked, this, [this] { emit pageRequested(0); });
    connect(m_previous, &QToolButton::clicked, this,
            [this] { emit pageRequested(m_pageIndex - 1); });
    connect(m_next, &QToolButton::clicked, this, [this] { emit pageRequested(m_pageIndex + 1); });
    connect(m_last, &QToolButton::clicked, this,
            [this] { emit pageRequested(m_pageCountValue - 1); });
    connect(m_pageBox, &QSpinBox::valueChanged, this,
            [this](int page) { emit pageRequested(page - 1); });
    connect(m_sizeBox, &QComboBox::activated, this,
            [this](int index) { emit pageSizeRequested(m_sizeBox->itemData(index).toInt()); });
    setPage(0, 1, 50, 0, 0);
}

void PagerBar::setPage(int pageIndex, int pageCount, int pageSize, qint64 totalRows, int rowsOnPage)
{
    m_pageIndex = pageIndex;
    m_pageCountValue = std::max(1, pageCount);
    {
        const QSignalBlocker blocker(m_pageBox);
        m_pageBox->setMaximum(m_pageCountValue);
        m_pageBox->setValue(pageIndex + 1);
    }
    const QLocale locale;
    m_pageCount->setText(tr("of %1").arg(locale.toString(m_pageCountValue)));
    {
        const QSignalBlocker blocker(m_sizeBox);
        int index = m_sizeBox->findData(pageSize);
        if (index < 0) {
            // The server capped the page size: show what it really is.
            m_sizeBox->addItem(tr("%L1 per page (server limit)").arg(pageSize), pageSize);
            index = m_sizeBox->count() - 1;
        }
        m_sizeBox->setCurrentIndex(index);
    }
    if (totalRows <= 0 || rowsOnPage <= 0) {
        m_rows->setText(tr("No rows"));
        m_rows->setToolTip(m_rows->text());
    } else {
        const qint64 first = static_cast<qint64>(pageIndex) * pageSize + 1;
        m_rows->setText(tr("Rows %1–%2 of %3")
                            .arg(locale.toString(first), locale.toString(first + rowsOnPage - 1),
                                 locale.toString(totalRows)));
        m_rows->setToolTip(m_rows->text());
    }
    m_first->setEnabled(pageIndex > 0);
    m_previous->setEnabled(pageIndex > 0);
    m_next->setEnabled(pageIndex + 1 < m_pageCountValue);
    m_last->setEnabled(pageIndex + 1 < m_pageCountValue);
}

void PagerBar::setBusy(bool busy)
{
    m_pageBox->setEnabled(!busy);
}

} // namespace neuroio::ui
