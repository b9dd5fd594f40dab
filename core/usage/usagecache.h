#pragma once

#include "core/api/apierror.h"
#include "core/api/month.h"
#include "core/api/usagerecord.h"
#include "core/api/usagetotal.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace neuroio {

class BillingClient;
class BillingQuery;
class UsageRowStore;

// Whose usage, under which filters: everything but the months. The token's fingerprint keeps
// one person's cache from another's (and from a token that no longer works).
struct UsageCacheScope
{
    QString server;              // the base URL
    QByteArray tokenFingerprint; // BillingClient::tokenFingerprint()
    std::optional<qint64> accountId;
    QList<qint64> spaceIds; // as selected; the order does not matter
    QList<int> eventTypes;

    // The scope of query (its months aside) for client's server and token.
    static UsageCacheScope of(const BillingClient &client, std::optional<qint64> accountId,
                              const BillingQuery &query);
};

// Usage of closed months on disk: a month that has ended (by the server's clock, and a day
// of grace for late usage) no longer changes, so its rows and totals are read from here
// instead of the server. One file per scope, month and kind, each written whole (0600, in a
// 0700 folder); a file that cannot be read back exactly is dropped, never half-used. The
// folder stays under a size bound: the files read least recently go first.
class UsageCache final
{
    Q_DECLARE_TR_FUNCTIONS(neuroio::UsageCache)

public:
    static constexpr qint64 kDefaultMaxBytes = 200LL * 1024 * 1024;
    static constexpr qint64 kMaxMegabytesLimit = qint64(1024) * 1024;
    // The setting that bounds the cache, in whole megabytes.
    static QString maxMegabytesKey() { return QStringLiteral("cache/maxMegabytes"); }

    explicit UsageCache(const QString &folder, qint64 maxBytes = kDefaultMaxBytes);

    // The user's cache folder for this application, and "usage" in it.
    static QString defaultFolder();
    // The settings' cache/maxMegabytes (a whole number, 0 to keep nothing); the default
    // when it is unset or not a number.
    static qint64 maxBytesFromSettings();

    // True once month ended at least a day before now (UTC).
    static bool isClosed(const Month &month, const QDateTime &now);

    QString folder() const { return m_folder; }
    qint64 maxBytes() const { return m_maxBytes; }
    // A new bound; files beyond it go at once, the least recently read first.
    void setMaxBytes(qint64 maxBytes);

    using RowVisitor = std::function<void(const UsageRecord &)>;

    // Appends the rows of month, in order, to into. False, and no row at all, when the month is
    // not kept or its file is damaged.
    bool readRows(const UsageCacheScope &scope, const Month &month, UsageRowStore *into);
    // How many rows month's file could hold, from its size alone (0 when there is none):
    // room made for that much is only address space until rows fill it.
    qint64 rowsAtMost(const UsageCacheScope &scope, const Month &month) const;
    std::optional<QList<UsageRecord>> rows(const UsageCacheScope &scope, const Month &month);
    std::optional<UsageTotals> totals(const UsageCacheScope &scope, const Month &month);
    ApiError storeRows(const UsageCacheScope &scope, const Month &month,
                       const QList<UsageRecord> &rows);
    ApiError storeTotals(const UsageCacheScope &scope, const Month &month,
                         const UsageTotals &totals);

    // Removes every file of the cache.
    ApiError clear();
    qint64 bytesOnDisk() const;

    // The file formats, public so the fuzzer and the tests reach them.
    static QByteArray encodeRows(const QList<UsageRecord> &rows);
    static bool decodeRows(const QByteArray &bytes, const RowVisitor &visit);
    // Appends the rows to into; none when the bytes are damaged.
    static bool decodeRows(const QByteArray &bytes, UsageRowStore *into);
    static std::optional<QList<UsageRecord>> decodeRows(const QByteArray &bytes);
    static QByteArray encodeTotals(const UsageTotals &totals);
    static std::optional<UsageTotals> decodeTotals(const QByteArray &bytes);

private:
    QString pathFor(const UsageCacheScope &scope, const Month &month, const char *kind) const;
    std::optional<QByteArray> read(const QString &path);
    ApiError write(const QString &path, const QByteArray &bytes);
    void trim();

    QString m_folder;
    qint64 m_maxBytes;
};

} // namespace neuroio
