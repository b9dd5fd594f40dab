#include "ui/session/rememberedstate.h"

#include "core/views/savedviewstore.h"

#include <QJsonDocument>
#include <QSettings>

namespace neuroio::ui {

namespace {

const QString kLastFilters = QStringLiteral("dashboard/lastFilters");
const QString kPageSize = QStringLiteral("dashboard/pageSize");

} // namespace

std::optional<RememberedState::Start> RememberedState::startFor(Remember remember,
                                                                const SavedViewStore &views)
{
    if (m_startView) {
        m_restored = true; // the command line's filters win over remembered ones
        return Start{std::exchange(m_startView, std::nullopt), 0};
    }
    if (remember == Remember::Nothing || m_restored)
        return std::nullopt;
    m_restored = true;
    const QSettings settings;
    Start start;
    start.pageSize = settings.value(kPageSize).toInt();
    if (const auto view = views.viewToOpenAtStart()) {
        start.view = view;
    } else {
        const auto last = SavedView::fromJson(
            QJsonDocument::fromJson(settings.value(kLastFilters).toByteArray()).object());
        if (last.isOk())
            start.view = last.value;
    }
    return start;
}

void RememberedState::save(Remember remember, const SavedView &filters, int pageSize)
{
    if (remember == Remember::Nothing)
        return; // a demo or a picture keeps nothing
    QSettings settings;
    settings.setValue(kPageSize, pageSize);
    settings.setValue(kLastFilters, QJsonDocument(filters.toJson()).toJson(QJsonDocument::Compact));
}

} // namespace neuroio::ui
