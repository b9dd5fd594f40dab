#pragma once

#include <QWidget>

class QAbstractItemModel;
class QHBoxLayout;
class QLabel;

namespace neuroio::ui {

class MonthlyTrendModel;

// One tile per event type. Each type is a different unit, so each has its own tile and number,
// never a shared scale. A flow (API calls) shows its total from the total endpoint. A level
// (storage, licences) shows its latest month's level and its average from the monthly trend,
// with the total endpoint's figure under its true name, unit-months.
class TotalsTiles final : public QWidget
{
    Q_OBJECT

public:
    TotalsTiles(QAbstractItemModel *totalsModel, MonthlyTrendModel *trendModel,
                QWidget *parent = nullptr);

    void setRangeText(const QString &text) { m_rangeText = text; }
    // What each tile says: event type -> its lines, the large number first.
    QMap<int, QStringList> shownText() const;

private:
    void rebuild();

    QAbstractItemModel *m_model;
    MonthlyTrendModel *m_trend;
    QHBoxLayout *m_layout;
    QString m_rangeText;
    QMap<int, QStringList> m_shown;
};

} // namespace neuroio::ui
