#pragma once

#include "core/api/result.h"
#include "core/views/savedview.h"

#include <QCoreApplication>
#include <QString>

namespace neuroio {

// Saved views as JSON files in one folder (by default the application's data folder). One
// view at most opens at start.
class SavedViewStore final
{
    Q_DECLARE_TR_FUNCTIONS(neuroio::SavedViewStore)

public:
    explicit SavedViewStore(QString folder = defaultFolder());

    static QString defaultFolder();
    QString folder() const { return m_folder; }

    QList<SavedView> views() const; // by name
    std::optional<SavedView> find(const QString &name) const;
    std::optional<SavedView> viewToOpenAtStart() const;
    // Saving a view marked "open at start" unmarks the others.
    ApiError save(const SavedView &view);
    ApiError remove(const QString &name);
    // Reads a view file from anywhere; the error names the file and what is wrong.
    static Result<SavedView> readFile(const QString &path);
    static ApiError writeFile(const SavedView &view, const QString &path);
    // A name of a saved view, or a path to a view file.
    Result<SavedView> resolve(const QString &nameOrFile) const;

private:
    QString pathFor(const QString &name) const;

    QString m_folder;
};

} // namespace neuroio
