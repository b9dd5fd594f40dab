#include "core/export/accountsoverviewtable.h"

#include "core/api/eventtype.h"
#include "core/usage/accountsoverview.h"

#include <QCoreApplication>

namespace neuroio {

namespace {

QStringList columnsOf(const AccountsOverview &overview)
{
    QStringList columns{QStringLiteral("account_id"), QStringLiteral("account_name"),
                        QStringLiteral("status")};
    for (int type : overview.eventTypes()) {
        const QString key = eventTypeKey(type).replace(QLatin1Char('-'), QLatin1Char('_'));
        columns << key << key + QStringLiteral("_share_percent");
    }
    columns << QStringLiteral("error");
    return columns;
}

} // namespace

ExportTable accountsOverviewTable(const AccountsOverview &overview)
{
    const QStringList columns = columnsOf(overview);
    QList<ExportRow> rows;
    for (qsizetype i = 0; i < overview.rows().size(); ++i) {
        const AccountsOverview::Row &r = overview.rows()[i];
        ExportRow row{
            {columns[0], ExportValue::fromNumber(static_cast<double>(r.account.id))},
            {columns[1], ExportValue::fromText(r.account.name)},
            {columns[2], ExportValue::fromText(r.isAvailable() ? QStringLiteral("ok")
                                                               : QStringLiteral("unavailable"))}};
        int column = 3;
        for (int type : overview.eventTypes()) {
            const auto quantity = r.quantity(type);
            const auto percent = overview.share(static_cast<int>(i), type);
            row.append({columns[column++],
                        quantity ? ExportValue::fromNumber(*quantity) : ExportValue::missing()});
            row.append({columns[column++],
                        percent ? ExportValue::fromNumber(*percent) : ExportValue::missing()});
        }
        row.append({columns[column], r.isAvailable()
                                         ? ExportValue::missing()
                                         : ExportValue::fromText(r.error.userMessage())});
        rows.append(row);
    }
    ExportRow total{
        {columns[0], ExportValue::missing()},
        {columns[1], ExportValue::fromText(QStringLiteral("Total"))},
        {columns[2], ExportValue::fromText(overview.isIncomplete() ? QStringLiteral("incomplete")
                                                                   : QStringLiteral("ok"))}};
    int column = 3;
    for (int type : overview.eventTypes()) {
        total.append({columns[column++], ExportValue::fromNumber(overview.columnTotal(type))});
        total.append({columns[column++], ExportValue::missing()});
    }
    total.append({columns[column], overview.isIncomplete() ? ExportValue::fromText(
                                       QCoreApplication::translate(
                                           "neuroio::AccountsOverviewTable",
                                           "%1 account(s) unavailable; the totals leave them out")
                                           .arg(overview.unavailableCount()))
                                                           : ExportValue::missing()});
    rows.append(total);
    return ExportTable{columns, rows};
}

} // namespace neuroio
