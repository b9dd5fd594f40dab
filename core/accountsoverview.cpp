#include "accountsoverview.h"

#include "eventtype.h"

namespace neuroio {

std::optional<double> AccountsOverview::Row::quantity(int eventType) const
{
    if (!totals)
        return std::nullopt;
    for (const UsageTotal &t : *totals) {
        if (t.eventType == eventType)
            return t.quantity;
    }
    return std::nullopt;
}

AccountsOverview::AccountsOverview(QList<Row> rows, QList<int> eventTypes)
    : m_rows(std::move(rows))
    , m_eventTypes(std::move(eventTypes))
{
    for (int type : m_eventTypes) {
        double sum = 0;
        for (const Row &row : m_rows)
            sum += row.quantity(type).value_or(0);
        m_columnTotals.insert(type, sum);
    }
}

std::optional<double> AccountsOverview::share(int row, int eventType) const
{
    const auto quantity = m_rows.at(row).quantity(eventType);
    const double total = columnTotal(eventType);
    if (!quantity || total <= 0)
        return std::nullopt;
    return *quantity * 100.0 / total;
}

bool AccountsOverview::isIncomplete() const
{
    return unavailableCount() > 0;
}

int AccountsOverview::unavailableCount() const
{
    int count = 0;
    for (const Row &row : m_rows)
        count += row.isAvailable() ? 0 : 1;
    return count;
}

QStringList AccountsOverview::exportColumns() const
{
    QStringList columns{QStringLiteral("account_id"), QStringLiteral("account_name"),
                        QStringLiteral("status")};
    for (int type : m_eventTypes) {
        const QString key = eventTypeKey(type).replace(QLatin1Char('-'), QLatin1Char('_'));
        columns << key << key + QStringLiteral("_share_percent");
    }
    columns << QStringLiteral("error");
    return columns;
}

QList<ExportRow> AccountsOverview::exportRows() const
{
    const QStringList columns = exportColumns();
    QList<ExportRow> rows;
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        const Row &r = m_rows[i];
        ExportRow row{
            {columns[0], ExportValue::fromNumber(static_cast<double>(r.account.id))},
            {columns[1], ExportValue::fromText(r.account.name)},
            {columns[2], ExportValue::fromText(r.isAvailable() ? QStringLiteral("ok")
                                                               : QStringLiteral("unavailable"))}};
        int column = 3;
        for (int type : m_eventTypes) {
            const auto quantity = r.quantity(type);
            const auto percent = share(static_cast<int>(i), type);
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
    ExportRow total{{columns[0], ExportValue::missing()},
                    {columns[1], ExportValue::fromText(QStringLiteral("Total"))},
                    {columns[2], ExportValue::fromText(isIncomplete() ? QStringLiteral("incomplete")
                                                                      : QStringLiteral("ok"))}};
    int column = 3;
    for (int type : m_eventTypes) {
        total.append({columns[column++], ExportValue::fromNumber(columnTotal(type))});
        total.append({columns[column++], ExportValue::missing()});
    }
    total.append({columns[column], isIncomplete() ? ExportValue::fromText(
                                       QStringLiteral("%1 account(s) unavailable; the totals "
                                                      "leave them out")
                                           .arg(unavailableCount()))
                                                  : ExportValue::missing()});
    rows.append(total);
    return rows;
}

} // namespace neuroio
