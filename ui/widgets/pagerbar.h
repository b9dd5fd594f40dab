#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QSpinBox;
class QToolButton;

namespace neuroio::ui {

// First, previous, next, last; page size; "Rows 41–60 of 1,234"; a page number to jump to.
class PagerBar final : public QWidget
{
    Q_OBJECT

public:
    static const QList<int> &pageSizes();

    explicit PagerBar(QWidget *parent = nullptr);

    void setPage(int pageIndex, int pageCount, int pageSize, qint64 totalRows, int rowsOnPage);
    void setBusy(bool busy);

signals:
    void pageRequested(int pageIndex);
    void pageSizeRequested(int rows);

private:
    QToolButton *m_first;
    QToolButton *m_previous;
    QToolButton *m_next;
    QToolButton *m_last;
    QSpinBox *m_pageBox;
    QLabel *m_pageCount;
    QComboBox *m_sizeBox;
    QLabel *m_rows;
    int m_pageIndex = 0;
    int m_pageCountValue = 1;
};

} // namespace neuroio::ui
