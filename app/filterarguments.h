#pragma once

#include "core/api/billingquery.h"
#include "core/api/result.h"
#include "core/views/savedview.h"

#include <QCoreApplication>

#include <optional>

class QCommandLineParser;

namespace neuroio {
class SavedViewStore;
}

namespace neuroio::app {

// The filter options that the dashboard and every command share: --view, --from, --to,
// --spaces, --event-types and --account. Each is empty unless given; a view fills in what the
// options leave out, so one command line reproduces a dashboard, an export or a report.
class FilterArguments final
{
    Q_DECLARE_TR_FUNCTIONS(neuroio::app::FilterArguments)

public:
    std::optional<SavedView> view;
    std::optional<Month> from;
    std::optional<Month> to;
    std::optional<QList<qint64>> spaceIds;
    std::optional<QList<int>> eventTypes;
    std::optional<qint64> accountId;

    // AccountOnly: --account alone, for a command whose months and spaces come from elsewhere.
    enum class Options { All, AccountOnly };
    static void addOptions(QCommandLineParser &parser, Options options = Options::All);
    // A wrong value is an error whose message names the option.
    static Result<FilterArguments> read(const QCommandLineParser &parser,
                                        const SavedViewStore &views);

    bool isEmpty() const;
    // What export and report ask for: the months of the view, or else of the dashboard's
    // default (the last 12 full months), changed by --from and --to as months() says. So the
    // window, export and report all cover the same months for the same options.
    BillingQuery query(Month current) const;
    // Where the months of query() came from, for a line on stderr: "the default, the last
    // 12 full months", "--from and --to", "the view \"Q3\"".
    QString monthsSource(Month current) const;
    std::optional<qint64> scope() const;
    // Where the dashboard starts: its defaults, then the view, then the options, the months as
    // months() says. Without --from and --to a relative range stays relative, so the range
    // picker shows the preset.
    SavedView dashboardView(Month current) const;

private:
    // A range (a view's, or the dashboard's default) changed by --from and --to: both replace
    // it; --from alone runs to its end (or is one month, when later); --to alone keeps its
    // length. So one option can never make a range that ends before it starts.
    MonthRange months(const MonthRange &base) const;
};

} // namespace neuroio::app
