#pragma once

#include "core/export/csvwriter.h"
#include "core/export/exportoptions.h"
#include "core/export/exportoutcome.h"
#include "core/export/exportrow.h"
#include "core/export/exporttable.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <array>
#include <memory>
#include <vector>

class QFile;
class QSaveFile;
class QTemporaryFile;

namespace neuroio {

// Writes rows as CSV or JSON, whole or not at all, wherever they go:
// - a regular file (or a new path) through QSaveFile, committed only by finish(); discard() or
//   a failure leaves any earlier file of that name as it was;
// - standard output ("-", /dev/stdout, /dev/fd/N), a pipe, a FIFO or a device (/dev/null): a
//   rename would replace the node, and bytes once sent cannot be taken back, so nothing is
//   sent before finish(). Until then the output waits in a temporary file, then it is copied
//   in chunks (memory stays flat); a device that refuses it (/dev/full) fails finish().
//
// CSV needs its header first, yet a field the server sends only on page 40 still gets its
// column: rows go to a spool file as they arrive (memory stays flat), and finish() writes the
// header and the rows, padded to the final columns.
class ExportSink final
{
    Q_DECLARE_TR_FUNCTIONS(neuroio::ExportSink)

public:
    explicit ExportSink(const ExportOptions &options);
    ~ExportSink();
    ExportSink(const ExportSink &) = delete;
    ExportSink &operator=(const ExportSink &) = delete;

    // Columns derived for people (event_type_name): in CSV, left out of JSON, which carries
    // exactly the fields the server sent.
    void setCsvOnlyColumns(const QStringList &columns) { m_csvOnly = columns; }
    // path "-" is standard output. A WriteFailed error says why it cannot write there.
    ApiError open(const QString &path, const QStringList &columns);
    // Cells may come in any order; a name not seen before becomes a new last column.
    ApiError writeRow(const ExportRow &row);
    // CSV only: a row already encoded as fields joined by the delimiter, without a line end,
    // filling the first `columns` of the columns given to open(), in order (later columns are
    // left empty). The usage export's usual row, made straight from its record
    // (UsageRowWriter), takes this way rather than through an ExportRow.
    ApiError writeCsvFields(QByteArrayView fields, qsizetype columns);
    ApiError finish();
    void discard();
    // How an export through this sink ended, for its finished() signal: the path and the rows
    // written; for anything but success the output is discarded first.
    ExportOutcome outcome(const ApiError &error);
    // A whole table at once: open, every row, finish.
    static ApiError writeTable(const ExportOptions &options, const QString &path,
                               const ExportTable &table);

    qint64 rowsWritten() const { return m_rows; }
    QString path() const { return m_path; }

private:
    ApiError openStream(const QString &path);
    ApiError sendPending();
    ApiError writeOut(QByteArrayView bytes);
    ApiError flushSpool();
    qint64 spoolSize() const { return m_spoolFlushed + m_spooled.size(); }
    ApiError spoolLineEnd(qsizetype columns);
    // The spooled rows, in the final columns, after the header.
    ApiError copySpoolOut();
    void appendPadded(QByteArray &out, QByteArrayView lines, qsizetype padding, bool *quoted) const;
    void appendCsvField(QByteArray &line, const ExportValue &value, std::size_t column);
    void appendCsvText(QByteArray &line, const QString &text, std::size_t column);

    // How much of the spool is kept in memory before it is written, and read at once.
    static constexpr qsizetype kSpoolChunk = 1 << 20;
    ApiError writeFailed(const QString &why) const;
    ApiError failAndDiscard(const ApiError &error);

    ExportOptions m_options;
    CsvWriter m_csv;
    QString m_path;
    QStringList m_columns;
    QStringList m_csvOnly;
    qint64 m_rows = 0;
    bool m_open = false;
    std::unique_ptr<QSaveFile> m_file;
    // A stream target, opened at once (so a pipe without a reader fails before the download)
    // but written only once the output is whole; closing it unwritten gives a reader an
    // empty end.
    std::unique_ptr<QFile> m_device;
    // Where a stream target's output waits until finish(): JSON as it is written.
    std::unique_ptr<QTemporaryFile> m_pending;
    QIODevice *m_out = nullptr;
    // CSV rows until finish(), when the columns are known: each line as it will be written,
    // its end included, with as many columns as there were when it came. Columns are only
    // ever added, so the lines fall into runs of one column count each: finish() copies the
    // last run (nearly always every line) as it is, and pads the lines of any run before it.
    std::unique_ptr<QTemporaryFile> m_spool;
    // Spooled lines not yet written to m_spool, up to kSpoolChunk.
    QByteArray m_spooled;
    qint64 m_spoolFlushed = 0; // bytes in m_spool
    struct SpoolRun
    {
        qint64 start; // the offset of its first line in the spool
        qsizetype columns;
    };
    std::vector<SpoolRun> m_spoolRuns;
    // JSON: the record being built, reused row after row.
    QByteArray m_record;
    // The last few texts of each column, encoded: rows repeat their names.
    struct EncodedText
    {
        QString text;
        QByteArray bytes;
    };
    struct TextCache
    {
        std::array<EncodedText, 8> texts;
        std::size_t next = 0;
    };
    std::vector<TextCache> m_textsByColumn;
    // The cell names of the last row and, for each column, which of its cells fills it (-1:
    // none). Rows of one export have the same cells, so the names are looked up once.
    QStringList m_lastCellNames;
    std::vector<int> m_cellOfColumn;
};

} // namespace neuroio
