#include "core/views/savedviewstore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSaveFile>
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

std::optional<SavedView> SavedViewStore::readFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read %1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        *error = QStringLiteral("%1 is not a view: %2").arg(path, parseError.errorString());
        return std::nullopt;
    }
    QString why;
    auto view = SavedView::fromJson(doc.object(), &why);
    if (!view)
        *error = QStringLiteral("%1: %2").arg(path, why);
    return view;
}

QString SavedViewStore::writeFile(const SavedView &view, const QString &path)
{
    QSaveFile file(path);
    const QByteArray bytes = QJsonDocument(view.toJson()).toJson(QJsonDocument::Indented);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return QStringLiteral("could not write %1: %2").arg(path, file.errorString());
    return {};
}

QList<SavedView> SavedViewStore::views() const
{
    QList<SavedView> views;
    const QDir dir(m_folder);
    for (const QString &entry : dir.entryList({QStringLiteral("*.json")}, QDir::Files)) {
        QString error;
        if (auto view = readFile(dir.filePath(entry), &error))
            views.append(*view);
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

QString SavedViewStore::save(const SavedView &view)
{
    if (view.name.trimmed().isEmpty())
        return QStringLiteral("a view needs a name");
    if (!QDir().mkpath(m_folder))
        return QStringLiteral("could not create %1").arg(m_folder);
    if (view.openAtStart) {
        for (SavedView other : views()) {
            if (other.openAtStart && other.name != view.name) {
                other.openAtStart = false;
                if (QString error = writeFile(other, pathFor(other.name)); !error.isEmpty())
                    return error;
            }
        }
    }
    return writeFile(view, pathFor(view.name));
}

QString SavedViewStore::remove(const QString &name)
{
    const QString path = pathFor(name);
    if (!QFile::exists(path))
        return QStringLiteral("there is no view called \"%1\"").arg(name);
    QFile file(path);
    return file.remove() ? QString() : file.errorString();
}

std::optional<SavedView> SavedViewStore::resolve(const QString &nameOrFile, QString *error) const
{
    if (auto view = find(nameOrFile))
        return view;
    if (QFileInfo(nameOrFile).isFile())
        return readFile(nameOrFile, error);
    QStringList names;
    for (const SavedView &view : views())
        names.append(QLatin1Char('"') + view.name + QLatin1Char('"'));
    *error = QStringLiteral("\"%1\" is neither a saved view nor a view file%2")
                 .arg(nameOrFile, names.isEmpty() ? QString()
                                                  : QStringLiteral("; saved views: ")
                                                        + names.join(QStringLiteral(", ")));
    return std::nullopt;
}

} // namespace neuroio
