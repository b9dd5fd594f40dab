#include "ui/accounts/accountsoverviewpage.h"

#include "core/export/accountsoverviewtable.h"
#include "core/export/exportsink.h"
#include "core/usage/accountsoverviewloader.h"
#include "ui/accounts/accountsoverviewmodel.h"
#include "ui/output/exportdialog.h"
#include "ui/output/tablecopy.h"
#include "ui/widgets/modelroles.h"
#include "ui/widgets/taborder.h"
#include "ui/widgets/totallastproxymodel.h"

#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace neuroio::ui {

AccountsOverviewPage::AccountsOverviewPage(BillingClient *client, QWidget *parent)
    : QWidget(parent)
    , m_loader(new AccountsOverviewLoader(client, this))
    , m_model(new AccountsOverviewModel(this))
    , m_proxy(new TotalLastProxyModel(this))
    , m_view(new QTableView(this))
    , m_title(new QLabel(tr("Accounts overview"), this))
    , m_status(new QLabel(this))
{
    QFont font = m_title->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.3);
    m_title->setFont(font);
    m_status->setWordWrap(true);
    m_status->setAccessibleName(tr("Accounts overview status"));
    auto *back = new QPushButton(tr("← Back to the dashboard"), this);
    back->setAccessibleName(tr("Back to the dashboard"));
    auto *exportButton = new QPushButton(tr("Export CSV…"), this);
    exportButton->setAccessibleName(tr("Export the accounts overview"));

    m_proxy->setSourceModel(m_model);
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(AccountsOverviewModel::AccountColumn, Qt::AscendingOrder);
    m_view->setAccessibleName(tr("Managed accounts"));
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->verticalHeader()->hide();
    // Every column as wide as its contents, the accounts' names whole: with a value, a share
    // and a growth column per event type, a narrow window scrolls sideways rather than cut
    // the names to "Café Lumièr...".
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setStretchLastSection(false);
    addCopyAction(m_view);

    // The table was made first; Tab reads the buttons above it first.
    setTabOrderChain({back, exportButton, m_view});

    auto *header = new QHBoxLayout;
    header->addWidget(back);
    header->addWidget(m_title, 1);
    header->addWidget(exportButton);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(m_status);
    layout->addWidget(m_view, 1);

    connect(back, &QPushButton::clicked, this, &AccountsOverviewPage::backRequested);
    connect(exportButton, &QPushButton::clicked, this, &AccountsOverviewPage::exportCsv);
    connect(m_view, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        if (!index.data(IsTotalRole).toBool())
            emit accountOpened(index.data(AccountIdRole).toLongLong());
    });
    connect(m_loader, &AccountsOverviewLoader::progress, this, [this](int done, int total) {
        m_status->setText(tr("Reading each account's totals: %L1 of %L2…").arg(done).arg(total));
    });
    connect(m_loader, &AccountsOverviewLoader::finished, this,
            [this](const AccountsOverview &overview, const ApiError &error) {
                if (error.isCancelled())
                    return;
                m_error = error;
                m_monthsRead = m_loader->readsMonths();
                showOverview(overview);
                emit loaded();
            });
}

void AccountsOverviewPage::showOverview(const AccountsOverview &overview)
{
    std::optional<AccountsOverviewCosts> costs;
    if (m_prices && !m_error.isFailure())
        costs = AccountsOverviewCosts::of(overview, *m_prices);
    m_model->setOverview(overview, costs);
    // The cost is the model's last column, but a person looks for it beside the account, not
    // past a dozen columns of quantities: the view shows it second.
    QHeaderView *header = m_view->horizontalHeader();
    if (const int cost = m_model->costColumn(); cost > 0)
        header->moveSection(header->visualIndex(cost), AccountsOverviewModel::AccountColumn + 1);
    const ApiError &error = m_error;
    if (error.isFailure()) {
        m_status->setText(
            error.isForbidden()
                ? tr("This token cannot read managed accounts.")
                : tr("The accounts could not be listed: %1").arg(error.userMessage()));
    } else if (overview.rows().isEmpty()) {
        m_status->setText(tr("This manager manages no accounts."));
    } else if (overview.isIncomplete()) {
        m_status->setText(tr("Incomplete: %L1 of %L2 accounts could not be read; they show "
                             "\"unavailable\", and the totals and shares are over the %L3 that "
                             "answered. Hover one for the reason.")
                              .arg(overview.unavailableCount())
                              .arg(overview.rows().size())
                              .arg(overview.rows().size() - overview.unavailableCount()));
    } else {
        m_status->setText(tr("%L1 accounts. Double-click one to open its dashboard.")
                              .arg(overview.rows().size()));
    }
    // What "Growth" is against, where a person reads the table.
    if (!overview.rows().isEmpty() && overview.earlierRange().isValid()) {
        m_status->setText(m_status->text() + QLatin1Char(' ')
                          + tr("Growth: each total against %1, as many months just before.")
                                .arg(overview.earlierRange().toString()));
    }
    if (costs && !overview.rows().isEmpty() && !costs->whyNone().isEmpty())
        m_status->setText(m_status->text() + QLatin1Char(' ') + costs->whyNone());
}

void AccountsOverviewPage::setPriceList(const std::optional<PriceList> &prices)
{
    m_prices = prices;
    // Out of sight it is loaded afresh when shown again, with the list of then.
    if (!m_loaded || !isVisibleTo(window()))
        return;
    // Months are read only for a price list: an overview without them is loaded again.
    if (m_loader->isRunning() || (prices && !m_monthsRead)) {
        load(m_query, m_rangeText, m_accounts, prices);
        return;
    }
    const AccountsOverview shown = m_model->overview(); // a copy: the model is reset with it
    showOverview(shown);
}

void AccountsOverviewPage::load(const BillingQuery &query, const QString &rangeText,
                                const std::optional<QList<Account>> &accounts,
                                const std::optional<PriceList> &prices)
{
    m_query = query;
    m_query.spaceIds.clear(); // space ids belong to one account
    m_rangeText = rangeText;
    m_accounts = accounts;
    m_prices = prices;
    m_loaded = true;
    m_title->setText(tr("Accounts overview: %1").arg(rangeText));
    m_model->setOverview({});
    m_status->setText(tr("Listing the managed accounts…"));
    // A cost prices each month on its own: only then are the months worth their requests.
    m_loader->setReadMonths(prices.has_value());
    m_loader->start(m_query, accounts);
}

QString AccountsOverviewPage::statusText() const
{
    return m_status->text();
}

QString AccountsOverviewPage::defaultFileStem() const
{
    QString name = defaultExportFileName(QStringLiteral("accounts"), std::nullopt,
                                         m_query.monthFrom, m_query.monthTo, QStringLiteral("x"));
    name.replace(QStringLiteral("_my-usage"), QString());
    name.chop(2);
    return name;
}

void AccountsOverviewPage::exportCsv()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export the accounts overview"),
                                                      defaultFileStem() + QStringLiteral(".csv"),
                                                      tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    ExportOptions options = ExportDialog::savedOptions();
    options.format = ExportOptions::Format::Csv;
    const AccountsOverview &overview = m_model->overview();
    const ApiError error
        = ExportSink::writeTable(options, path, accountsOverviewTable(overview, m_model->costs()));
    m_status->setText(error.isOk() ? tr("Wrote the overview to %1").arg(path)
                                   : tr("Not exported: %1").arg(error.userMessage()));
}

} // namespace neuroio::ui
