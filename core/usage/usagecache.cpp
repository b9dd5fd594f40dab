#include "core/usage/usagecache.h"

#include "core/api/billingclient.h"
#include "core/api/billingquery.h"
#include "core/api/wholefile.h"
#include "core/usage/usagerowstore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>
#include <QStandardPaths>
#include <QtEndian>

#include <algorithm>
#include <cstring>

namespace neuroio {

namespace {

constexpr char kRowsMagic[] = "NIOCROW2";
constexpr char kTotalsMagic[] = "NIOCTOT1";
constexpr qsizetype kMagicSize = 8;
// A row without extras: bits, id, year, month, type, quantity, space.
constexpr qsizetype kSmallestRow = 1 + 8 + 4 + 4 + 4 + 8 + 4;

enum RowBits : quint8 {
    HasId = 1,
    HasMonth = 2,
    HasType = 4,
    HasQuantity = 8,
    HasUnusual = 16,
    HasSpaceId = 32,
    HasSpaceName = 64,
};

class Writer
{
public:
    explicit Writer(const char *magic) { m_bytes.append(magic, kMagicSize); }
    template<typename T>
    void put(T value)
    {
        char raw[sizeof(T)];
        qToLittleEndian(value, raw);
        m_bytes.append(raw, sizeof(T));
    }
    void putDouble(double value)
    {
        quint64 bits;
        std::memcpy(&bits, &value, sizeof bits);
        put<quint64>(bits);
    }
    void putBytes(const QByteArray &bytes)
    {
        put<quint32>(quint32(bytes.size()));
        m_bytes.append(bytes);
    }
    QByteArray bytes() const { return m_bytes; }

private:
    QByteArray m_bytes;
};

// Every read is checked against the end: a short or damaged file reads as "not cached".
class Reader
{
public:
    Reader(const QByteArray &bytes, const char *magic)
        : m_bytes(bytes)
    {
        m_ok = bytes.size() >= kMagicSize && std::memcmp(bytes.constData(), magic, kMagicSize) == 0;
        m_at = kMagicSize;
    }
    template<typename T>
    T get()
    {
        if (!m_ok || m_bytes.size() - m_at < qsizetype(sizeof(T))) {
            m_ok = false;
            return T{};
        }
        const T value = qFromLittleEndian<T>(m_bytes.constData() + m_at);
        m_at += qsizetype(sizeof(T));
        return value;
    }
    double getDouble()
    {
        const quint64 bits = get<quint64>();
        double value;
        std::memcpy(&value, &bits, sizeof value);
        return value;
    }
    QByteArray getBytes()
    {
        const quint32 size = get<quint32>();
        if (!m_ok || m_bytes.size() - m_at < qsizetype(size)) {
            m_ok = false;
            return {};
        }
        QByteArray bytes = m_bytes.mid(m_at, qsizetype(size));
        m_at += qsizetype(size);
        return bytes;
    }
    // A count of items of at least itemSize bytes each: never more than the bytes left hold.
    quint32 getCount(qsizetype itemSize)
    {
        const quint32 count = get<quint32>();
        if (m_ok && qsizetype(count) > (m_bytes.size() - m_at) / itemSize)
            m_ok = false;
        return m_ok ? count : 0;
    }
    bool ok() const { return m_ok; }
    bool atEnd() const { return m_at == m_bytes.size(); }
    void fail() { m_ok = false; }

private:
    const QByteArray &m_bytes;
    qsizetype m_at = 0;
    bool m_ok = false;
};

QByteArray extrasJson(const ExtraFields &extras, const QStringList &nullFields)
{
    QJsonArray pairs;
    for (const ExtraField &e : extras)
        pairs.append(QJsonArray{e.name, e.value});
    return QJsonDocument(
               QJsonObject{{QStringLiteral("extras"), pairs},
                           {QStringLiteral("null"), QJsonArray::fromStringList(nullFields)}})
        .toJson(QJsonDocument::Compact);
}

bool readExtras(const QByteArray &json, ExtraFields *extras, QStringList *nullFields)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return false;
    const QJsonArray pairs = document.object().value(QStringLiteral("extras")).toArray();
    for (const auto &pair : pairs) {
        const QJsonArray nameAndValue = pair.toArray();
        if (nameAndValue.size() != 2 || !nameAndValue.at(0).isString())
            return false;
        extras->append({nameAndValue.at(0).toString(), nameAndValue.at(1)});
    }
    if (nullFields) {
        const QJsonArray names = document.object().value(QStringLiteral("null")).toArray();
        for (const auto &name : names)
            nullFields->append(name.toString());
    }
    return true;
}

} // namespace

UsageCacheScope UsageCacheScope::of(const BillingClient &client, std::optional<qint64> accountId,
                                    const BillingQuery &query)
{
    return UsageCacheScope{client.baseUrl().toString(), client.tokenFingerprint(), accountId,
                           query.spaceIds, query.eventTypes};
}

UsageCache::UsageCache(const QString &folder, qint64 maxBytes)
    : m_folder(folder)
    , m_maxBytes(std::max<qint64>(0, maxBytes))
{}

QString UsageCache::defaultFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::CacheLocation)
           + QStringLiteral("/usage");
}

qint64 UsageCache::maxBytesFromSettings()
{
    bool ok = false;
    const qint64 megabytes = QSettings().value(maxMegabytesKey()).toString().toLongLong(&ok);
    if (!ok || megabytes < 0 || megabytes > kMaxMegabytesLimit)
        return kDefaultMaxBytes;
    return megabytes * 1024 * 1024;
}

void UsageCache::setMaxBytes(qint64 maxBytes)
{
    m_maxBytes = std::max<qint64>(0, maxBytes);
    trim();
}

bool UsageCache::isClosed(const Month &month, const QDateTime &now)
{
    if (!month.isValid() || !now.isValid())
        return false;
    const Month next = month.addMonths(1);
    const QDateTime ended(QDate(next.year(), next.month(), 1), QTime(0, 0), Qt::UTC);
    return ended.addDays(1) <= now.toUTC();
}

// Rows name a few spaces many times: each (id, name) is written once, rows refer to it.
QByteArray UsageCache::encodeRows(const QList<UsageRecord> &rows)
{
    QHash<StoredSpace, qint32> spaceIndex;
    QList<const UsageRecord *> spaces;
    QList<qint32> rowSpace;
    rowSpace.reserve(rows.size());
    for (const UsageRecord &r : rows) {
        if (!r.spaceId && !r.spaceName) {
            rowSpace.append(-1);
            continue;
        }
        const StoredSpace key{r.spaceId, r.spaceName};
        auto it = spaceIndex.constFind(key);
        if (it == spaceIndex.constEnd()) {
            it = spaceIndex.insert(key, qint32(spaces.size()));
            spaces.append(&r);
        }
        rowSpace.append(*it);
    }
    Writer out(kRowsMagic);
    out.put<quint32>(quint32(spaces.size()));
    for (const UsageRecord *s : std::as_const(spaces)) {
        out.put<quint8>((s->spaceId ? HasSpaceId : 0) | (s->spaceName ? HasSpaceName : 0));
        out.put<qint64>(s->spaceId.value_or(0));
        out.putBytes(s->spaceName ? s->spaceName->toUtf8() : QByteArray());
    }
    out.put<quint32>(quint32(rows.size()));
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const UsageRecord &r = rows[i];
        const bool unusual = !r.extras.isEmpty() || !r.nullFields.isEmpty();
        out.put<quint8>((r.id ? HasId : 0) | (r.month ? HasMonth : 0) | (r.eventType ? HasType : 0)
                        | (r.quantity ? HasQuantity : 0) | (unusual ? HasUnusual : 0));
        out.put<qint64>(r.id.value_or(0));
        out.put<qint32>(r.month ? r.month->year() : 0);
        out.put<qint32>(r.month ? r.month->month() : 0);
        out.put<qint32>(r.eventType.value_or(0));
        out.putDouble(r.quantity.value_or(0));
        out.put<qint32>(rowSpace[i]);
        if (unusual)
            out.putBytes(extrasJson(r.extras, r.nullFields));
    }
    return out.bytes();
}

namespace {

// The one reader of the rows format. spacesRead(spaces, rowCount) comes once, before any row;
// then visit(record, space) for each row, space an index in spaces or -1, the record's own
// space fields unset. Twice over the rows: first every check, so that a damaged file gives no
// row at all; then the rows, in one record reused for each.
template<typename SpacesRead, typename Visit>
bool decodeRowsWith(const QByteArray &bytes, SpacesRead spacesRead, Visit visit)
{
    Reader in(bytes, kRowsMagic);
    const quint32 spaceCount = in.getCount(1 + 8 + 4);
    QList<StoredSpace> spaces;
    spaces.reserve(spaceCount);
    for (quint32 i = 0; i < spaceCount && in.ok(); ++i) {
        const quint8 bits = in.get<quint8>();
        const qint64 id = in.get<qint64>();
        const QByteArray name = in.getBytes();
        StoredSpace space;
        if (bits & HasSpaceId)
            space.id = id;
        if (bits & HasSpaceName)
            space.name = QString::fromUtf8(name);
        else if (!name.isEmpty())
            in.fail();
        if (!(bits & (HasSpaceId | HasSpaceName)))
            in.fail();
        spaces.append(space);
    }
    const quint32 count = in.getCount(kSmallestRow);
    if (!in.ok())
        return false;
    UsageRecord r;
    for (const bool deliver : {false, true}) {
        Reader rows = in;
        if (deliver)
            spacesRead(spaces, qsizetype(count));
        for (quint32 i = 0; i < count && rows.ok(); ++i) {
            const quint8 bits = rows.get<quint8>();
            const qint64 id = rows.get<qint64>();
            const qint32 year = rows.get<qint32>();
            const qint32 month = rows.get<qint32>();
            const qint32 type = rows.get<qint32>();
            const double quantity = rows.getDouble();
            const qint32 space = rows.get<qint32>();
            if (space < -1 || space >= spaces.size())
                rows.fail();
            r.extras.clear();
            r.nullFields.clear();
            if ((bits & HasUnusual) && !readExtras(rows.getBytes(), &r.extras, &r.nullFields))
                rows.fail();
            if (!deliver || !rows.ok())
                continue;
            r.id = (bits & HasId) ? std::optional<qint64>(id) : std::nullopt;
            r.month = (bits & HasMonth) ? std::optional<Month>(Month(year, month)) : std::nullopt;
            r.eventType = (bits & HasType) ? std::optional<int>(type) : std::nullopt;
            r.quantity = (bits & HasQuantity) ? std::optional<double>(quantity) : std::nullopt;
            visit(r, space);
        }
        if (!rows.ok() || !rows.atEnd())
            return false;
    }
    return true;
}

} // namespace

bool UsageCache::decodeRows(const QByteArray &bytes, const RowVisitor &visit)
{
    QList<StoredSpace> spaces;
    return decodeRowsWith(
        bytes, [&spaces](const QList<StoredSpace> &listed, qsizetype) { spaces = listed; },
        [&spaces, &visit](UsageRecord &r, qint32 space) {
            r.spaceId = space >= 0 ? spaces[space].id : std::nullopt;
            r.spaceName = space >= 0 ? spaces[space].name : std::nullopt;
            visit(r);
        });
}

bool UsageCache::decodeRows(const QByteArray &bytes, UsageRowStore *into)
{
    // Each space of the file interned once, not once per row.
    QList<int> storeSpace;
    return decodeRowsWith(
        bytes,
        [&storeSpace, into](const QList<StoredSpace> &spaces, qsizetype rows) {
            storeSpace.reserve(spaces.size());
            for (const StoredSpace &space : spaces)
                storeSpace.append(into->internSpace(space));
            into->growFor(rows);
        },
        [&storeSpace, into](const UsageRecord &r, qint32 space) {
            into->append(r, space >= 0 ? storeSpace[space] : -1);
        });
}

std::optional<QList<UsageRecord>> UsageCache::decodeRows(const QByteArray &bytes)
{
    QList<UsageRecord> rows;
    if (!decodeRows(bytes, [&rows](const UsageRecord &r) { rows.append(r); }))
        return std::nullopt;
    return rows;
}

QByteArray UsageCache::encodeTotals(const UsageTotals &totals)
{
    Writer out(kTotalsMagic);
    out.put<quint32>(quint32(totals.size()));
    for (const UsageTotal &t : totals) {
        const quint8 bits = (t.eventType ? HasType : 0) | (t.quantity ? HasQuantity : 0)
                            | (t.extras.isEmpty() ? 0 : HasUnusual);
        out.put<quint8>(bits);
        out.put<qint32>(t.eventType.value_or(0));
        out.putDouble(t.quantity.value_or(0));
        if (!t.extras.isEmpty())
            out.putBytes(extrasJson(t.extras, {}));
    }
    return out.bytes();
}

std::optional<UsageTotals> UsageCache::decodeTotals(const QByteArray &bytes)
{
    Reader in(bytes, kTotalsMagic);
    const quint32 count = in.getCount(1 + 4 + 8);
    UsageTotals totals;
    for (quint32 i = 0; i < count && in.ok(); ++i) {
        UsageTotal t;
        const quint8 bits = in.get<quint8>();
        const qint32 type = in.get<qint32>();
        const double quantity = in.getDouble();
        if (bits & HasType)
            t.eventType = type;
        if (bits & HasQuantity)
            t.quantity = quantity;
        if ((bits & HasUnusual) && !readExtras(in.getBytes(), &t.extras, nullptr))
            in.fail();
        totals.append(t);
    }
    if (!in.ok() || !in.atEnd())
        return std::nullopt;
    return totals;
}

QString UsageCache::pathFor(const UsageCacheScope &scope, const Month &month,
                            const char *kind) const
{
    QList<qint64> spaces = scope.spaceIds;
    std::sort(spaces.begin(), spaces.end());
    spaces.erase(std::unique(spaces.begin(), spaces.end()), spaces.end());
    QList<int> types = scope.eventTypes;
    std::sort(types.begin(), types.end());
    types.erase(std::unique(types.begin(), types.end()), types.end());
    QByteArray key = scope.server.toUtf8() + '\n' + scope.tokenFingerprint + '\n'
                     + (scope.accountId ? QByteArray::number(*scope.accountId) : "own") + '\n';
    for (qint64 s : spaces)
        key += QByteArray::number(s) + ',';
    key += '\n';
    for (int t : types)
        key += QByteArray::number(t) + ',';
    key += '\n' + month.toString().toLatin1() + '\n' + kind;
    const QByteArray name = QCryptographicHash::hash(key, QCryptographicHash::Sha256).toHex();
    return m_folder + QLatin1Char('/') + QString::fromLatin1(name) + QLatin1Char('.')
           + QLatin1String(kind);
}

std::optional<QByteArray> UsageCache::read(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QByteArray bytes = file.readAll();
    // Read now: the last to go when the cache must shrink.
    file.setFileTime(QDateTime::currentDateTimeUtc(), QFileDevice::FileModificationTime);
    return bytes;
}

qint64 UsageCache::rowsAtMost(const UsageCacheScope &scope, const Month &month) const
{
    const QFileInfo file(pathFor(scope, month, "rows"));
    return file.exists() ? file.size() / kSmallestRow : 0;
}

bool UsageCache::readRows(const UsageCacheScope &scope, const Month &month, UsageRowStore *into)
{
    const QString path = pathFor(scope, month, "rows");
    const std::optional<QByteArray> bytes = read(path);
    if (!bytes)
        return false;
    if (!decodeRows(*bytes, into)) {
        QFile::remove(path); // damaged: the server is asked again, and the file rewritten
        return false;
    }
    return true;
}

std::optional<QList<UsageRecord>> UsageCache::rows(const UsageCacheScope &scope, const Month &month)
{
    UsageRowStore store;
    if (!readRows(scope, month, &store))
        return std::nullopt;
    QList<UsageRecord> rows;
    rows.reserve(store.size());
    for (qsizetype i = 0; i < store.size(); ++i)
        rows.append(store.record(i));
    return rows;
}

std::optional<UsageTotals> UsageCache::totals(const UsageCacheScope &scope, const Month &month)
{
    const QString path = pathFor(scope, month, "totals");
    const std::optional<QByteArray> bytes = read(path);
    if (!bytes)
        return std::nullopt;
    std::optional<UsageTotals> totals = decodeTotals(*bytes);
    if (!totals)
        QFile::remove(path);
    return totals;
}

ApiError UsageCache::write(const QString &path, const QByteArray &bytes)
{
    if (bytes.size() > m_maxBytes)
        return {}; // larger than the whole cache may be: not kept
    if (!QDir().mkpath(m_folder)) {
        return ApiError::writeFailed(QDir::toNativeSeparators(m_folder),
                                     tr("Could not create the cache folder."));
    }
    QFile::setPermissions(m_folder,
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    if (ApiError error = writeWholeFile(path, bytes); !error.isOk())
        return error;
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    trim();
    return {};
}

ApiError UsageCache::storeRows(const UsageCacheScope &scope, const Month &month,
                               const QList<UsageRecord> &rows)
{
    return write(pathFor(scope, month, "rows"), encodeRows(rows));
}

ApiError UsageCache::storeTotals(const UsageCacheScope &scope, const Month &month,
                                 const UsageTotals &totals)
{
    return write(pathFor(scope, month, "totals"), encodeTotals(totals));
}

namespace {

QFileInfoList cacheFiles(const QString &folder)
{
    return QDir(folder).entryInfoList({QStringLiteral("*.rows"), QStringLiteral("*.totals")},
                                      QDir::Files | QDir::Hidden);
}

} // namespace

void UsageCache::trim()
{
    QFileInfoList files = cacheFiles(m_folder);
    qint64 total = 0;
    for (const QFileInfo &f : std::as_const(files))
        total += f.size();
    if (total <= m_maxBytes)
        return;
    std::sort(files.begin(), files.end(), [](const QFileInfo &a, const QFileInfo &b) {
        return a.lastModified() < b.lastModified();
    });
    for (const QFileInfo &f : std::as_const(files)) {
        if (total <= m_maxBytes)
            break;
        if (QFile::remove(f.absoluteFilePath()))
            total -= f.size();
    }
}

ApiError UsageCache::clear()
{
    for (const QFileInfo &f : cacheFiles(m_folder)) {
        if (!QFile::remove(f.absoluteFilePath())) {
            return ApiError::writeFailed(QDir::toNativeSeparators(f.absoluteFilePath()),
                                         tr("Could not remove this file from the cache."));
        }
    }
    return {};
}

qint64 UsageCache::bytesOnDisk() const
{
    qint64 total = 0;
    for (const QFileInfo &f : cacheFiles(m_folder))
        total += f.size();
    return total;
}

} // namespace neuroio
