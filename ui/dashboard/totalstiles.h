#pragma once

#include <QWidget>

class QAbstractItemModel;
class QHBoxLayout;

namespace neuroio::ui {

// One tile per event type with its total from the total endpoint. Each type is a different
// unit, so each has its own tile and number, never a shared scale.
class TotalsTiles final : public QWidget
{
    Q_OBJECT

public:
    explicit TotalsTiles(QAbstractItemModel *totalsModel, QWidget *parent = nullptr);

    void setRangeText(const QString &text) { m_rangeText = text; }
    // The numbers on the tiles, for tests: event type -> text shown.
    QMap<int, QString> shownNumbers() const;

private:
    void rebuild();

    QAbstractItemModel *m_model;
    QHBoxLayout *m_layout;
    QString m_rangeText;
    QMap<int, QString> m_shown;
};

} // namespace neuroio::ui
