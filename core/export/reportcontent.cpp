#include "core/export/reportcontent.h"

#include "core/api/eventtype.h"

#include <climits>

namespace neuroio {

QString ReportContent::documentTitle() const
{
    return tr("%1: %2, %3").arg(title, scope, range.toString());
}

QString ReportContent::scopeText(const ReportSubject &subject)
{
    if (!subject.accountId)
        return tr("My usage");
    for (const Account &account : subject.accounts) {
        if (account.id == *subject.accountId)
            return tr("%1 (account %2)").arg(account.name).arg(account.id);
    }
    return tr("Account %1").arg(*subject.accountId);
}

QString ReportContent::filtersText(const ReportSubject &subject)
{
    QString spaces = tr("All spaces");
    if (!subject.spaceIds.isEmpty()) {
        // A managed account's spaces are not listed: no total to count against.
        spaces = subject.spacesListed > 0
                     ? tr("%1 of %2 spaces").arg(subject.spaceIds.size()).arg(subject.spacesListed)
                     : tr("Selected spaces: %1").arg(subject.spaceIds.size());
    }
    const QString types = subject.eventTypes.isEmpty() ? tr("All event types")
                                                       : tr("%1 of %2 event types")
                                                             .arg(subject.eventTypes.size())
                                                             .arg(knownEventTypes().size());
    return tr("%1 · %2").arg(spaces, types);
}

ReportContent ReportContent::build(const ReportSubject &subject, const UsageTotals &totals,
                                   const UsageAggregator &aggregator, const QDateTime &madeAt)
{
    ReportContent content;
    content.title = tr("NeuroIO usage report");
    content.scope = scopeText(subject);
    content.range = subject.range;
    content.filters = filtersText(subject);
    content.madeAt = madeAt;
    content.totals = totals;
    content.eventTypes = aggregator.shownEventTypes(subject.eventTypes);
    content.aggregator = &aggregator;
    for (int type : content.eventTypes)
        content.monthly.insert(type, LevelSummary::of(aggregator.monthly(type)));

    QMap<QString, int> rowOf;
    for (int type : content.eventTypes) {
        for (const SpaceShare &share : aggregator.breakdown(type, INT_MAX).items) {
            const QString key = share.spaceId ? QString::number(*share.spaceId) : share.name;
            if (!rowOf.contains(key)) {
                rowOf.insert(key, static_cast<int>(content.spaces.size()));
                content.spaces.append(SpaceRow{share.name.isEmpty() && share.spaceId
                                                   ? tr("Space %1").arg(*share.spaceId)
                                                   : share.name,
                                               {}});
            }
            content.spaces[rowOf.value(key)].values.insert(type, share.quantity);
        }
    }
    if (!content.eventTypes.isEmpty()) {
        const int first = content.eventTypes.first();
        std::stable_sort(content.spaces.begin(), content.spaces.end(),
                         [first](const SpaceRow &a, const SpaceRow &b) {
                             return a.values.value(first) > b.values.value(first);
                         });
    }
    return content;
}

} // namespace neuroio
