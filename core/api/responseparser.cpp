#include "core/api/responseparser.h"

#include "core/api/jsonkeyorder.h"
#include "core/api/plainusagepage.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <cmath>
#include <limits>
#include <optional>

namespace neuroio::ResponseParser {

namespace {

QString jsonTypeName(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null:
        return QCoreApplication::translate("neuroio::ResponseParser", "null");
    case QJsonValue::Bool:
        return QCoreApplication::translate("neuroio::ResponseParser", "a boolean");
    case QJsonValue::Double:
        return QCoreApplication::translate("neuroio::ResponseParser", "a number");
    case QJsonValue::String:
        return QCoreApplication::translate("neuroio::ResponseParser", "a string");
    case QJsonValue::Array:
        return QCoreApplication::translate("neuroio::ResponseParser", "an array");
    case QJsonValue::Object:
        return QCoreApplication::translate("neuroio::ResponseParser", "an object");
    case QJsonValue::Undefined:
        return QCoreApplication::translate("neuroio::ResponseParser", "missing");
    }
    return {};
}

// Describes a body that is not the JSON we expected, so the message helps whoever reads it:
// a proxy's HTML page and an empty body are the usual suspects.
QString describeNonJson(const QByteArray &body, const QJsonParseError &error)
{
    const QByteArray trimmed = body.trimmed();
    if (trimmed.isEmpty())
        return QCoreApplication::translate("neuroio::ResponseParser", "the body is empty");
    if (trimmed.startsWith('<')) {
        static const QRegularExpression title(QStringLiteral("<title[^>]*>([^<]*)</title>"),
                                              QRegularExpression::CaseInsensitiveOption);
        const auto match = title.match(QString::fromUtf8(trimmed.left(4096)));
        if (match.hasMatch()) {
            return QCoreApplication::translate("neuroio::ResponseParser",
                                               "the body is an HTML page (\"%1\"), not JSON")
                .arg(match.captured(1).simplified());
        }
        return QCoreApplication::translate("neuroio::ResponseParser",
                                           "the body is an HTML page, not JSON");
    }
    return QCoreApplication::translate("neuroio::ResponseParser",
                                       "the body is not JSON (%1 at byte %2)")
        .arg(error.errorString())
        .arg(error.offset);
}

// Reads typed fields and keeps the first problem, with its JSON path, for the error.
class Reader
{
public:
    explicit Reader(QString endpoint)
        : m_endpoint(std::move(endpoint))
    {}

    bool failed() const { return m_error.has_value(); }
    ApiError error() const { return m_error.value_or(ApiError{}); }

    void fail(const QString &path, const QString &message)
    {
        if (!m_error)
            m_error = ApiError::malformed(m_endpoint, path, message);
    }

    std::optional<QJsonDocument> document(const QByteArray &body)
    {
        QJsonParseError parseError{};
        const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
        if (parseError.error != QJsonParseError::NoError) {
            fail(QString(), describeNonJson(body, parseError));
            return std::nullopt;
        }
        return doc;
    }

    std::optional<QJsonObject> rootObject(const QByteArray &body)
    {
        const auto doc = document(body);
        if (!doc)
            return std::nullopt;
        if (!doc->isObject()) {
            fail(QString(), QCoreApplication::translate("neuroio::ResponseParser",
                                                        "expected a JSON object at the top level"));
            return std::nullopt;
        }
        return doc->object();
    }

    void wrongType(const QString &path, const QJsonValue &v, const char *expected)
    {
        fail(path, QCoreApplication::translate("neuroio::ResponseParser", "expected %1, got %2")
                       .arg(QCoreApplication::translate("neuroio::ResponseParser", expected),
                            jsonTypeName(v)));
    }

    // Absent and null both read as "not given"; any other type than the expected one fails.
    std::optional<qint64> integer(const QJsonObject &o, const QString &key, const QString &path,
                                  bool required = false)
    {
        const QJsonValue v = o.value(key);
        if (isAbsent(v))
            return absent(path, required);
        const double d = v.toDouble();
        if (!v.isDouble() || !std::isfinite(d) || std::trunc(d) != d
            || std::fabs(d) > 9007199254740992.0) {
            wrongType(path, v, QT_TRANSLATE_NOOP("neuroio::ResponseParser", "an integer"));
            return std::nullopt;
        }
        return v.toInteger();
    }

    // Event types are ints once read: a larger number must be refused, not wrapped into
    // another type (14294967297 was read as 1410065409).
    std::optional<int> eventType(const QJsonObject &o, const QString &path, bool required = false)
    {
        const auto type = integer(o, QStringLiteral("event_type"), path, required);
        if (!type)
            return std::nullopt;
        if (*type < std::numeric_limits<int>::min() || *type > std::numeric_limits<int>::max()) {
            fail(path, QCoreApplication::translate("neuroio::ResponseParser",
                                                   "%1 is out of range for an event type")
                           .arg(*type));
            return std::nullopt;
        }
        return static_cast<int>(*type);
    }

    std::optional<double> number(const QJsonObject &o, const QString &key, const QString &path)
    {
        const QJsonValue v = o.value(key);
        if (isAbsent(v))
            return std::nullopt;
        if (!v.isDouble()) {
            wrongType(path, v, QT_TRANSLATE_NOOP("neuroio::ResponseParser", "a number"));
            return std::nullopt;
        }
        return v.toDouble();
    }

    std::optional<QString> string(const QJsonObject &o, const QString &key, const QString &path,
                                  bool required = false)
    {
        const QJsonValue v = o.value(key);
        if (isAbsent(v))
            return absent(path, required);
        if (!v.isString()) {
            wrongType(path, v, QT_TRANSLATE_NOOP("neuroio::ResponseParser", "a string"));
            return std::nullopt;
        }
        return v.toString();
    }

    std::optional<bool> boolean(const QJsonObject &o, const QString &key, const QString &path)
    {
        const QJsonValue v = o.value(key);
        if (isAbsent(v))
            return std::nullopt;
        if (!v.isBool()) {
            wrongType(path, v, QT_TRANSLATE_NOOP("neuroio::ResponseParser", "true or false"));
            return std::nullopt;
        }
        return v.toBool();
    }

    std::optional<Month> month(const QJsonObject &o, const QString &key, const QString &path)
    {
        const auto text = string(o, key, path);
        if (!text)
            return std::nullopt;
        // A server that sends a date ("2024-06-01") still names a month unambiguously.
        const QStringView monthPart = text->size() == 10 && text->at(7) == u'-'
                                          ? QStringView(*text).first(7)
                                          : QStringView(*text);
        const auto month = Month::fromString(monthPart);
        if (!month.isOk()) {
            fail(path, month.error.message);
            return std::nullopt;
        }
        return month.value;
    }

    std::optional<QDateTime> dateTime(const QJsonObject &o, const QString &key, const QString &path)
    {
        const auto text = string(o, key, path);
        if (!text)
            return std::nullopt;
        const QDateTime dt = QDateTime::fromString(*text, Qt::ISODateWithMs);
        if (!dt.isValid()) {
            fail(path, QCoreApplication::translate("neuroio::ResponseParser",
                                                   "\"%1\" is not an ISO 8601 date and time")
                           .arg(*text));
            return std::nullopt;
        }
        return dt;
    }

    std::optional<QJsonArray> array(const QJsonObject &o, const QString &key, const QString &path)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined()) {
            fail(path, QCoreApplication::translate("neuroio::ResponseParser", "missing"));
            return std::nullopt;
        }
        if (!v.isArray()) {
            wrongType(path, v, QT_TRANSLATE_NOOP("neuroio::ResponseParser", "an array"));
            return std::nullopt;
        }
        return v.toArray();
    }

    std::optional<QJsonObject> object(const QJsonValue &v, const QString &path)
    {
        if (!v.isObject()) {
            wrongType(path, v, QT_TRANSLATE_NOOP("neuroio::ResponseParser", "an object"));
            return std::nullopt;
        }
        return v.toObject();
    }

private:
    static bool isAbsent(const QJsonValue &v) { return v.isUndefined() || v.isNull(); }

    std::nullopt_t absent(const QString &path, bool required)
    {
        if (required)
            fail(path, QCoreApplication::translate("neuroio::ResponseParser", "missing"));
        return std::nullopt;
    }

    QString m_endpoint;
    std::optional<ApiError> m_error;
};

QString at(const QString &list, qsizetype index, const char *field = nullptr)
{
    QString path = QStringLiteral("%1[%2]").arg(list).arg(index);
    if (field)
        path += QLatin1Char('.') + QLatin1String(field);
    return path;
}

// Keys the contract names are fields; every other key is kept as an extra, in server order.
ExtraFields extrasOf(const QJsonObject &object, const QStringList &orderedKeys,
                     std::initializer_list<QLatin1String> known)
{
    const auto isKnown = [&known](const QString &key) {
        return std::find(known.begin(), known.end(), key) != known.end();
    };
    ExtraFields extras;
    const QStringList keys = orderedKeys.isEmpty() ? object.keys() : orderedKeys;
    for (const QString &key : keys) {
        if (!isKnown(key) && object.contains(key)
            && std::none_of(extras.cbegin(), extras.cend(),
                            [&key](const ExtraField &e) { return e.name == key; })) {
            extras.append({key, object.value(key)});
        }
    }
    return extras;
}

template<typename T, typename ItemFn>
Result<Page<T>> pageOf(const QByteArray &body, const QString &endpoint, ItemFn readItem)
{
    Reader r(endpoint);
    const auto root = r.rootObject(body);
    if (!root)
        return Result<Page<T>>::failure(r.error());
    Page<T> page;
    page.count = r.integer(*root, QStringLiteral("count"), QStringLiteral("count"));
    if (page.count && *page.count < 0)
        r.fail(QStringLiteral("count"),
               QCoreApplication::translate("neuroio::ResponseParser", "must not be negative"));
    page.next = r.string(*root, QStringLiteral("next"), QStringLiteral("next")).value_or(QString());
    page.previous = r.string(*root, QStringLiteral("previous"), QStringLiteral("previous"))
                        .value_or(QString());
    const auto results = r.array(*root, QStringLiteral("results"), QStringLiteral("results"));
    if (r.failed())
        return Result<Page<T>>::failure(r.error());
    const QList<QStringList> keyOrder = objectKeyOrderInArray(body, u"results");
    page.results.reserve(results->size());
    for (qsizetype i = 0; i < results->size(); ++i) {
        const auto object = r.object(results->at(i), at(QStringLiteral("results"), i));
        if (!object)
            break;
        page.results.append(readItem(r, *object, i, keyOrder.value(i)));
        if (r.failed())
            break;
    }
    if (r.failed())
        return Result<Page<T>>::failure(r.error());
    return Result<Page<T>>::success(std::move(page));
}

} // namespace

Result<UsagePage> usagePage(const QByteArray &body, const QString &endpoint)
{
    if (std::optional<UsagePage> page = readPlainUsagePage(body))
        return Result<UsagePage>::success(std::move(*page));
    return usagePageFromAnyJson(body, endpoint);
}

Result<UsagePage> usagePageFromAnyJson(const QByteArray &body, const QString &endpoint)
{
    return pageOf<UsageRecord>(
        body, endpoint, [](Reader &r, const QJsonObject &o, qsizetype i, const QStringList &keys) {
            const QString list = QStringLiteral("results");
            UsageRecord rec;
            rec.id = r.integer(o, QStringLiteral("id"), at(list, i, "id"));
            rec.month = r.month(o, QStringLiteral("month"), at(list, i, "month"));
            rec.spaceId = r.integer(o, QStringLiteral("space_id"), at(list, i, "space_id"));
            rec.spaceName = r.string(o, QStringLiteral("space_name"), at(list, i, "space_name"));
            rec.eventType = r.eventType(o, at(list, i, "event_type"));
            rec.quantity = r.number(o, QStringLiteral("quantity"), at(list, i, "quantity"));
            for (const char *known :
                 {"id", "month", "space_id", "space_name", "event_type", "quantity"}) {
                if (o.value(QLatin1String(known)).isNull())
                    rec.nullFields.append(QLatin1String(known));
            }
            rec.extras = extrasOf(o, keys,
                                  {QLatin1String("id"), QLatin1String("month"),
                                   QLatin1String("space_id"), QLatin1String("space_name"),
                                   QLatin1String("event_type"), QLatin1String("quantity")});
            return rec;
        });
}

Result<UsageTotals> usageTotals(const QByteArray &body, const QString &endpoint)
{
    Reader r(endpoint);
    const auto root = r.rootObject(body);
    if (!root)
        return Result<UsageTotals>::failure(r.error());
    const QString list = QStringLiteral("results");
    const auto results = r.array(*root, list, list);
    if (!results)
        return Result<UsageTotals>::failure(r.error());
    const QList<QStringList> keyOrder = objectKeyOrderInArray(body, list);
    UsageTotals totals;
    for (qsizetype i = 0; i < results->size() && !r.failed(); ++i) {
        const auto o = r.object(results->at(i), at(list, i));
        if (!o)
            break;
        UsageTotal total;
        total.eventType = r.eventType(*o, at(list, i, "event_type"), true);
        total.quantity = r.number(*o, QStringLiteral("quantity"), at(list, i, "quantity"));
        total.extras = extrasOf(*o, keyOrder.value(i),
                                {QLatin1String("event_type"), QLatin1String("quantity")});
        totals.append(total);
    }
    if (r.failed())
        return Result<UsageTotals>::failure(r.error());
    return Result<UsageTotals>::success(std::move(totals));
}

Result<QList<Space>> spaces(const QByteArray &body, const QString &endpoint)
{
    Reader r(endpoint);
    const auto doc = r.document(body);
    if (!doc)
        return Result<QList<Space>>::failure(r.error());
    // The contract promises an unpaginated array; a paginated object is accepted as well.
    QJsonArray items;
    QString list = QStringLiteral("");
    if (doc->isArray()) {
        items = doc->array();
    } else if (doc->isObject()) {
        list = QStringLiteral("results");
        const auto results = r.array(doc->object(), list, list);
        if (!results)
            return Result<QList<Space>>::failure(r.error());
        items = *results;
    } else {
        r.fail(QString(), QCoreApplication::translate("neuroio::ResponseParser",
                                                      "expected a JSON array of spaces"));
        return Result<QList<Space>>::failure(r.error());
    }
    QList<Space> result;
    for (qsizetype i = 0; i < items.size() && !r.failed(); ++i) {
        const auto o = r.object(items.at(i), at(list, i));
        if (!o)
            break;
        Space space;
        space.id = r.integer(*o, QStringLiteral("id"), at(list, i, "id"), true).value_or(0);
        space.name = r.string(*o, QStringLiteral("name"), at(list, i, "name")).value_or(QString());
        result.append(space);
    }
    if (r.failed())
        return Result<QList<Space>>::failure(r.error());
    return Result<QList<Space>>::success(std::move(result));
}

Result<AccountPage> accountPage(const QByteArray &body, const QString &endpoint)
{
    return pageOf<Account>(
        body, endpoint, [](Reader &r, const QJsonObject &o, qsizetype i, const QStringList &) {
            const QString list = QStringLiteral("results");
            Account account;
            account.id = r.integer(o, QStringLiteral("id"), at(list, i, "id"), true).value_or(0);
            account.name
                = r.string(o, QStringLiteral("name"), at(list, i, "name")).value_or(QString());
            return account;
        });
}

Result<WhoAmI> whoAmI(const QByteArray &body, const QString &endpoint)
{
    Reader r(endpoint);
    const auto root = r.rootObject(body);
    if (!root)
        return Result<WhoAmI>::failure(r.error());
    WhoAmI who;
    who.username = r.string(*root, QStringLiteral("username"), QStringLiteral("username"), true)
                       .value_or(QString());
    who.accountId = r.integer(*root, QStringLiteral("account_id"), QStringLiteral("account_id"));
    who.isManager = r.boolean(*root, QStringLiteral("is_manager"), QStringLiteral("is_manager"));
    const QJsonValue spaceValue = root->value(QStringLiteral("space"));
    if (!spaceValue.isUndefined() && !spaceValue.isNull()) {
        if (const auto o = r.object(spaceValue, QStringLiteral("space"))) {
            Space space;
            space.id
                = r.integer(*o, QStringLiteral("id"), QStringLiteral("space.id"), true).value_or(0);
            space.name = r.string(*o, QStringLiteral("name"), QStringLiteral("space.name"))
                             .value_or(QString());
            who.space = space;
        }
    }
    if (r.failed())
        return Result<WhoAmI>::failure(r.error());
    return Result<WhoAmI>::success(std::move(who));
}

Result<LoginResult> login(const QByteArray &body, const QString &endpoint)
{
    Reader r(endpoint);
    const auto root = r.rootObject(body);
    if (!root)
        return Result<LoginResult>::failure(r.error());
    LoginResult result;
    if (const QJsonValue user = root->value(QStringLiteral("user")); !user.isUndefined()) {
        if (const auto o = r.object(user, QStringLiteral("user"))) {
            result.username
                = r.string(*o, QStringLiteral("username"), QStringLiteral("user.username"))
                      .value_or(QString());
        }
    }
    const auto token = r.object(root->value(QStringLiteral("token")), QStringLiteral("token"));
    if (token) {
        result.tokenKey = r.string(*token, QStringLiteral("key"), QStringLiteral("token.key"), true)
                              .value_or(QString());
        result.tokenId = r.integer(*token, QStringLiteral("id"), QStringLiteral("token.id"));
        result.isActive
            = r.boolean(*token, QStringLiteral("is_active"), QStringLiteral("token.is_active"));
        result.created
            = r.dateTime(*token, QStringLiteral("created"), QStringLiteral("token.created"))
                  .value_or(QDateTime());
        result.expires
            = r.dateTime(*token, QStringLiteral("expires"), QStringLiteral("token.expires"))
                  .value_or(QDateTime());
    }
    if (!r.failed() && result.tokenKey.isEmpty())
        r.fail(QStringLiteral("token.key"),
               QCoreApplication::translate("neuroio::ResponseParser", "must not be empty"));
    if (r.failed())
        return Result<LoginResult>::failure(r.error());
    return Result<LoginResult>::success(std::move(result));
}

ApiError httpError(int status, const QString &reason, const QByteArray &body,
                   const QString &endpoint)
{
    ApiError error;
    error.kind = ApiError::Kind::HttpStatus;
    error.endpoint = endpoint;
    error.httpStatus = status;

    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error == QJsonParseError::NoError && doc.isObject()) {
        const QJsonObject o = doc.object();
        error.message = o.value(QStringLiteral("message")).toString();
        // DRF's default error shape, in case a proxy or older server answers with it.
        if (error.message.isEmpty())
            error.message = o.value(QStringLiteral("detail")).toString();
        // A code is shown as the server sent it or not at all: one that is not a whole number
        // an int can hold would otherwise read as 0, a code the server never sent.
        const auto wholeCode = [](const QJsonValue &value) -> std::optional<int> {
            const double number = value.toDouble();
            if (!value.isDouble() || number != std::floor(number)
                || number < std::numeric_limits<int>::min()
                || number > std::numeric_limits<int>::max())
                return std::nullopt;
            return static_cast<int>(number);
        };
        const QJsonArray codes = o.value(QStringLiteral("error_codes")).toArray();
        for (const auto &code : codes) {
            if (const auto whole = wholeCode(code))
                error.errorCodes.append(*whole);
        }
        const QJsonArray fields = o.value(QStringLiteral("fields")).toArray();
        for (const auto &f : fields) {
            const QJsonObject fo = f.toObject();
            FieldError fieldError;
            fieldError.name = fo.value(QStringLiteral("name")).toString();
            fieldError.message = fo.value(QStringLiteral("message")).toString();
            fieldError.errorCode = wholeCode(fo.value(QStringLiteral("error_code")));
            if (!fieldError.name.isEmpty() || !fieldError.message.isEmpty())
                error.fields.append(fieldError);
        }
    }
    if (error.message.isEmpty()) {
        error.message = reason;
        if (parseError.error != QJsonParseError::NoError && !body.trimmed().isEmpty()) {
            const QString what = describeNonJson(body, parseError);
            error.message
                = error.message.isEmpty() ? what : error.message + QStringLiteral("; ") + what;
        }
    }
    return error;
}

} // namespace neuroio::ResponseParser
