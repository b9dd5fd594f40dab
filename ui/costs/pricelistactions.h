#pragma once

#include "core/api/apierror.h"
#include "core/insights/pricelist.h"

#include <QObject>

#include <optional>

class QAction;
class QMenu;
class QWidget;

namespace neuroio::ui {

class DashboardController;

// The user's own prices in the window, View > Prices: use a price list file (it is checked,
// then kept as prices.json beside the budgets, where the command line looks too), or stop
// using one. With a list, the dashboard estimates costs; --prices gives one for this run
// only, leaving the kept one as it is.
class PriceListActions final : public QObject
{
    Q_OBJECT

public:
    PriceListActions(DashboardController *controller, QWidget *window);

    // The kept list (PriceList::defaultPath()), or none when there is no file. A broken file
    // is not used, and says why in statusMessage().
    void loadKept();
    // path's list for this run only. An error names what is wrong, and nothing changes.
    ApiError useForThisRun(const QString &path);
    // Checks path's list, keeps a copy as the default and uses it. An error names what is
    // wrong, and the list used before stays.
    ApiError keep(const QString &path);
    // Estimates no more costs: the kept list is removed, a list for this run put aside.
    ApiError forget();
    const std::optional<PriceList> &priceList() const { return m_prices; }
    void addTo(QMenu *menu);

signals:
    void statusMessage(const QString &text, int timeoutMs);
    void failed(const QString &text);

private:
    void use(const std::optional<PriceList> &prices, const QString &from);
    void askForFile();

    DashboardController *m_controller;
    QWidget *m_window;
    std::optional<PriceList> m_prices;
    QString m_from; // the file the list in use was read from
    QAction *m_using;
    QAction *m_forget;
};

} // namespace neuroio::ui
