#pragma once

#include "core/views/savedview.h"
#include "ui/session/remember.h"

#include <optional>

namespace neuroio {
class SavedViewStore;
}

namespace neuroio::ui {

// What the window keeps between runs, and where the first dashboard starts from. The filters
// and page size are read once, for the first session that remembers, and written only by a
// session that remembers; the command line's filters win over both.
class RememberedState final
{
public:
    // The command line's filters: the first dashboard shows these, and nothing is restored.
    void setStartView(const SavedView &view) { m_startView = view; }

    struct Start
    {
        std::optional<SavedView> view; // empty: the controls' defaults
        int pageSize = 0;              // 0: the default
    };
    // Where a session that just opened starts: the command line's view; else, the first time
    // a remembering session opens, the view marked to open at start or last time's filters.
    // Empty afterwards: the filters on screen stay.
    std::optional<Start> startFor(Remember remember, const SavedViewStore &views);

    // Keeps the filters and page size for the next start, when remember says so.
    static void save(Remember remember, const SavedView &filters, int pageSize);

private:
    std::optional<SavedView> m_startView;
    bool m_restored = false;
};

} // namespace neuroio::ui
