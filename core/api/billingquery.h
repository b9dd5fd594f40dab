#pragma once

#include "core/api/apierror.h"
#include "core/api/month.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace neuroio {

// The filters and paging of one billing request, as the SDK sends them.
class BillingQuery final
{
    Q_DECLARE_TR_FUNCTIONS(neuroio::BillingQuery)

public:
    enum class Paging { Included, Omitted };

    std::optional<Month> monthFrom;
    std::optional<Month> monthTo;
    QList<qint64> spaceIds; // empty: every space
    QList<int> eventTypes;  // empty: every event type
    std::optional<int> limit;
    std::optional<qint64> offset; // 64-bit: a server may hold more rows than an int counts

    // Ok when the query can be sent; otherwise InvalidRequest, its message naming the field.
    // The one check of a range that ends before it starts, for every caller.
    ApiError check() const;

    // The percent-encoded query string, parameters in the SDK's order, lists joined with an
    // encoded comma ("4%2C5%2C6"), unset parameters left out. Total endpoints take no paging.
    QString toQueryString(Paging paging = Paging::Included) const;

    friend bool operator==(const BillingQuery &a, const BillingQuery &b)
    {
        return a.monthFrom == b.monthFrom && a.monthTo == b.monthTo && a.spaceIds == b.spaceIds
               && a.eventTypes == b.eventTypes && a.limit == b.limit && a.offset == b.offset;
    }
    friend bool operator!=(const BillingQuery &a, const BillingQuery &b) { return !(a == b); }
};

} // namespace neuroio
