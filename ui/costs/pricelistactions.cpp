#include "ui/costs/pricelistactions.h"

#include "ui/dashboard/dashboardcontroller.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>

namespace neuroio::ui {

PriceListActions::PriceListActions(DashboardController *controller, QWidget *window)
    : QObject(window)
    , m_controller(controller)
    , m_window(window)
    , m_using(new QAction(this))
    , m_forget(new QAction(tr("&Stop Using Prices"), this))
{
    m_using->setEnabled(false); // says which list is used; nothing to do
    connect(m_forget, &QAction::triggered, this, [this] {
        if (const ApiError error = forget(); !error.isOk())
            emit failed(error.userMessage());
    });
    use(std::nullopt, QString());
}

void PriceListActions::addTo(QMenu *menu)
{
    QMenu *prices = menu->addMenu(tr("&Prices"));
    prices->addAction(m_using);
    prices->addAction(tr("&Use a Price List File…"), this, &PriceListActions::askForFile);
    prices->addAction(m_forget);
}

void PriceListActions::loadKept()
{
    const QString path = PriceList::defaultPath();
    if (!QFileInfo::exists(path)) {
        use(std::nullopt, QString());
        return;
    }
    const Result<PriceList> read = PriceList::read(path);
    if (!read.isOk()) {
        use(std::nullopt, QString());
        emit statusMessage(tr("Costs are not estimated: %1").arg(read.error.userMessage()), 0);
        return;
    }
    use(read.value, path);
}

ApiError PriceListActions::useForThisRun(const QString &path)
{
    const Result<PriceList> read = PriceList::read(path);
    if (!read.isOk())
        return read.error;
    use(read.value, path);
    return {};
}

ApiError PriceListActions::keep(const QString &path)
{
    const Result<PriceList> read = PriceList::read(path);
    if (!read.isOk())
        return read.error;
    const QString kept = PriceList::defaultPath();
    if (ApiError error = PriceList::write(kept, read.value); !error.isOk())
        return error;
    use(read.value, kept);
    emit statusMessage(tr("Costs are estimated from %1 (kept as %2).")
                           .arg(QDir::toNativeSeparators(path), QDir::toNativeSeparators(kept)),
                       8000);
    return {};
}

ApiError PriceListActions::forget()
{
    // A list given for this run only (--prices) is only put aside; the kept one stays kept.
    const QString kept = PriceList::defaultPath();
    QFile file(kept);
    if (m_from == kept && file.exists() && !file.remove())
        return ApiError::writeFailed(kept, file.errorString());
    use(std::nullopt, QString());
    emit statusMessage(tr("Costs are no longer estimated."), 8000);
    return {};
}

void PriceListActions::use(const std::optional<PriceList> &prices, const QString &from)
{
    m_prices = prices;
    m_from = from;
    m_controller->setPriceList(prices);
    m_using->setText(prices ? tr("Using %1 (%2)", "a price list file (its currency)")
                                  .arg(QFileInfo(from).fileName(), prices->currency)
                            : tr("No price list: costs are not estimated"));
    m_using->setToolTip(QDir::toNativeSeparators(from));
    m_forget->setEnabled(prices.has_value());
}

void PriceListActions::askForFile()
{
    const QString path
        = QFileDialog::getOpenFileName(m_window, tr("Use a Price List File"), QString(),
                                       tr("Price lists (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    if (const ApiError error = keep(path); !error.isOk())
        emit failed(tr("The price list was not used: %1").arg(error.userMessage()));
}

} // namespace neuroio::ui
