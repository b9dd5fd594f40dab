// neuroio-microbench: the per-row cost of each step between the server's answer and a file or
// a chart, through the public core APIs. ./dev bench runs it; bench/README.md says how to read
// it. The data is generated here, shaped like the local server's (month by month, every space,
// the four event types, its awkward space names), so no server or fixture is needed.

#include "core/api/responseparser.h"
#include "core/export/exportsink.h"
#include "core/export/usageexporter.h"
#include "core/export/usageexportrows.h"
#include "core/usage/usageaggregator.h"
#include "core/usage/usagecache.h"
#include "core/usage/usagerowstore.h"
#include "core/usage/usagesort.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

#include <algorithm>

namespace {

using namespace neuroio;

constexpr int kPageRows = 1000;
constexpr int kManyRows = 1'000'000;
constexpr int kMonths = 50;

// Names that cost something to write: a comma, quotes, a leading minus, letters beyond ASCII.
const QStringList kSpaceNames = {
    QStringLiteral("Berlin HQ"),
    QStringLiteral("Warehouse 7, Rotterdam"),
    QStringLiteral("München Hauptbahnhof"),
    QStringLiteral("Reception \"Main Gate\""),
    QStringLiteral("-1 Parking Level"),
    QStringLiteral("Tokyo Shinagawa 品川"),
};

// rows records laid out as the server lists them: month by month, each space, each type.
QList<UsageRecord> makeRecords(int rows)
{
    const int spaces = std::max(1, rows / (kMonths * 4));
    QList<QString> names;
    for (int i = 0; i < spaces; ++i)
        names.append(kSpaceNames[i % kSpaceNames.size()] + QStringLiteral(" %1").arg(i + 1));
    QList<UsageRecord> records;
    records.reserve(rows);
    quint32 noise = 12345; // deterministic, so every run sorts the same numbers
    for (int i = 0; i < rows; ++i) {
        const int space = (i / 4) % spaces;
        noise = noise * 1664525u + 1013904223u;
        UsageRecord r;
        r.id = i + 1;
        r.month = Month(2022, 9).addMonths(i / (spaces * 4));
        r.spaceId = space + 4;
        r.spaceName = names[space];
        r.eventType = i % 4 + 1;
        r.quantity = double(noise % 500'000);
        records.append(r);
    }
    return records;
}

// A page body as the local server writes it: compact JSON, the count/next/previous envelope.
QByteArray pageJson(const QList<UsageRecord> &records)
{
    QJsonArray results;
    for (const UsageRecord &r : records) {
        results.append(QJsonObject{{QStringLiteral("id"), *r.id},
                                   {QStringLiteral("month"), r.month->toString()},
                                   {QStringLiteral("space_id"), *r.spaceId},
                                   {QStringLiteral("space_name"), *r.spaceName},
                                   {QStringLiteral("event_type"), *r.eventType},
                                   {QStringLiteral("quantity"), qint64(*r.quantity)}});
    }
    const QString base = QStringLiteral("http://127.0.0.1:8000/v1/billing/usage/?month_from="
                                        "2022-09&month_to=2026-10&limit=1000&offset=");
    return QJsonDocument(QJsonObject{{QStringLiteral("count"), 100'000},
                                     {QStringLiteral("next"), base + QStringLiteral("2000")},
                                     {QStringLiteral("previous"), base + QStringLiteral("0")},
                                     {QStringLiteral("results"), results}})
        .toJson(QJsonDocument::Compact);
}

QString usageEndpoint()
{
    return QStringLiteral("GET /v1/billing/usage/");
}

const QByteArray &page()
{
    static const QByteArray body = pageJson(makeRecords(kPageRows));
    return body;
}

// The records a real parse of the page gives, so the writers see what an export sees.
const QList<UsageRecord> &pageRecords()
{
    static const QList<UsageRecord> records
        = ResponseParser::usagePage(page(), usageEndpoint()).value.results;
    return records;
}

const QList<UsageRecord> &manyRecords()
{
    static const QList<UsageRecord> records = makeRecords(kManyRows);
    return records;
}

// CPU time per row ("per_row=85ns"): steps on pages and on a million rows compare directly.
void countRows(benchmark::State &state, qint64 rows)
{
    state.SetItemsProcessed(state.iterations() * rows);
    state.counters["per_row"] = benchmark::Counter(
        double(rows), benchmark::Counter::kIsIterationInvariantRate | benchmark::Counter::kInvert);
}

// Pages of 100 beside pages of 1000: a per-row cost that grows with the page is no per-row cost.
void parseUsagePage(benchmark::State &state)
{
    const int rows = int(state.range(0));
    const QByteArray body = rows == kPageRows ? page() : pageJson(makeRecords(rows));
    for (auto _ : state) {
        auto parsed = ResponseParser::usagePage(body, usageEndpoint());
        if (!parsed.isOk() || parsed.value.results.size() != rows) {
            state.SkipWithError("the page did not parse");
            break;
        }
        benchmark::DoNotOptimize(parsed);
    }
    countRows(state, rows);
}
BENCHMARK(parseUsagePage)->Arg(100)->Arg(kPageRows);

constexpr int kPagesPerExport = 100;

// A whole export of 100 pages (100,000 rows) through the export's own path, as the command
// does it: open, every row of every page, finish (for CSV, the header and the spooled rows are
// written out then), into a temporary folder. The file's own costs (a temporary file, the
// sync on commit) are spread over a real export's rows, not over one page's.
// parse: each page is parsed from the server's JSON first, as it arrives.
void exportPages(benchmark::State &state, ExportOptions::Format format, bool parse)
{
    const QList<UsageRecord> &records = pageRecords();
    const QByteArray &body = page();
    QTemporaryDir folder;
    ExportOptions options;
    options.format = format;
    const QString path = folder.filePath(QStringLiteral("usage.out"));
    for (auto _ : state) {
        ExportSink sink(options);
        sink.setCsvOnlyColumns(UsageExporter::csvOnlyColumns());
        ApiError error = sink.open(path, UsageExporter::standardColumns());
        UsageRowWriter rows(&sink, options);
        for (int p = 0; p < kPagesPerExport && error.isOk(); ++p) {
            const Result<UsagePage> parsed
                = parse ? ResponseParser::usagePage(body, usageEndpoint()) : Result<UsagePage>{};
            for (const UsageRecord &r : parse ? parsed.value.results : records) {
                if (error.isOk())
                    error = rows.write(r);
            }
        }
        if (error.isOk())
            error = sink.finish();
        if (!error.isOk()) {
            state.SkipWithError(error.userMessage().toStdString().c_str());
            break;
        }
    }
    countRows(state, qint64(records.size()) * kPagesPerExport);
}
BENCHMARK_CAPTURE(exportPages, csv, ExportOptions::Format::Csv, false)
    ->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(exportPages, json, ExportOptions::Format::Json, false)
    ->Unit(benchmark::kMillisecond);
// The target's measure: parsing a page and writing its CSV, under 2 µs a row.
BENCHMARK_CAPTURE(exportPages, parse_and_csv, ExportOptions::Format::Csv, true)
    ->Unit(benchmark::kMillisecond);

void aggregateRows(benchmark::State &state)
{
    const QList<UsageRecord> &records = manyRecords();
    UsageAggregator aggregator;
    for (auto _ : state) {
        aggregator.reset();
        aggregator.add(records);
        benchmark::DoNotOptimize(aggregator.rowsAdded());
    }
    countRows(state, records.size());
}
BENCHMARK(aggregateRows)->Unit(benchmark::kMillisecond);

// What the dashboard does: folding the rows where they are kept.
void aggregateStoredRows(benchmark::State &state)
{
    UsageRowStore rows;
    rows.append(manyRecords());
    UsageAggregator aggregator;
    for (auto _ : state) {
        aggregator.reset();
        aggregator.add(rows, 0, rows.size());
        benchmark::DoNotOptimize(aggregator.rowsAdded());
    }
    countRows(state, rows.size());
}
BENCHMARK(aggregateStoredRows)->Unit(benchmark::kMillisecond);

// A closed month read back from the cache: 1M rows in files of a month each.
void readCachedRows(benchmark::State &state)
{
    const QList<UsageRecord> &records = manyRecords();
    const QByteArray file = UsageCache::encodeRows(records);
    for (auto _ : state) {
        qint64 rows = 0;
        UsageCache::decodeRows(file, [&rows](const UsageRecord &) { ++rows; });
        benchmark::DoNotOptimize(rows);
    }
    countRows(state, records.size());
}
BENCHMARK(readCachedRows)->Unit(benchmark::kMillisecond);

// The dashboard reopened: cached rows straight into the store it keeps.
void readCachedRowsIntoStore(benchmark::State &state)
{
    const QByteArray file = UsageCache::encodeRows(manyRecords());
    for (auto _ : state) {
        UsageRowStore rows;
        UsageCache::decodeRows(file, &rows);
        benchmark::DoNotOptimize(rows.size());
    }
    countRows(state, manyRecords().size());
}
BENCHMARK(readCachedRowsIntoStore)->Unit(benchmark::kMillisecond);

// What the dashboard keeps of each row, as pages arrive.
void storeRows(benchmark::State &state)
{
    const QList<UsageRecord> &records = manyRecords();
    for (auto _ : state) {
        UsageRowStore rows;
        rows.append(records);
        benchmark::DoNotOptimize(rows.size());
    }
    countRows(state, records.size());
}
BENCHMARK(storeRows)->Unit(benchmark::kMillisecond);

using Field = UsageSortKey::Field;

// The dashboard sorts the rows it keeps, in a UsageRowStore.
void sortRows(benchmark::State &state, Field field)
{
    UsageRowStore rows;
    rows.append(manyRecords());
    for (auto _ : state) {
        const QList<int> order = sortedUsageOrder(rows, UsageSortKey{field, {}, false});
        benchmark::DoNotOptimize(order.constData());
    }
    countRows(state, rows.size());
}
BENCHMARK_CAPTURE(sortRows, month, Field::Month)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(sortRows, space, Field::Space)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(sortRows, event_type, Field::EventType)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(sortRows, quantity, Field::Quantity)->Unit(benchmark::kMillisecond);

} // namespace

BENCHMARK_MAIN();
