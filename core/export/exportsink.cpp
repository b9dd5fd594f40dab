#include "core/export/exportsink.h"

#include "core/api/appendbytes.h"
#include "core/api/outputtarget.h"
#include "core/export/jsonwriter.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QTemporaryFile>

#include <algorithm>

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
        switch (v.json->type()) {
        case QJsonValue::Null:
        case QJsonValue::Undefined:
            return CsvWriter::Field::empty();
        case QJsonValue::Double:
            return CsvWriter::Field::fromNumber(v.json->toDouble());
        case QJsonValue::String:
            return CsvWriter::Field::fromText(v.json->toString());
        default:
            return CsvWriter::Field::fromText(QString::fromUtf8(JsonWriter::value(*v.json)));
        }
    }
    return CsvWriter::Field::empty();
}

} // namespace

void ExportSink::appendCsvField(QByteArray &line, const ExportValue &value, std::size_t column)
{
    // Text and numbers, nearly every cell, without a copy into a CsvWriter::Field.
    switch (value.kind) {
    case ExportValue::Kind::Missing:
        return;
    case ExportValue::Kind::Text:
        appendCsvText(line, value.text, column);
        return;
    case ExportValue::Kind::Number:
        m_csv.appendNumber(line, value.number);
        return;
    case ExportValue::Kind::Json:
        m_csv.appendField(line, csvField(value));
        return;
    }
}

void ExportSink::appendCsvText(QByteArray &line, const QString &text, std::size_t column)
{
    // The same text object in the same column (a space's name on each of its rows) is
    // encoded once. A text held here cannot change or be freed, so its address names it;
    // raw data (fromRawData, literals: capacity 0, nothing to hold) is encoded each time.
    if (text.capacity() == 0) {
        m_csv.appendText(line, text);
        return;
    }
    if (m_textsByColumn.size() <= column)
        m_textsByColumn.resize(column + 1);
    TextCache &cache = m_textsByColumn[column];
    for (const EncodedText &known : cache.texts) {
        if (known.text.constData() == text.constData() && known.text.size() == text.size()) {
            line.append(known.bytes);
            return;
        }
    }
    EncodedText &slot = cache.texts[cache.next];
    cache.next = (cache.next + 1) % cache.texts.size();
    slot.text = text;
    slot.bytes.resize(0);
    m_csv.appendText(slot.bytes, text);
    line.append(slot.bytes);
}

ExportSink::ExportSink(const ExportOptions &options)
    : m_options(options)
    , m_csv(options)
{}

ExportSink::~ExportSink()
{
    discard();
}

ApiError ExportSink::writeFailed(const QString &why) const
{
    return ApiError::writeFailed(m_path, why);
}

ApiError ExportSink::failAndDiscard(const ApiError &error)
{
    discard();
    return error;
}

ApiError ExportSink::open(const QString &path, const QStringList &columns)
{
    m_path = path;
    m_columns = columns;
    m_rows = 0;
    const QFileInfo info(path);
    if (OutputTarget::of(path).isStream()) {
        if (ApiError failed = openStream(path); !failed.isOk())
            return failAndDiscard(failed);
    } else {
        if (info.isDir())
            return writeFailed(tr("it is a folder"));
        m_file = std::make_unique<QSaveFile>(path);
        if (!m_file->open(QIODevice::WriteOnly))
            return failAndDiscard(writeFailed(m_file->errorString()));
        m_out = m_file.get();
    }
    if (m_options.format == ExportOptions::Format::Csv) {
        m_spoolFlushed = 0;
        m_spoolRuns = {SpoolRun{0, m_columns.size()}};
        const QString folder = m_file ? info.absolutePath() : QDir::tempPath();
        m_spool
            = std::make_unique<QTemporaryFile>(folder + QStringLiteral("/.neuroio-export-XXXXXX"));
        if (!m_spool->open()) {
            return failAndDiscard(writeFailed(
                tr("no room for a temporary file in %1 (%2)").arg(folder, m_spool->errorString())));
        }
    } else if (ApiError failed = writeOut("["); !failed.isOk()) {
        return failAndDiscard(failed);
    }
    m_open = true;
    return {};
}

ApiError ExportSink::openStream(const QString &path)
{
    m_device = std::make_unique<QFile>();
    if (const QString why = OutputTarget::of(path).open(path, m_device.get()); !why.isEmpty())
        return writeFailed(why);
    m_pending = std::make_unique<QTemporaryFile>(QDir::tempPath()
                                                 + QStringLiteral("/.neuroio-export-XXXXXX"));
    if (!m_pending->open()) {
        return writeFailed(tr("no room for a temporary file in %1 (%2)")
                               .arg(QDir::tempPath(), m_pending->errorString()));
    }
    m_out = m_pending.get();
    return {};
}

ApiError ExportSink::sendPending()
{
    if (!m_pending->flush() || !m_pending->seek(0))
        return writeFailed(tr("the temporary file: %1").arg(m_pending->errorString()));
    QByteArray chunk;
    while (!(chunk = m_pending->read(1 << 20)).isEmpty()) {
        if (m_device->write(chunk) != chunk.size())
            return writeFailed(m_device->errorString());
    }
    if (m_pending->error() != QFileDevice::NoError)
        return writeFailed(tr("the temporary file: %1").arg(m_pending->errorString()));
    m_out = m_device.get();
    return {};
}

ApiError ExportSink::writeOut(QByteArrayView bytes)
{
    if (m_out->write(bytes.data(), bytes.size()) != bytes.size())
        return writeFailed(m_pending && m_out == m_pending.get()
                               ? tr("the temporary file: %1").arg(m_out->errorString())
                               : m_out->errorString());
    return {};
}

ApiError ExportSink::flushSpool()
{
    if (m_spooled.isEmpty())
        return {};
    if (m_spool->write(m_spooled) != m_spooled.size())
        return writeFailed(tr("the temporary file: %1").arg(m_spool->errorString()));
    m_spoolFlushed += m_spooled.size();
    m_spooled.resize(0); // keeps its room for the next rows
    return {};
}

ApiError ExportSink::spoolLineEnd(qsizetype columns)
{
    for (qsizetype c = columns; c < m_columns.size(); ++c)
        m_csv.appendDelimiter(m_spooled);
    appendBytes(m_spooled, "\r\n");
    ++m_rows;
    if (m_spooled.size() >= kSpoolChunk)
        return flushSpool();
    return {};
}

ApiError ExportSink::writeRow(const ExportRow &row)
{
    Q_ASSERT(m_open);
    if (m_options.format == ExportOptions::Format::Json) {
        m_record = m_rows == 0 ? "\n" : ",\n";
        JsonWriter::appendObject(m_record, row, m_csvOnly);
        if (ApiError failed = writeOut(m_record); !failed.isOk())
            return failed;
        ++m_rows;
        return {};
    }
    // Rows of one export name their cells with the same strings: most compare by address.
    bool sameCells = row.size() == m_lastCellNames.size();
    for (qsizetype i = 0; sameCells && i < row.size(); ++i) {
        const QString &name = row[i].first;
        const QString &last = m_lastCellNames[i];
        sameCells
            = (name.constData() == last.constData() && name.size() == last.size()) || name == last;
    }
    if (!sameCells) {
        m_lastCellNames.clear();
        for (const auto &cell : row) {
            m_lastCellNames.append(cell.first);
            if (!m_columns.contains(cell.first))
                m_columns.append(cell.first);
        }
        m_cellOfColumn.assign(std::size_t(m_columns.size()), -1);
        for (qsizetype i = 0; i < row.size(); ++i)
            m_cellOfColumn[std::size_t(m_columns.indexOf(row[i].first))] = int(i);
        if (m_columns.size() != m_spoolRuns.back().columns) {
            if (m_spoolRuns.back().start == spoolSize())
                m_spoolRuns.back().columns = m_columns.size();
            else
                m_spoolRuns.push_back(SpoolRun{spoolSize(), m_columns.size()});
        }
    }
    for (std::size_t column = 0; column < m_cellOfColumn.size(); ++column) {
        if (column > 0)
            m_csv.appendDelimiter(m_spooled);
        if (const int cell = m_cellOfColumn[column]; cell >= 0)
            appendCsvField(m_spooled, row[cell].second, column);
    }
    return spoolLineEnd(qsizetype(m_cellOfColumn.size()));
}

ApiError ExportSink::writeCsvFields(QByteArrayView fields, qsizetype columns)
{
    Q_ASSERT(m_open && m_options.format == ExportOptions::Format::Csv);
    Q_ASSERT(columns <= m_columns.size());
    appendBytes(m_spooled, fields);
    return spoolLineEnd(columns);
}

ApiError ExportSink::finish()
{
    if (!m_open) {
        return writeFailed(tr("the export was not started"));
    }
    // Everything is in: a stream target may now see its first byte.
    if (m_device) {
        if (ApiError failed = sendPending(); !failed.isOk())
            return failAndDiscard(failed);
    }
    if (m_options.format == ExportOptions::Format::Json) {
        if (ApiError failed = writeOut(m_rows == 0 ? "]\n" : "\n]\n"); !failed.isOk())
            return failAndDiscard(failed);
    } else {
        QList<CsvWriter::Field> header;
        for (const QString &name : m_columns)
            header.append(CsvWriter::Field::fromText(name));
        if (ApiError failed = writeOut(m_csv.byteOrderMark() + m_csv.row(header)); !failed.isOk())
            return failAndDiscard(failed);
        if (ApiError failed = copySpoolOut(); !failed.isOk())
            return failAndDiscard(failed);
    }
    if (m_file && !m_file->commit())
        return failAndDiscard(writeFailed(m_file->errorString()));
    // A device that takes writes into its buffer may refuse them only here (/dev/full).
    if (m_device && !m_device->flush())
        return failAndDiscard(writeFailed(m_device->errorString()));
    m_file.reset();
    m_device.reset();
    m_pending.reset();
    m_spool.reset();
    m_spooled = QByteArray();
    m_spoolRuns.clear();
    m_textsByColumn.clear();
    m_out = nullptr;
    m_open = false;
    return {};
}

ApiError ExportSink::copySpoolOut()
{
    if (ApiError failed = flushSpool(); !failed.isOk())
        return failed;
    if (!m_spool->flush() || !m_spool->seek(0))
        return writeFailed(m_spool->errorString());
    QByteArray chunk(kSpoolChunk, Qt::Uninitialized);
    QByteArray padded;
    for (std::size_t run = 0; run < m_spoolRuns.size(); ++run) {
        const qint64 end
            = run + 1 < m_spoolRuns.size() ? m_spoolRuns[run + 1].start : m_spoolFlushed;
        const qsizetype padding = m_columns.size() - m_spoolRuns[run].columns;
        bool quoted = false; // a run starts at a line's start
        for (qint64 at = m_spoolRuns[run].start; at < end;) {
            const qint64 got = m_spool->read(chunk.data(), std::min<qint64>(kSpoolChunk, end - at));
            if (got <= 0)
                return writeFailed(tr("the temporary file could not be read back"));
            at += got;
            const QByteArrayView lines(chunk.constData(), qsizetype(got));
            if (padding == 0) {
                if (ApiError failed = writeOut(lines); !failed.isOk())
                    return failed;
                continue;
            }
            padded.resize(0);
            appendPadded(padded, lines, padding, &quoted);
            if (ApiError failed = writeOut(padded); !failed.isOk())
                return failed;
        }
    }
    return {};
}

void ExportSink::appendPadded(QByteArray &out, QByteArrayView lines, qsizetype padding,
                              bool *quoted) const
{
    // A line ends at the first CR outside quotes: CsvWriter quotes every field that holds a CR,
    // LF, quote or delimiter, and doubles its quotes, so counting quotes tells inside from
    // outside, across chunks too.
    for (const char c : lines) {
        if (c == '"') {
            *quoted = !*quoted;
        } else if (c == '\r' && !*quoted) {
            for (qsizetype i = 0; i < padding; ++i)
                m_csv.appendDelimiter(out);
        }
        out.append(c);
    }
}

ApiError ExportSink::writeTable(const ExportOptions &options, const QString &path,
                                const ExportTable &table)
{
    ExportSink sink(options);
    if (ApiError failed = sink.open(path, table.columns); !failed.isOk())
        return failed;
    for (const ExportRow &row : table.rows) {
        if (ApiError failed = sink.writeRow(row); !failed.isOk())
            return failed;
    }
    return sink.finish();
}

ExportOutcome ExportSink::outcome(const ApiError &error)
{
    if (!error.isOk())
        discard(); // an earlier file of that name stays as it was
    return ExportOutcome{error, m_rows, m_path};
}

void ExportSink::discard()
{
    if (m_file)
        m_file->cancelWriting();
    m_file.reset();   // QSaveFile removes its temporary file; the old file stays as it was
    m_device.reset(); // unwritten: a reader sees an empty end
    m_pending.reset();
    m_spool.reset();
    m_spooled = QByteArray();
    m_spoolRuns.clear();
    m_textsByColumn.clear();
    m_out = nullptr;
    m_open = false;
}

} // namespace neuroio
