#include "core/export/accountsoverviewtable.h"

#include "core/api/eventtype.h"
#include "core/usage/accountsoverview.h"

#include <QCoreApplication>

#include <cmath>

namespace neuroio {

namespace {

// Shares and growth to a hundredth of a percent: more digits claim a precision no one reads.
ExportValue shareValue(const std::optional<double> &percent)
{
    return percent ? ExportValue::fromNumber(std::round(*percent * 100) / 100)
                   : ExportValue::missing();
}

ExportValue numberOrMissing(const std::optional<double> &value)
{
    return value ? ExportValue::fromNumber(*value) : ExportValue::missing();
}

// A file keeps every minor digit and no currency sign; too large to count is no figure at all.
ExportValue costValue(const std::optional<Money> &money)
{
    return money && !money->tooLarge ? ExportValue::fromText(CostEstimate::plainText(*money))
                                     : ExportValue::missing();
}

QStringList columnsOf(const AccountsOverview &overview, bool costs)
{
    QStringList columns{QStringLiteral("account_id"), QStringLiteral("account_name"),
                        QStringLiteral("status")};
    for (int type : overview.eventTypes()) {
        const QString key = eventTypeKey(type).replace(QLatin1Char('-'), QLatin1Char('_'));
        if (overview.comparesLatestLevel(type)) {
            // A level: its level in the last month (what the share is of), its average, and
            // the total endpoint's figure under its unit ("persons_storage_person_months").
            const QString unitMonths
                = eventTypeTotalUnitKey(type).replace(QLatin1Char('-'), QLatin1Char('_'));
            columns << key + QStringLiteral("_latest") << key + QStringLiteral("_average")
                    << key + u'_' + unitMonths;
        } else {
            columns << key;
        }
        // Against the months before the range, as many (the total: a level's average level).
        columns << key + QStringLiteral("_share_percent")
                << key + QStringLiteral("_growth_percent");
    }
    if (costs)
        columns << QStringLiteral("estimated_cost") << QStringLiteral("currency");
    columns << QStringLiteral("error");
    return columns;
}

} // namespace

ExportTable accountsOverviewTable(const AccountsOverview &overview,
                                  const std::optional<AccountsOverviewCosts> &costs)
{
    const QStringList columns = columnsOf(overview, costs.has_value());
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
            const int at = static_cast<int>(i);
            row.append({columns[column++], numberOrMissing(overview.compared(at, type))});
            if (overview.comparesLatestLevel(type)) {
                const auto average = overview.averageLevel(at, type);
                row.append({columns[column++], average
                                                   ? ExportValue::fromNumber(std::round(*average))
                                                   : ExportValue::missing()});
                row.append({columns[column++], numberOrMissing(r.quantity(type))});
            }
            row.append({columns[column++], shareValue(overview.share(at, type))});
            const std::optional<PeriodChange> growth = overview.growth(at, type);
            row.append({columns[column++],
                        shareValue(growth ? growth->percent() : std::optional<double>())});
        }
        if (costs) {
            row.append({columns[column++], costValue(costs->cost(static_cast<int>(i)))});
            row.append({columns[column++], ExportValue::fromText(costs->currency())});
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
        if (overview.comparesLatestLevel(type)) {
            double unitMonths = 0;
            for (const AccountsOverview::Row &r : overview.rows())
                unitMonths += r.quantity(type).value_or(0);
            const int months = overview.range().monthCount();
            total.append({columns[column++],
                          months > 0 ? ExportValue::fromNumber(std::round(unitMonths / months))
                                     : ExportValue::missing()});
            total.append({columns[column++], ExportValue::fromNumber(unitMonths)});
        }
        total.append({columns[column++], ExportValue::missing()});
        total.append({columns[column++], ExportValue::missing()});
    }
    if (costs) {
        total.append({columns[column++], costValue(costs->total())});
        total.append({columns[column++], ExportValue::fromText(costs->currency())});
    }
    total.append({columns[column],
                  overview.isIncomplete() ? ExportValue::fromText(
                      QCoreApplication::translate("neuroio::AccountsOverviewTable",
                                                  "%1 of %2 accounts unavailable; the totals and "
                                                  "shares are over the %3 that answered")
                          .arg(overview.unavailableCount())
                          .arg(overview.rows().size())
                          .arg(overview.rows().size() - overview.unavailableCount()))
                                          : ExportValue::missing()});
    rows.append(total);
    return ExportTable{columns, rows};
}

} // namespace neuroio
