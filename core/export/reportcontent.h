#pragma once

#include "core/api/account.h"
#include "core/api/usagetotal.h"
#include "core/usage/levelsummary.h"
#include "core/usage/monthrange.h"
#include "core/usage/usageaggregator.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QMap>
#include <QString>

namespace neuroio {

// Whose usage a report covers and which part of it: what the dashboard's filters say.
struct ReportSubject
{
    MonthRange range;
    std::optional<qint64> accountId; // empty: the user's own usage
    QList<Account> accounts;         // the managed accounts known, to name accountId
    QList<qint64> spaceIds;          // empty: every space
    int spacesListed = -1;           // how many spaces the scope has; -1 when not listed
    QList<int> eventTypes;           // empty: every event type
};

// What a report says, built here once for the window and the report command alike: its
// title, scope and filters in words, the totals, the columns, and the table of every space.
// The PDF writer only draws it, and the charts come from the same aggregator.
struct ReportContent
{
    Q_DECLARE_TR_FUNCTIONS(neuroio::ReportContent)

public:
    struct SpaceRow
    {
        QString name;
        QMap<int, double> values; // event type -> the quantity shown
    };

    QString title; // "NeuroIO usage report"
    QString scope; // "Northwind Logistics (account 11)", "Account 12" or "My usage"
    MonthRange range;
    QString filters; // "All spaces · 1 of 4 event types"
    QDateTime madeAt;
    UsageTotals totals;
    QList<int> eventTypes; // the columns: the selected types, or every one known or seen
    // Per event type, its latest month and monthly average from the rows: for storage and
    // licences the levels a person means, beside the total endpoint's unit-months.
    QMap<int, LevelSummary> monthly;
    // API calls summed over the range; storage and licences at their last month's level;
    // largest first by the first column.
    QList<SpaceRow> spaces;
    const UsageAggregator *aggregator = nullptr; // for the charts; outlives the content

    // "NeuroIO usage report: My usage, 2026-01 to 2026-06"
    QString documentTitle() const;

    static ReportContent build(const ReportSubject &subject, const UsageTotals &totals,
                               const UsageAggregator &aggregator, const QDateTime &madeAt);
    static QString scopeText(const ReportSubject &subject);
    static QString filtersText(const ReportSubject &subject);
};

} // namespace neuroio
