#pragma once

#include "core/export/csvwriter.h"
#include "core/export/usageexportrows.h"

#include <QByteArray>
#include <QHash>
#include <QString>

namespace neuroio {

struct ApiError;
class ExportSink;
struct ExportOptions;
struct UsageRecord;

// Writes usage records to an export sink, one after another. A CSV row with only the standard
// cells (nearly every row) is encoded straight from its record, each month's, event type's and
// space's text encoded once; any other row (JSON, or a record with extra fields, which may
// need new columns) goes through UsageExportRows' ExportRow. Both ways write the same bytes:
// tst_usagerowwriter holds them to each other.
class UsageRowWriter final
{
public:
    // The sink must be open with UsageExporter::standardColumns() first, and outlive this.
    UsageRowWriter(ExportSink *sink, const ExportOptions &options);

    ApiError write(const UsageRecord &record);

private:
    void appendStandardFields(const UsageRecord &record);
    // text's CSV bytes, encoded the first time key is met and kept in known.
    const QByteArray &encodedOnce(QHash<int, QByteArray> &known, int key, const QString &text);
    void appendSpaceName(const QString &name);

    ExportSink *m_sink;
    bool m_csv;
    CsvWriter m_csvWriter;
    UsageExportRows m_rows;
    qsizetype m_standardColumns;
    QByteArray m_line;                   // the fields of the row being written, reused
    QHash<int, QByteArray> m_monthBytes; // by Month::ordinal()
    QHash<int, QByteArray> m_typeNameBytes;
    // A page's rows come space by space, each name one shared string: its bytes are kept
    // while it repeats.
    QString m_spaceName;
    QByteArray m_spaceNameBytes;
};

} // namespace neuroio
