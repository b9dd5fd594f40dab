#include "app/applog.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMutex>
#include <QStandardPaths>

#include <cstdio>
#include <cstring>

namespace neuroio::app {

namespace {

// The log keeps about its last megabyte: enough for the detail of many sessions.
constexpr qint64 kKeepBytes = 1024 * 1024;

QMutex g_mutex;
QFile *g_file = nullptr;
LogEcho g_echo = LogEcho::Everything;

const char *levelName(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg:
        return "debug";
    case QtInfoMsg:
        return "info";
    case QtWarningMsg:
        return "warning";
    case QtCriticalMsg:
        return "critical";
    case QtFatalMsg:
        return "fatal";
    }
    return "?";
}

void trimToTail(const QString &path)
{
    QFile file(path);
    if (file.size() <= kKeepBytes || !file.open(QIODevice::ReadOnly))
        return;
    file.seek(file.size() - kKeepBytes / 2);
    QByteArray tail = file.readAll();
    file.close();
    tail = tail.mid(tail.indexOf('\n') + 1);
    if (file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        file.write(tail);
}

void handle(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    const QByteArray category = context.category ? QByteArray(context.category) : QByteArray();
    {
        const QMutexLocker lock(&g_mutex);
        if (g_file) {
            g_file->write(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs).toUtf8() + ' '
                          + levelName(type) + ' ' + category + ": " + message.toUtf8() + '\n');
            g_file->flush();
        }
    }
    const bool ours = category.startsWith("neuroio.");
    const bool echo = g_echo == LogEcho::Everything || type == QtFatalMsg
                      || (ours && (type == QtDebugMsg || type == QtInfoMsg));
    if (echo) {
        const QByteArray line = qFormatLogMessage(type, context, message).toLocal8Bit() + '\n';
        std::fwrite(line.constData(), 1, static_cast<size_t>(line.size()), stderr);
        std::fflush(stderr);
    }
}

} // namespace

QString logFilePath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation))
        .filePath(QStringLiteral("neuroio-billing.log"));
}

void installLog(LogEcho echo)
{
    g_echo = echo;
    const QString path = logFilePath();
    if (QDir().mkpath(QFileInfo(path).absolutePath())) {
        trimToTail(path);
        auto *file = new QFile(path);
        if (file->open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Text))
            g_file = file; // lives as long as the program: messages come until the very end
        else
            delete file;
    }
    qInstallMessageHandler(handle);
}

} // namespace neuroio::app
