#include "core/export/totalsexporter.h"

#include "core/api/eventtype.h"
#include "core/export/usageexporter.h"
#include "core/insights/costestimate.h"
#include "core/usage/monthlytotals.h"

#include <cmath>

namespace neuroio {

namespace {

int monthsBack(PeriodChange::Against against)
{
    return against == PeriodChange::Against::YearEarlier ? 12 : 1;
}

ExportValue number(const std::optional<double> &value)
{
    return value ? ExportValue::fromNumber(*value) : ExportValue::missing();
}

} // namespace

TotalsExporter::TotalsExporter(BillingClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_loader(client)
    , m_earlierLoader(client)
    , m_costLoader(client)
{
    connect(&m_loader, &TotalsLoader::answered, this, &TotalsExporter::onTotals);
    connect(&m_loader, &TotalsLoader::finished, this, [this](const ApiError &error) {
        if (!m_sink)
            return;
        if (!error.isOk()) {
            finish(error);
            return;
        }
        // By the server's clock, known now: a range that takes in the open month compares a
        // partial month with whole ones, and the person should know it.
        if (const Month open = Month::openAt(m_client->serverNow());
            m_compare && m_range.isValid() && m_range.to() >= open) {
            emit note(tr("%1 is not over yet: its totals are partial, compared with whole "
                         "months")
                          .arg(open.toString()));
        }
        if (m_prices) {
            emit note(tr("estimated_cost is an estimate from your price list (%1), not a bill: "
                         "each month is priced on its own, rounded to a minor unit")
                          .arg(m_prices->currency));
        }
        if (m_forecast) {
            if (ApiError written = writeForecast(); !written.isOk()) {
                finish(written);
                return;
            }
        }
        finish(m_sink->finish());
    });
    connect(&m_costLoader, &TotalsLoader::answered, this,
            [this](int index, const UsageTotals &totals) {
                if (m_costMonths.size() < m_costLoader.answerCount())
                    m_costMonths.resize(m_costLoader.answerCount());
                m_costMonths[index] = totals;
            });
    connect(&m_costLoader, &TotalsLoader::finished, this, [this](const ApiError &error) {
        if (!m_sink)
            return;
        if (!error.isOk()) {
            finish(error);
            return;
        }
        if (ApiError problem = startAfterCosts(); !problem.isOk())
            finish(problem);
    });
    connect(&m_earlierLoader, &TotalsLoader::answered, this,
            [this](int, const UsageTotals &totals) { m_earlierTotals = totals; });
    connect(&m_earlierLoader, &TotalsLoader::finished, this, [this](const ApiError &error) {
        if (!m_sink)
            return;
        if (!error.isOk()) {
            finish(error);
            return;
        }
        // The earlier months are in: the range's own rows can be written as they come.
        if (ApiError problem
            = m_loader.start(m_query, m_accountId, TotalsLoader::Split::WholeRange);
            !problem.isOk())
            finish(problem);
    });
}

TotalsExporter::~TotalsExporter()
{
    m_loader.disconnect(this);
    m_earlierLoader.disconnect(this);
    m_costLoader.disconnect(this);
}

ApiError TotalsExporter::startAfterCosts()
{
    if (m_compare && !m_byMonth) {
        BillingQuery earlier = m_query;
        earlier.monthFrom = m_earlierRange.from();
        earlier.monthTo = m_earlierRange.to();
        return m_earlierLoader.start(earlier, m_accountId, TotalsLoader::Split::WholeRange);
    }
    return m_loader.start(m_query, m_accountId, TotalsLoader::Split::WholeRange);
}

ExportValue TotalsExporter::costOf(int eventType, const std::optional<double> &quantity) const
{
    const TypePrice *price = m_prices ? m_prices->priceOf(eventType) : nullptr;
    if (!price || !quantity)
        return ExportValue::missing();
    std::optional<Money> money;
    if (m_byMonth) {
        const std::optional<qint64> minor
            = CostEstimate::monthMinor(*price, *quantity, m_prices->minorDigits);
        money = Money{minor.value_or(CostEstimate::kTooLarge), m_prices->currency,
                      m_prices->minorDigits, !minor};
    } else {
        const MonthlyTotalsTrend months
            = monthlyTrendFromTotals(m_costLoader.months(), m_costMonths, {eventType});
        money = CostEstimate::ofMonths(*m_prices, eventType, months.series.value(eventType));
    }
    // Too large to count is no figure at all, never a wrong one.
    if (!money || money->tooLarge)
        return ExportValue::missing();
    return ExportValue::fromText(CostEstimate::plainText(*money));
}

ApiError TotalsExporter::start(const BillingQuery &query, std::optional<qint64> accountId,
                               bool byMonth, const ExportOptions &options, const QString &path,
                               const TotalsExtras &extras)
{
    const std::optional<PeriodChange::Against> compare = extras.compare;
    const TotalsLoader::Split split
        = byMonth ? TotalsLoader::Split::ByMonth : TotalsLoader::Split::WholeRange;
    if (ApiError problem = options.check(); !problem.isOk())
        return problem;
    // Before the file is opened: nothing is written for a query that cannot be sent.
    if (ApiError problem = TotalsLoader::check(query, split); !problem.isOk())
        return problem;
    if (compare && (!query.monthFrom || !query.monthTo)) {
        return ApiError::invalidInput(
            tr("a comparison needs the range's first and last month (--from and --to)"));
    }
    if (extras.forecast && !byMonth)
        return ApiError::invalidInput(tr("a forecast goes month by month (--by-month)"));
    if (extras.prices && !byMonth) {
        if (ApiError problem = TotalsLoader::check(query, TotalsLoader::Split::ByMonth);
            !problem.isOk()) {
            return ApiError::invalidInput(
                tr("a cost is priced month by month: %1").arg(problem.message));
        }
    }
    m_accountId = accountId;
    m_byMonth = byMonth;
    m_compare = compare;
    m_forecast = extras.forecast;
    m_prices = extras.prices;
    m_costMonths.clear();
    m_types.clear();
    m_monthly.clear();
    m_query = query;
    m_earlierTotals.reset();
    m_monthTotals.clear();
    QStringList columns;
    if (byMonth)
        columns.append(QStringLiteral("month"));
    if (m_forecast)
        columns.append(QStringLiteral("kind"));
    columns << QStringLiteral("event_type") << QStringLiteral("event_type_name")
            << QStringLiteral("quantity") << QStringLiteral("unit");
    if (compare) {
        m_range = MonthRange(*query.monthFrom, *query.monthTo);
        m_earlierRange = PeriodChange::earlierRange(m_range, *compare);
        columns << QStringLiteral("earlier_from") << QStringLiteral("earlier_to")
                << QStringLiteral("earlier_quantity") << QStringLiteral("change")
                << QStringLiteral("change_percent");
    }
    if (m_forecast)
        columns << QStringLiteral("forecast_low") << QStringLiteral("forecast_high");
    if (m_prices)
        columns << QStringLiteral("estimated_cost") << QStringLiteral("currency");
    auto sink = std::make_unique<ExportSink>(options);
    // JSON keeps exactly the server's fields, and the comparison asked for; the names and
    // units are for people reading CSV.
    sink->setCsvOnlyColumns(UsageExporter::csvOnlyColumns() << QStringLiteral("unit"));
    if (ApiError problem = sink->open(path, columns); !problem.isOk())
        return problem;
    m_sink = std::move(sink);
    // The range's months first: its cost is theirs, each month priced on its own.
    if (m_prices && !byMonth)
        return m_costLoader.start(query, accountId, TotalsLoader::Split::ByMonth);
    if (compare && !byMonth)
        return startAfterCosts();
    if (compare && byMonth) {
        // Each month's earlier month is asked for too, in the same run, and answers first.
        BillingQuery extended = query;
        extended.monthFrom = query.monthFrom->addMonths(-monthsBack(*compare));
        return m_loader.start(extended, accountId, split);
    }
    // Checked above, so it starts.
    return m_loader.start(query, accountId, split);
}

void TotalsExporter::onTotals(int index, const UsageTotals &totals)
{
    const Month month = m_loader.months().at(index);
    if (m_compare && m_byMonth) {
        m_monthTotals.insert(month.ordinal(), totals);
        if (month < m_range.from())
            return; // only an earlier month, for the comparison
    }
    if (ApiError error = writeRows(month, totals); !error.isOk()) {
        finish(error);
        return;
    }
    emit progress(index + 1, m_loader.answerCount());
}

ApiError TotalsExporter::writeRows(const Month &month, const UsageTotals &totals)
{
    MonthRange earlierMonths = m_earlierRange;
    UsageTotals earlierTotals = m_earlierTotals.value_or(UsageTotals());
    if (m_compare && m_byMonth) {
        const Month earlier = month.addMonths(-monthsBack(*m_compare));
        earlierMonths = MonthRange(earlier, earlier);
        earlierTotals = m_monthTotals.value(earlier.ordinal());
    }
    for (const UsageTotal &t : totals) {
        if (m_forecast && t.eventType) {
            if (!m_types.contains(*t.eventType))
                m_types.append(*t.eventType);
            MonthlyPoint point;
            point.month = month;
            point.quantity = t.quantity.value_or(0);
            point.rows = t.quantity ? MonthlyPoint::kCountedByServer : 0;
            m_monthly[*t.eventType].append(point);
        }
        ExportRow row;
        if (m_byMonth)
            row.append({QStringLiteral("month"), ExportValue::fromText(month.toString())});
        if (m_forecast)
            row.append({QStringLiteral("kind"), ExportValue::fromText(QStringLiteral("actual"))});
        row.append({QStringLiteral("event_type"),
                    t.eventType ? ExportValue::fromNumber(*t.eventType) : ExportValue::missing()});
        row.append({QStringLiteral("event_type_name"),
                    t.eventType ? ExportValue::fromText(eventTypeDisplayName(*t.eventType))
                                : ExportValue::missing()});
        row.append({QStringLiteral("quantity"),
                    t.quantity ? ExportValue::fromNumber(*t.quantity) : ExportValue::missing()});
        // Over a range, a level's total is in unit-months; in one month it is the level.
        const int type = t.eventType.value_or(0);
        row.append(
            {QStringLiteral("unit"),
             ExportValue::fromText(m_byMonth ? eventTypeUnit(type) : eventTypeTotalUnit(type))});
        if (m_compare) {
            const PeriodChange change
                = PeriodChange::of(type, totals, earlierTotals, earlierMonths, *m_compare);
            std::optional<double> percent = change.percent();
            if (percent) // a hundredth of a percent, as the accounts overview's shares
                percent = std::round(*percent * 100) / 100;
            row.append({QStringLiteral("earlier_from"),
                        ExportValue::fromText(earlierMonths.from().toString())});
            row.append({QStringLiteral("earlier_to"),
                        ExportValue::fromText(earlierMonths.to().toString())});
            row.append({QStringLiteral("earlier_quantity"), number(change.before)});
            row.append({QStringLiteral("change"), number(change.absolute())});
            row.append({QStringLiteral("change_percent"), number(percent)});
        }
        if (m_prices) {
            row.append({QStringLiteral("estimated_cost"), costOf(type, t.quantity)});
            row.append({QStringLiteral("currency"), ExportValue::fromText(m_prices->currency)});
        }
        for (const ExtraField &e : t.extras)
            row.append({e.name, ExportValue::fromJson(e.value)});
        if (ApiError error = m_sink->writeRow(row); !error.isOk())
            return error;
    }
    return {};
}

ApiError TotalsExporter::writeForecast()
{
    // The month open by the server's clock is partial: the trend is of the months before it,
    // and only a range that reaches the last of those has one.
    const Month open = Month::openAt(m_client->serverNow());
    for (int type : std::as_const(m_types)) {
        const TrendForecast forecast = TrendForecast::ofRange(m_monthly.value(type), open);
        if (!forecast.isValid()) {
            emit note(
                tr("no forecast of %1: %2").arg(eventTypeDisplayName(type), forecast.whyNone));
            continue;
        }
        for (const ForecastPoint &point : forecast.points) {
            ExportRow row{
                {QStringLiteral("month"), ExportValue::fromText(point.month.toString())},
                {QStringLiteral("kind"), ExportValue::fromText(QStringLiteral("forecast"))},
                {QStringLiteral("event_type"), ExportValue::fromNumber(type)},
                {QStringLiteral("event_type_name"),
                 ExportValue::fromText(eventTypeDisplayName(type))},
                // An estimate: whole units, not a precision it does not have.
                {QStringLiteral("quantity"), ExportValue::fromNumber(std::round(point.value))},
                {QStringLiteral("unit"), ExportValue::fromText(eventTypeUnit(type))},
                {QStringLiteral("forecast_low"), ExportValue::fromNumber(std::round(point.low))},
                {QStringLiteral("forecast_high"), ExportValue::fromNumber(std::round(point.high))}};
            if (m_prices) {
                row.append({QStringLiteral("estimated_cost"), ExportValue::missing()});
                row.append({QStringLiteral("currency"), ExportValue::fromText(m_prices->currency)});
            }
            if (ApiError error = m_sink->writeRow(row); !error.isOk())
                return error;
        }
    }
    return {};
}

void TotalsExporter::cancel()
{
    if (!m_sink)
        return;
    finish(ApiError::cancelled(BillingClient::usageTotalEndpoint(m_accountId)));
}

void TotalsExporter::finish(const ApiError &error)
{
    std::unique_ptr<ExportSink> sink = std::move(m_sink);
    m_loader.cancel(); // their finished() finds no sink
    m_earlierLoader.cancel();
    m_costLoader.cancel();
    const ExportOutcome outcome = sink->outcome(error);
    emit finished(outcome);
}

} // namespace neuroio
