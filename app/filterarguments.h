#pragma once

#include "billingquery.h"
#include "savedview.h"

#include <optional>

class QCommandLineParser;

namespace neuroio {
class SavedViewStore;
}

namespace neuroio::app {

// The filter options that the dashboard and every command share: --view, --from, --to,
// --spaces, --event-types and --account. Each is empty unless given; a view fills in what the
// options leave out, so one command line reproduces a dashboard, an export or a report.
struct FilterArguments
{
    std::optional<SavedView> view;
    std::optional<Month> from;
    std::optional<Month> to;
    std::optional<QList<qint64>> spaceIds;
    std::optional<QList<int>> eventTypes;
    std::optional<qint64> accountId;

    static void addOptions(QCommandLineParser &parser);
    // On a wrong value returns nullopt and sets *error to a message that names the option.
    // A view's relative range resolves against current.
    static std::optional<FilterArguments> read(const QCommandLineParser &parser,
                                               const SavedViewStore &views, Month current,
                                               QString *error);

    bool isEmpty() const;
    // What export and report ask for: the view's months, then --from and --to. A month that
    // neither gives is left to the server.
    BillingQuery query(Month current) const;
    std::optional<qint64> scope() const;
    // Where the dashboard starts: its defaults, then the view, then the options. --from alone
    // runs to the end of that range; --to alone keeps its length. Without --from and --to a
    // relative range stays relative, so the range picker shows the preset.
    SavedView dashboardView(Month current) const;
};

} // namespace neuroio::app
