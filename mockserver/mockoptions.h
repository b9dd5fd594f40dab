#pragma once

#include "core/api/month.h"

#include <QList>
#include <QString>

#include <optional>

namespace neuroio::mock {

// Everything that shapes the local server's data and behaviour; the command line of
// neuroio-billing-mock maps onto these one to one.
struct MockOptions
{
    quint64 seed = 1;
    int accounts = 3; // managed by the manager
    int spaces = 6;   // per scope (the manager's own and each account's)
    int months = 24;
    std::optional<Month> lastMonth; // default: the month before the current one
    int maxLimit = 1000;

    QString token = QStringLiteral("demo-account-token");
    QString managerToken = QStringLiteral("demo-manager-token");
    QString password = QStringLiteral("demo-password"); // for demo-user and demo-manager
    qint64 loginTokenLifetimeSeconds = qint64(24) * 3600;

    // Faults, for reliability tests and demos of error handling. Each applies to the billing
    // endpoints only, and the same seed faults the same requests.
    enum class RetryAfterForm { Seconds, Date };
    int delayMs = 0;
    int failFirst = 0;     // the first N billing requests are answered with failStatus
    double failRate = 0.0; // share of billing requests answered with failStatus
    int failStatus = 503;  // 503 or 429, with Retry-After
    int retryAfterSeconds = 1;
    RetryAfterForm retryAfterForm = RetryAfterForm::Seconds; // "12", or an HTTP date
    double malformedRate = 0.0;    // share of billing answers with a broken body
    double wrongShapeRate = 0.0;   // share answered 200 with valid JSON of the wrong shape
    double cutBodyRate = 0.0;      // share whose body stops half-way, then the connection closes
    double resetRate = 0.0;        // share whose connection is reset half-way through the body
    double hangRate = 0.0;         // share that is never answered; the connection stays open
    int trickleMs = 0;             // bodies come 64 bytes at a time, one piece every N ms
    QList<qint64> failingAccounts; // their billing endpoints answer 500
};

} // namespace neuroio::mock
