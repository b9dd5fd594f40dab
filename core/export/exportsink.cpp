#include "core/export/exportsink.h"

#include "core/export/jsonwriter.h"

#include <QDataStream>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QTemporaryFile>

namespace neuroio {

namespace {

CsvWriter::Field csvField(const ExportValue &v)
{
    switch (v.kind) {
    case ExportValue::Kind::Missing:
        return CsvWriter::Field::empty();
    case ExportValue::Kind::Text:
        return CsvWriter::Field::fromText(v.text);
    case ExportValue::Kind::Number:
        return CsvWriter::Field::fromNumber(v.number);
    case ExportValue::Kind::Json:
        switch (v.json.type()) {
        case QJsonValue::Null:
        case QJsonValue::Undefined:
            return CsvWriter::Field::empty();
        case QJsonValue::Double:
            return CsvWriter::Field::fromNumber(v.json.toDouble());
        case QJsonValue::String:
            return CsvWriter::Field::fromText(v.json.toString());
        default:
            return CsvWriter::Field::fromText(QString::fromUtf8(JsonWriter::value(v.json)));
        }
    }
    return CsvWriter::Field::empty();
}

} // namespace

ExportSink::ExportSink(const ExportOptions &options)
    : m_options(options)
    , m_csv(options)
{}

ExportSink::~ExportSink()
{
    discard();
}

QString ExportSink::describeWriteError(const QString &what) const
{
    const QString target
        = m_path == QLatin1String("-") ? QStringLiteral("standard output") : m_path;
    return QStringLiteral("could not write %1: %2").arg(target, what);
}

bool ExportSink::open(const QString &path, const QStringList &columns, QString *error)
{
    m_path = path;
    m_columns = columns;
    m_rows = 0;
    if (path == QLatin1String("-")) {
        m_stdout = std::make_unique<QFile>();
        if (!m_stdout->open(stdout, QIODevice::WriteOnly)) {
            *error = describeWriteError(m_stdout->errorString());
            return false;
        }
    } else {
        if (QFileInfo(path).isDir()) {
            *error = describeWriteError(QStringLiteral("it is a folder"));
            return false;
        }
        m_file = std::make_unique<QSaveFile>(path);
        if (!m_file->open(QIODevice::WriteOnly)) {
            *error = describeWriteError(m_file->errorString());
            m_file.reset();
            return false;
        }
    }
    if (m_options.format == ExportOptions::Format::Csv) {
        const QString folder = m_file ? QFileInfo(path).absolutePath() : QDir::tempPath();
        m_spool
            = std::make_unique<QTemporaryFile>(folder + QStringLiteral("/.neuroio-export-XXXXXX"));
        if (!m_spool->open()) {
            *error = describeWriteError(QStringLiteral("no room for a temporary file in %1 (%2)")
                                            .arg(folder, m_spool->errorString()));
            discard();
            return false;
        }
    } else if (!writeOut("[", error)) {
        discard();
        return false;
    }
    m_open = true;
    return true;
}

bool ExportSink::writeOut(const QByteArray &bytes, QString *error)
{
    QIODevice *out = m_file ? static_cast<QIODevice *>(m_file.get())
                            : static_cast<QIODevice *>(m_stdout.get());
    if (out->write(bytes) != bytes.size()) {
        *error = describeWriteError(out->errorString());
        return false;
    }
    return true;
}

bool ExportSink::writeSpool(const QByteArray &bytes, QString *error)
{
    if (m_spool->write(bytes) != bytes.size()) {
        *error = describeWriteError(
            QStringLiteral("the temporary file: %1").arg(m_spool->errorString()));
        return false;
    }
    return true;
}

bool ExportSink::writeRow(const ExportRow &row, QString *error)
{
    Q_ASSERT(m_open);
    if (m_options.format == ExportOptions::Format::Json) {
        const QByteArray prefix = m_rows == 0 ? "\n" : ",\n";
        if (!writeOut(prefix + JsonWriter::object(row, m_csvOnly), error))
            return false;
        ++m_rows;
        return true;
    }
    for (const auto &cell : row) {
        if (!m_columns.contains(cell.first))
            m_columns.append(cell.first);
    }
    QList<CsvWriter::Field> fields(m_columns.size());
    for (const auto &cell : row)
        fields[m_columns.indexOf(cell.first)] = csvField(cell.second);
    QByteArray line = m_csv.row(fields);
    line.chop(2); // CRLF and padding are added when the final columns are known
    QByteArray record;
    QDataStream stream(&record, QIODevice::WriteOnly);
    stream << quint32(m_columns.size()) << line;
    if (!writeSpool(record, error))
        return false;
    ++m_rows;
    return true;
}

bool ExportSink::finish(QString *error)
{
    if (!m_open) {
        *error = describeWriteError(QStringLiteral("the export was not started"));
        return false;
    }
    if (m_options.format == ExportOptions::Format::Json) {
        if (!writeOut(m_rows == 0 ? "]\n" : "\n]\n", error)) {
            discard();
            return false;
        }
    } else {
        QList<CsvWriter::Field> header;
        for (const QString &name : m_columns)
            header.append(CsvWriter::Field::fromText(name));
        if (!writeOut(m_csv.byteOrderMark() + m_csv.row(header), error)) {
            discard();
            return false;
        }
        if (!m_spool->flush() || !m_spool->seek(0)) {
            *error = describeWriteError(m_spool->errorString());
            discard();
            return false;
        }
        QDataStream stream(m_spool.get());
        const QByteArray delimiter = QString(m_options.delimiter).toUtf8();
        QByteArray chunk;
        for (qint64 i = 0; i < m_rows; ++i) {
            quint32 columnsThen = 0;
            QByteArray line;
            stream >> columnsThen >> line;
            if (stream.status() != QDataStream::Ok) {
                *error = describeWriteError(
                    QStringLiteral("the temporary file could not be read back"));
                discard();
                return false;
            }
            chunk += line;
            for (qsizetype c = columnsThen; c < m_columns.size(); ++c)
                chunk += delimiter;
            chunk += "\r\n";
            if (chunk.size() > (1 << 20) || i + 1 == m_rows) {
                if (!writeOut(chunk, error)) {
                    discard();
                    return false;
                }
                chunk.clear();
            }
        }
    }
    if (m_file && !m_file->commit()) {
        *error = describeWriteError(m_file->errorString());
        discard();
        return false;
    }
    if (m_stdout && !m_stdout->flush()) {
        *error = describeWriteError(m_stdout->errorString());
        discard();
        return false;
    }
    m_file.reset();
    m_stdout.reset();
    m_spool.reset();
    m_open = false;
    return true;
}

QString ExportSink::writeTable(const ExportOptions &options, const QString &path,
                               const ExportTable &table)
{
    ExportSink sink(options);
    QString error;
    if (!sink.open(path, table.columns, &error))
        return error;
    for (const ExportRow &row : table.rows) {
        if (!sink.writeRow(row, &error))
            return error;
    }
    return sink.finish(&error) ? QString() : error;
}

void ExportSink::discard()
{
    if (m_file)
        m_file->cancelWriting();
    m_file.reset(); // QSaveFile removes its temporary file; the old file stays as it was
    m_stdout.reset();
    m_spool.reset();
    m_open = false;
}

} // namespace neuroio
