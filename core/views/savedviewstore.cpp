#include "core/views/savedviewstore.h"

#include "core/api/wholefile.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QStandardPaths>

namespace neuroio {

SavedViewStore::SavedViewStore(QString folder)
    : m_folder(std::move(folder))
{}

QString SavedViewStore::defaultFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
           + QStringLiteral("/views");
}

QString SavedViewStore::pathFor(const QString &name) const
{
    // A readable file name, plus a hash so that names differing only in punctuation differ.
    QString slug = name.toLower();
    slug.replace(QRegularExpression(QStringLiteral("[^\\w]+")), QStringLiteral("-"));
    slug = slug.left(60);
    const QByteArray hash
        = QCryptographicHash::hash(name.toUtf8(), QCryptographicHash::Sha1).toHex().left(8);
    return QDir(m_folder).filePath(
        QStringLiteral("%1-%2.json").arg(slug, QString::fromLatin1(hash)));
}

Result<SavedView> SavedViewStore::readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Result<SavedView>::failure(ApiError::readFailed(path, file.errorString()));
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        return Result<SavedView>::failure(
            ApiError::invalidInput(tr("%1 is not a view: %2").arg(path, parseError.errorString())));
    }
    auto view = SavedView::fromJson(doc.object());
    if (!view.isOk())
        view.error.message
            = tr("%1: %2", "a view file: what is wrong with it").arg(path, view.error.message);
    return view;
}

ApiError SavedViewStore::writeFile(const SavedView &view, const QString &path)
{
    return writeWholeFile(path, QJsonDocument(view.toJson()).toJson(QJsonDocument::Indented));
}

QList<SavedView> SavedViewStore::views() const
{
    QList<SavedView> views;
    const QDir dir(m_folder);
    for (const QString &entry : dir.entryList({QStringLiteral("*.json")}, QDir::Files)) {
        // A file that is not a view is not listed; importing it says why.
        if (const auto view = readFile(dir.filePath(entry)); view.isOk())
            views.append(view.value);
    }
    std::sort(views.begin(), views.end(), [](const SavedView &a, const SavedView &b) {
        return a.name.localeAwareCompare(b.name) < 0;
    });
    return views;
}

std::optional<SavedView> SavedViewStore::find(const QString &name) const
{
    for (const SavedView &view : views()) {
        if (view.name == name)
            return view;
    }
    return std::nullopt;
}

std::optional<SavedView> SavedViewStore::viewToOpenAtStart() const
{
    for (const SavedView &view : views()) {
        if (view.openAtStart)
            return view;
    }
    return std::nullopt;
}

ApiError SavedViewStore::save(const SavedView &view)
{
    if (view.name.trimmed().isEmpty())
        return ApiError::invalidInput(tr("a view needs a name"));
    if (!QDir().mkpath(m_folder))
        return ApiError::writeFailed(m_folder, tr("the folder could not be created"));
    if (view.openAtStart) {
        for (SavedView other : views()) {
            if (other.openAtStart && other.name != view.name) {
                other.openAtStart = false;
                if (ApiError error = writeFile(other, pathFor(other.name)); !error.isOk())
                    return error;
            }
        }
    }
    return writeFile(view, pathFor(view.name));
}

ApiError SavedViewStore::remove(const QString &name)
{
    const QString path = pathFor(name);
    if (!QFile::exists(path))
        return ApiError::invalidInput(tr("there is no view called \"%1\"").arg(name));
    QFile file(path);
    return file.remove() ? ApiError{} : ApiError::writeFailed(path, file.errorString());
}

Result<SavedView> SavedViewStore::resolve(const QString &nameOrFile) const
{
    if (auto view = find(nameOrFile))
        return Result<SavedView>::success(*view);
    if (QFileInfo(nameOrFile).isFile())
        return readFile(nameOrFile);
    QStringList names;
    for (const SavedView &view : views())
        names.append(QLatin1Char('"') + view.name + QLatin1Char('"'));
    return Result<SavedView>::failure(ApiError::invalidInput(
        names.isEmpty() ? tr("\"%1\" is neither a saved view nor a view file").arg(nameOrFile)
                        : tr("\"%1\" is neither a saved view nor a view file; saved views: %2")
                              .arg(nameOrFile, names.join(QStringLiteral(", ")))));
}

} // namespace neuroio
