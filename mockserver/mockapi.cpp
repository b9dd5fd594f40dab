#include "mockserver/mockapi.h"

#include "core/api/eventtype.h"
#include "core/export/jsonwriter.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSet>
#include <QUrlQuery>

#include <algorithm>
#include <charconv>
#include <limits>
#include <optional>
#include <vector>

namespace neuroio::mock {

namespace {

// Error codes of this server. The SDK documents only 602 (failed login); the others are ours.
enum ErrorCode {
    kInvalidField = 100,
    kNotAuthenticated = 401,
    kPermissionDenied = 403,
    kNotFound = 404,
    kMethodNotAllowed = 405,
    kLoginFailed = 602,
};

QByteArray json(const QJsonValue &value)
{
    return value.isArray() ? QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact)
                           : QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
}

MockResponse ok(const QJsonValue &value)
{
    return MockResponse{200, json(value), {{"Content-Type", "application/json"}}};
}

MockResponse error(int status, int code, const QString &message, const QString &field = QString())
{
    QJsonArray fields;
    if (!field.isEmpty()) {
        fields.append(QJsonObject{{QStringLiteral("name"), field},
                                  {QStringLiteral("message"), message},
                                  {QStringLiteral("error_code"), code}});
    }
    const QJsonObject body{{QStringLiteral("error_codes"), QJsonArray{code}},
                           {QStringLiteral("message"), message},
                           {QStringLiteral("fields"), fields}};
    return MockResponse{status, json(body), {{"Content-Type", "application/json"}}};
}

QString queryValue(const QUrlQuery &query, const QString &key)
{
    // Both "4,5,6" and "4%2C5%2C6" arrive here as 4,5,6; repeated keys are joined too.
    return query.allQueryItemValues(key, QUrl::FullyDecoded).join(QLatin1Char(','));
}

// A whole number as a person writes it, from minimum to maximum: digits only (no sign, no
// spaces, no "1e3"), and nothing that wraps on the way to a smaller type (4294967297 is not 1).
std::optional<qint64> strictInteger(const QString &text, qint64 minimum, qint64 maximum)
{
    if (text.isEmpty() || text.size() > 19
        || !std::all_of(text.begin(), text.end(), [](QChar c) { return c >= u'0' && c <= u'9'; }))
        return std::nullopt;
    bool ok = false;
    const qint64 value = text.toLongLong(&ok);
    if (!ok || value < minimum || value > maximum)
        return std::nullopt;
    return value;
}

QJsonValue quantityJson(qint64 quantity)
{
    return QJsonValue(quantity);
}

} // namespace

struct MockApi::Filters
{
    std::optional<Month> from;
    std::optional<Month> to;
    QSet<qint64> spaces;
    QSet<int> types;
    qint64 limit = 20;
    qint64 offset = 0;

    bool matches(const MockRecord &r) const
    {
        return (!from || r.month >= *from) && (!to || r.month <= *to)
               && (spaces.isEmpty() || spaces.contains(r.spaceId))
               && (types.isEmpty() || types.contains(r.eventType));
    }

    // The scope's rows in the month range (they are ordered by month, space and type), found
    // by two binary searches: an answer costs its own months, not the whole account. The
    // server must never be what a benchmark of a client measures.
    std::pair<QList<MockRecord>::const_iterator, QList<MockRecord>::const_iterator>
    monthSlice(const QList<MockRecord> &records) const
    {
        const auto first = from ? std::lower_bound(
                               records.begin(), records.end(), *from,
                               [](const MockRecord &r, const Month &m) { return r.month < m; })
                                : records.begin();
        const auto last
            = to ? std::upper_bound(first, records.end(), *to,
                                    [](const Month &m, const MockRecord &r) { return m < r.month; })
                 : records.end();
        return {first, last};
    }
};

MockApi::MockApi(const MockOptions &options)
    : m_options(options)
    , m_data(MockDataset::generate(options))
{}

void MockApi::expireIssuedTokens()
{
    const QDateTime past = QDateTime::currentDateTimeUtc().addSecs(-1);
    for (IssuedToken &token : m_issuedTokens)
        token.expires = past;
}

MockResponse MockApi::handle(const MockRequest &request)
{
    QString path = request.url.path();
    if (!path.endsWith(QLatin1Char('/')))
        path += QLatin1Char('/'); // the SDK's async client leaves the slash off some paths
    const QStringList parts = path.split(QLatin1Char('/'), Qt::SkipEmptyParts);

    if (path == QLatin1String("/v1/auth/token/")) {
        if (request.method != "POST")
            return error(405, kMethodNotAllowed, QStringLiteral("Method not allowed."));
        return login(request);
    }
    if (request.method != "GET")
        return error(405, kMethodNotAllowed, QStringLiteral("Method not allowed."));

    const bool known
        = path == QLatin1String("/v1/billing/usage/")
          || path == QLatin1String("/v1/billing/usage/total/")
          || path == QLatin1String("/v1/whoami/") || path == QLatin1String("/v1/lists/spaces/")
          || path == QLatin1String("/v1/accounts/")
          || (parts.size() >= 5 && parts[0] == QLatin1String("v1")
              && parts[1] == QLatin1String("accounts") && parts[3] == QLatin1String("billing")
              && parts[4] == QLatin1String("usage")
              && (parts.size() == 5 || (parts.size() == 6 && parts[5] == QLatin1String("total"))));
    if (!known)
        return error(404, kNotFound, QStringLiteral("Not found: %1").arg(path));

    MockResponse refusal;
    const auto caller = authenticate(request, &refusal);
    if (!caller)
        return refusal;

    if (path == QLatin1String("/v1/billing/usage/"))
        return usage(request, *caller->scope);
    if (path == QLatin1String("/v1/billing/usage/total/"))
        return usageTotal(request, *caller->scope);
    if (path == QLatin1String("/v1/whoami/"))
        return whoAmI(*caller);
    if (path == QLatin1String("/v1/lists/spaces/"))
        return spaces(*caller->scope);

    if (!caller->isManager) {
        return error(403, kPermissionDenied,
                     QStringLiteral("Only managers can read managed accounts."));
    }
    if (path == QLatin1String("/v1/accounts/"))
        return accounts(request);

    bool isNumber = false;
    const qint64 accountId = parts[2].toLongLong(&isNumber);
    const MockScope *scope = isNumber ? m_data.scope(accountId) : nullptr;
    if (!scope || scope == &m_data.managerScope())
        return error(404, kNotFound, QStringLiteral("Account %1 not found.").arg(parts[2]));
    if (m_options.failingAccounts.contains(accountId)) {
        return error(
            500, 500,
            QStringLiteral("Billing for account %1 is temporarily unavailable.").arg(accountId));
    }
    return parts.size() == 5 ? usage(request, *scope) : usageTotal(request, *scope);
}

std::optional<MockApi::Caller> MockApi::callerFor(const QString &username) const
{
    if (username == managerUsername())
        return Caller{&m_data.managerScope(), true, username};
    if (username == accountUsername()) {
        const auto managed = m_data.managedScopes();
        return Caller{managed.isEmpty() ? &m_data.managerScope() : managed.front(), false,
                      username};
    }
    return std::nullopt;
}

std::optional<MockApi::Caller> MockApi::authenticate(const MockRequest &request,
                                                     MockResponse *refusal) const
{
    const QByteArray header = request.authorization.trimmed();
    if (header.isEmpty()) {
        *refusal = error(401, kNotAuthenticated,
                         QStringLiteral("Authentication credentials were not provided."));
        return std::nullopt;
    }
    if (!header.startsWith("Token ")) {
        *refusal = error(401, kNotAuthenticated,
                         QStringLiteral("Use the header \"Authorization: Token <key>\"."));
        return std::nullopt;
    }
    const QString key = QString::fromUtf8(header.mid(6).trimmed());
    if (key == m_options.managerToken)
        return callerFor(managerUsername());
    if (key == m_options.token)
        return callerFor(accountUsername());
    const auto issued = m_issuedTokens.constFind(key);
    if (issued != m_issuedTokens.cend()) {
        if (issued->expires <= QDateTime::currentDateTimeUtc()) {
            *refusal = error(401, kNotAuthenticated, QStringLiteral("Token has expired."));
            return std::nullopt;
        }
        return callerFor(issued->username);
    }
    *refusal = error(401, kNotAuthenticated, QStringLiteral("Invalid token."));
    return std::nullopt;
}

std::optional<MockResponse> MockApi::parseFilters(const QUrl &url, bool paged,
                                                  Filters *filters) const
{
    const QUrlQuery query(url);
    for (const char *key : {"month_from", "month_to"}) {
        const QString name = QLatin1String(key);
        if (!query.hasQueryItem(name))
            continue;
        const QString text = queryValue(query, name);
        const auto month = Month::fromString(text);
        if (!month.isOk()) {
            return error(
                400, kInvalidField,
                QStringLiteral("Incorrect month format in %1, should be YYYY-MM").arg(name), name);
        }
        (name == QLatin1String("month_from") ? filters->from : filters->to) = month.value;
    }
    if (filters->from && filters->to && *filters->from > *filters->to) {
        return error(400, kInvalidField,
                     QStringLiteral("month_from (%1) must not be after month_to (%2).")
                         .arg(filters->from->toString(), filters->to->toString()),
                     QStringLiteral("month_from"));
    }

    const auto integers = [&query](const char *key, QList<qint64> *out) -> QString {
        const QString text = queryValue(query, QLatin1String(key));
        if (text.isEmpty())
            return {};
        for (const QString &item : text.split(QLatin1Char(','))) {
            const auto value = strictInteger(item.trimmed(), 0, std::numeric_limits<qint64>::max());
            if (!value)
                return QStringLiteral("\"%1\" in %2 is not a whole number from 0 to %3")
                    .arg(item, QLatin1String(key))
                    .arg(std::numeric_limits<qint64>::max());
            out->append(*value);
        }
        return {};
    };
    QList<qint64> spaceIds;
    QList<qint64> types;
    if (const QString problem = integers("spaces_ids", &spaceIds); !problem.isEmpty())
        return error(400, kInvalidField, problem, QStringLiteral("spaces_ids"));
    if (const QString problem = integers("event_types", &types); !problem.isEmpty())
        return error(400, kInvalidField, problem, QStringLiteral("event_types"));
    for (qint64 type : types) {
        // Compared as the number sent: a cast to int first would take 4294967297 for 1.
        if (type > 4 || !isKnownEventType(static_cast<int>(type))) {
            return error(400, kInvalidField,
                         QStringLiteral("Unknown event type %1; known types are 1 to 4.").arg(type),
                         QStringLiteral("event_types"));
        }
        filters->types.insert(static_cast<int>(type));
    }
    for (qint64 id : spaceIds)
        filters->spaces.insert(id);

    if (paged) {
        for (const char *key : {"limit", "offset"}) {
            const QString name = QLatin1String(key);
            if (!query.hasQueryItem(name))
                continue;
            const bool isLimit = name == QLatin1String("limit");
            const qint64 minimum = isLimit ? 1 : 0;
            const qint64 maximum
                = isLimit ? std::numeric_limits<int>::max() : std::numeric_limits<qint64>::max();
            const auto value = strictInteger(queryValue(query, name), minimum, maximum);
            if (!value) {
                return error(400, kInvalidField,
                             QStringLiteral("%1 must be a whole number from %2 to %3.")
                                 .arg(name)
                                 .arg(minimum)
                                 .arg(maximum),
                             name);
            }
            (isLimit ? filters->limit : filters->offset) = *value;
        }
        filters->limit = std::min<qint64>(filters->limit, std::max(1, m_options.maxLimit));
    }
    return std::nullopt;
}

MockResponse MockApi::usage(const MockRequest &request, const MockScope &scope) const
{
    Filters filters;
    if (auto refusal = parseFilters(request.url, true, &filters))
        return *refusal;

    // The rows that match, as a range of the scope's: a page costs its own rows.
    const auto [first, last] = filters.monthSlice(scope.records);
    std::vector<const MockRecord *> page;
    qint64 count = 0;
    // Saturating: offset=9223372036854775807 is a valid, empty page, not an overflow.
    const qint64 end = filters.offset > std::numeric_limits<qint64>::max() - filters.limit
                           ? std::numeric_limits<qint64>::max()
                           : filters.offset + filters.limit;
    if (filters.spaces.isEmpty() && filters.types.isEmpty()) {
        count = last - first;
        for (qint64 i = filters.offset; i < std::min(end, count); ++i)
            page.push_back(&*(first + i));
    } else {
        for (auto it = first; it != last; ++it) {
            if (!filters.matches(*it))
                continue;
            if (count >= filters.offset && count < end)
                page.push_back(&*it);
            ++count;
        }
    }

    // Written as bytes, keys in the order QJsonDocument writes them (sorted), as it did before.
    const auto link = [&](qint64 offset) {
        return JsonWriter::string(pageLink(request, filters.limit, offset));
    };
    QByteArray body;
    body.reserve(qsizetype(page.size()) * 140 + 512);
    body += "{\"count\":" + QByteArray::number(count);
    body += ",\"next\":" + (end < count ? link(end) : QByteArray("null"));
    body += ",\"previous\":"
            + (filters.offset > 0 ? link(std::max<qint64>(0, filters.offset - filters.limit))
                                  : QByteArray("null"));
    body += ",\"results\":[";
    QHash<qint64, QByteArray> names;
    // Each piece appended in place: a row's temporaries would cost more than the row.
    const auto integer = [&body](qint64 value) {
        char digits[24];
        const auto end = std::to_chars(digits, digits + sizeof digits, value).ptr;
        body.append(digits, end - digits);
    };
    for (std::size_t i = 0; i < page.size(); ++i) {
        const MockRecord &r = *page[i];
        auto name = names.find(r.spaceId);
        if (name == names.end())
            name = names.insert(r.spaceId, JsonWriter::string(m_data.spaceName(r.spaceId)));
        body += i == 0 ? "{\"event_type\":" : ",{\"event_type\":";
        integer(r.eventType);
        body += ",\"id\":";
        integer(r.id);
        body += ",\"month\":\"";
        const int year = r.month.year();
        const char month[7] = {char('0' + year / 1000 % 10),
                               char('0' + year / 100 % 10),
                               char('0' + year / 10 % 10),
                               char('0' + year % 10),
                               '-',
                               char('0' + r.month.month() / 10),
                               char('0' + r.month.month() % 10)};
        body.append(month, sizeof month);
        body += "\",\"quantity\":";
        integer(r.quantity);
        body += ",\"space_id\":";
        integer(r.spaceId);
        body += ",\"space_name\":";
        body += *name;
        body += '}';
    }
    body += "]}";
    return MockResponse{200, body, {{"Content-Type", "application/json"}}};
}

MockResponse MockApi::usageTotal(const MockRequest &request, const MockScope &scope) const
{
    Filters filters;
    if (auto refusal = parseFilters(request.url, false, &filters))
        return *refusal;
    qint64 sums[5] = {};
    const auto [first, last] = filters.monthSlice(scope.records);
    for (auto it = first; it != last; ++it) {
        if (filters.matches(*it))
            sums[it->eventType] += it->quantity;
    }
    QJsonArray results;
    for (EventType type : knownEventTypes()) {
        const int number = static_cast<int>(type);
        if (filters.types.isEmpty() || filters.types.contains(number)) {
            results.append(QJsonObject{{QStringLiteral("event_type"), number},
                                       {QStringLiteral("quantity"), quantityJson(sums[number])}});
        }
    }
    return ok(QJsonObject{{QStringLiteral("results"), results}});
}

MockResponse MockApi::accounts(const MockRequest &request) const
{
    const QUrlQuery query(request.url);
    qint64 limit = 20;
    qint64 offset = 0;
    for (const char *key : {"limit", "offset"}) {
        const QString name = QLatin1String(key);
        if (!query.hasQueryItem(name))
            continue;
        const bool isLimit = name == QLatin1String("limit");
        const auto value = strictInteger(queryValue(query, name), isLimit ? 1 : 0,
                                         isLimit ? std::numeric_limits<int>::max()
                                                 : std::numeric_limits<qint64>::max());
        if (!value) {
            return error(400, kInvalidField,
                         QStringLiteral("limit must be at least 1 and offset at least 0, both "
                                        "whole numbers."),
                         name);
        }
        (isLimit ? limit : offset) = *value;
    }
    const qint64 capped = std::min<qint64>(limit, std::max(1, m_options.maxLimit));
    const auto managed = m_data.managedScopes();
    const qint64 size = managed.size();
    QJsonArray results;
    for (qint64 i = offset; i < size && i - offset < capped; ++i) {
        results.append(QJsonObject{{QStringLiteral("id"), managed[i]->accountId},
                                   {QStringLiteral("name"), managed[i]->accountName}});
    }
    const qint64 end = offset >= size ? size : std::min(size, offset + capped);
    return ok(QJsonObject{
        {QStringLiteral("count"), size},
        {QStringLiteral("next"),
         end < size ? QJsonValue(pageLink(request, capped, end)) : QJsonValue()},
        {QStringLiteral("previous"),
         offset > 0 ? QJsonValue(pageLink(request, capped, std::max<qint64>(0, offset - capped)))
                    : QJsonValue()},
        {QStringLiteral("results"), results}});
}

QString MockApi::pageLink(const MockRequest &request, qint64 limit, qint64 offset) const
{
    QUrl url = request.url;
    url.setScheme(m_publicUrl.scheme());
    url.setAuthority(m_publicUrl.authority());
    // A client that reached us as localhost gets localhost back (a pager may refuse a next
    // page on another host name); any other Host header is not copied into a link.
    const QUrl asked(QStringLiteral("http://") + QString::fromLatin1(request.host));
    const QString askedHost = asked.host().toLower();
    if (asked.isValid() && asked.port() == m_publicUrl.port()
        && (askedHost == QLatin1String("localhost") || askedHost == QLatin1String("127.0.0.1")
            || askedHost == QLatin1String("::1")))
        url.setHost(askedHost);
    QUrlQuery query(request.url);
    query.removeAllQueryItems(QStringLiteral("limit"));
    query.removeAllQueryItems(QStringLiteral("offset"));
    query.addQueryItem(QStringLiteral("limit"), QString::number(limit));
    query.addQueryItem(QStringLiteral("offset"), QString::number(offset));
    url.setQuery(query);
    return url.toString(QUrl::FullyEncoded);
}

MockResponse MockApi::whoAmI(const Caller &caller)
{
    return ok(QJsonObject{{QStringLiteral("username"), caller.username},
                          {QStringLiteral("account_id"), caller.scope->accountId},
                          {QStringLiteral("is_manager"), caller.isManager}});
}

MockResponse MockApi::spaces(const MockScope &scope)
{
    QJsonArray list;
    for (const Space &space : scope.spaces) {
        list.append(
            QJsonObject{{QStringLiteral("id"), space.id}, {QStringLiteral("name"), space.name}});
    }
    return ok(list);
}

MockResponse MockApi::login(const MockRequest &request)
{
    const QJsonObject body = QJsonDocument::fromJson(request.body).object();
    const QString username = body.value(QStringLiteral("username")).toString();
    const QString password = body.value(QStringLiteral("password")).toString();
    if (username.isEmpty() || password.isEmpty()) {
        return error(400, kInvalidField, QStringLiteral("username and password are required."),
                     username.isEmpty() ? QStringLiteral("username") : QStringLiteral("password"));
    }
    if (!callerFor(username) || password != m_options.password)
        return error(400, kLoginFailed, QStringLiteral("Username and password do not match."));

    const QString key
        = QString::fromLatin1(QByteArray::number(QRandomGenerator::system()->generate64(), 16)
                              + QByteArray::number(QRandomGenerator::system()->generate64(), 16));
    const QDateTime created = QDateTime::currentDateTimeUtc();
    const QDateTime expires = created.addSecs(m_options.loginTokenLifetimeSeconds);
    m_issuedTokens.insert(key, IssuedToken{username, expires});
    return ok(QJsonObject{
        {QStringLiteral("user"), QJsonObject{{QStringLiteral("username"), username}}},
        {QStringLiteral("token"),
         QJsonObject{{QStringLiteral("id"), m_issuedTokens.size()},
                     {QStringLiteral("key"), key},
                     {QStringLiteral("is_active"), true},
                     {QStringLiteral("created"), created.toString(Qt::ISODateWithMs)},
                     {QStringLiteral("expires"), expires.toString(Qt::ISODateWithMs)}}}});
}

} // namespace neuroio::mock
