#include "app/filterarguments.h"

#include "core/api/eventtype.h"
#include "core/views/savedviewstore.h"

#include <QCommandLineParser>

namespace neuroio::app {

namespace {

struct BadArgument
{
    ApiError::Kind kind;
    QString message;
};

QString optionValue(const QCommandLineParser &parser, const char *name)
{
    return parser.value(QLatin1String(name));
}

// Whether the option was given. A command may offer only some of the filter options (check
// takes --account alone), and isSet() warns about an option the parser does not know.
bool given(const QCommandLineParser &parser, const char *name)
{
    return parser.optionNames().contains(QLatin1String(name));
}

std::optional<Month> monthOption(const QCommandLineParser &parser, const char *name)
{
    if (!given(parser, name))
        return std::nullopt;
    const auto month = Month::fromString(optionValue(parser, name));
    if (!month.isOk()) {
        throw BadArgument{ApiError::Kind::InvalidInput,
                          QCoreApplication::translate("neuroio::app::FilterArguments", "--%1: %2",
                                                      "an option: what is wrong with its value")
                              .arg(QLatin1String(name), month.error.message)};
    }
    return month.value;
}

QList<qint64> spaceIdsOption(const QCommandLineParser &parser)
{
    QList<qint64> ids;
    for (const QString &item : optionValue(parser, "spaces").split(QLatin1Char(','))) {
        bool ok = false;
        const qint64 id = item.trimmed().toLongLong(&ok);
        if (!ok || id <= 0)
            throw BadArgument{ApiError::Kind::InvalidInput,
                              QCoreApplication::translate("neuroio::app::FilterArguments",
                                                          "--spaces: \"%1\" is not a space id")
                                  .arg(item)};
        ids.append(id);
    }
    return ids;
}

// "api-calls, persons-storage, entry-storage, source-licenses"
QString eventTypeKeys()
{
    QStringList keys;
    for (EventType type : knownEventTypes())
        keys.append(eventTypeKey(static_cast<int>(type)));
    return keys.join(QStringLiteral(", "));
}

QList<int> eventTypesOption(const QCommandLineParser &parser)
{
    QList<int> types;
    for (const QString &item : optionValue(parser, "event-types").split(QLatin1Char(','))) {
        const auto type = eventTypeFromText(item);
        if (!type) {
            throw BadArgument{ApiError::Kind::InvalidInput,
                              QCoreApplication::translate(
                                  "neuroio::app::FilterArguments",
                                  "--event-types: \"%1\" is not an event type; use %2, or 1 to %3")
                                  .arg(item, eventTypeKeys())
                                  .arg(knownEventTypes().size())};
        }
        types.append(*type);
    }
    return types;
}

qint64 accountOption(const QCommandLineParser &parser)
{
    bool ok = false;
    const qint64 id = optionValue(parser, "account").toLongLong(&ok);
    if (!ok || id <= 0) {
        throw BadArgument{ApiError::Kind::InvalidInput,
                          QCoreApplication::translate("neuroio::app::FilterArguments",
                                                      "--account: \"%1\" is not an account id")
                              .arg(optionValue(parser, "account"))};
    }
    return id;
}

} // namespace

void FilterArguments::addOptions(QCommandLineParser &parser, Options options)
{
    const QCommandLineOption account(
        QStringLiteral("account"),
        tr("A managed account's id (manager tokens); default: your own usage."), tr("id"));
    if (options == Options::AccountOnly) {
        parser.addOption(account);
        return;
    }
    parser.addOptions({
        {QStringLiteral("from"), tr("First month, YYYY-MM."), tr("month")},
        {QStringLiteral("to"), tr("Last month, YYYY-MM."), tr("month")},
        {QStringLiteral("spaces"), tr("Space ids, comma-separated (default: all)."), tr("ids")},
        {QStringLiteral("event-types"),
         tr("Event types by name (%1) or number (1-%2), comma-separated "
            "(default: all).")
             .arg(eventTypeKeys())
             .arg(knownEventTypes().size()),
         tr("types")},
        account,
        {QStringLiteral("view"),
         tr("Start from a saved view (its name, or a view file): its scope, months "
            "(a relative range resolves today), spaces and event types. Other "
            "options override it."),
         tr("name|file")},
    });
}

Result<FilterArguments> FilterArguments::read(const QCommandLineParser &parser,
                                              const SavedViewStore &views)
{
    FilterArguments arguments;
    try {
        if (given(parser, "view")) {
            const auto view = views.resolve(optionValue(parser, "view"));
            if (!view.isOk())
                throw BadArgument{view.error.kind, tr("--view: %1").arg(view.error.userMessage())};
            arguments.view = view.value;
        }
        arguments.from = monthOption(parser, "from");
        arguments.to = monthOption(parser, "to");
        if (given(parser, "spaces"))
            arguments.spaceIds = spaceIdsOption(parser);
        if (given(parser, "event-types"))
            arguments.eventTypes = eventTypesOption(parser);
        if (given(parser, "account"))
            arguments.accountId = accountOption(parser);

        BillingQuery range;
        range.monthFrom = arguments.from;
        range.monthTo = arguments.to;
        if (const ApiError reversed = range.check(); !reversed.isOk())
            throw BadArgument{ApiError::Kind::InvalidInput,
                              tr("--from and --to: %1").arg(reversed.message)};
    } catch (const BadArgument &bad) {
        ApiError error = ApiError::invalidInput(bad.message);
        error.kind = bad.kind; // an unreadable view file stays a ReadFailed
        return Result<FilterArguments>::failure(error);
    }
    return Result<FilterArguments>::success(arguments);
}

bool FilterArguments::isEmpty() const
{
    return !view && !from && !to && !spaceIds && !eventTypes && !accountId;
}

MonthRange FilterArguments::months(const MonthRange &base) const
{
    if (from && to)
        return MonthRange(*from, *to);
    if (from)
        return MonthRange(*from, std::max(*from, base.to()));
    if (to)
        return MonthRange(to->addMonths(1 - base.monthCount()), *to);
    return base;
}

BillingQuery FilterArguments::query(Month current) const
{
    BillingQuery query;
    const MonthRange range
        = months(view ? view->resolve(current)
                      : MonthRange::forPreset(MonthRange::Preset::Last12Months, current));
    query.monthFrom = range.from();
    query.monthTo = range.to();
    if (view) {
        query.spaceIds = view->spaceIds;
        query.eventTypes = view->eventTypes;
    }
    if (spaceIds)
        query.spaceIds = *spaceIds;
    if (eventTypes)
        query.eventTypes = *eventTypes;
    return query;
}

QString FilterArguments::monthsSource(Month current) const
{
    if (from && to)
        return tr("--from and --to");
    QString base = view ? tr("the view \"%1\"").arg(view->name)
                        : tr("the default: %1")
                              .arg(MonthRange::describe(MonthRange::Preset::Last12Months, current));
    if (from)
        return tr("--from, to the end of %1").arg(base);
    if (to)
        return tr("--to, keeping the length of %1").arg(base);
    return base;
}

std::optional<qint64> FilterArguments::scope() const
{
    if (accountId)
        return accountId;
    return view ? view->accountId : std::nullopt;
}

SavedView FilterArguments::dashboardView(Month current) const
{
    SavedView start = view.value_or(SavedView{});
    start.openAtStart = false;
    if (from || to) {
        start.fixedRange = months(start.resolve(current));
        start.preset = MonthRange::Preset::Custom;
    }
    if (spaceIds)
        start.spaceIds = *spaceIds;
    if (eventTypes)
        start.eventTypes = *eventTypes;
    start.accountId = scope();
    if (from || to || spaceIds || eventTypes || accountId)
        start.name.clear(); // no longer the view of that name: nothing says it opened
    return start;
}

} // namespace neuroio::app
