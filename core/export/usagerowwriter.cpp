#include "core/export/usagerowwriter.h"

#include "core/api/apierror.h"
#include "core/api/appendbytes.h"
#include "core/api/usagerecord.h"
#include "core/export/exportoptions.h"
#include "core/export/exportsink.h"

namespace neuroio {

UsageRowWriter::UsageRowWriter(ExportSink *sink, const ExportOptions &options)
    : m_sink(sink)
    , m_csv(options.format == ExportOptions::Format::Csv)
    , m_csvWriter(options)
    , m_standardColumns(UsageExportRows::standardCells().size())
{}

ApiError UsageRowWriter::write(const UsageRecord &record)
{
    // A field the server sent as null is an empty CSV field, as a missing one is: only extra
    // fields need the general way.
    if (!m_csv || !record.extras.isEmpty())
        return m_sink->writeRow(m_rows.rowFor(record));
    m_line.resize(0);
    appendStandardFields(record);
    return m_sink->writeCsvFields(m_line, m_standardColumns);
}

// The cells of UsageExportRows::standardCells(), in its order, as rowFor() fills them.
void UsageRowWriter::appendStandardFields(const UsageRecord &r)
{
    if (r.id)
        m_csvWriter.appendNumber(m_line, double(*r.id));
    m_csvWriter.appendDelimiter(m_line);
    if (r.month)
        appendBytes(m_line,
                    encodedOnce(m_monthBytes, r.month->ordinal(), m_rows.monthText(*r.month)));
    m_csvWriter.appendDelimiter(m_line);
    if (r.spaceId)
        m_csvWriter.appendNumber(m_line, double(*r.spaceId));
    m_csvWriter.appendDelimiter(m_line);
    if (r.spaceName)
        appendSpaceName(*r.spaceName);
    m_csvWriter.appendDelimiter(m_line);
    if (r.eventType)
        m_csvWriter.appendNumber(m_line, double(*r.eventType));
    m_csvWriter.appendDelimiter(m_line);
    if (r.eventType)
        appendBytes(m_line,
                    encodedOnce(m_typeNameBytes, *r.eventType, m_rows.typeName(*r.eventType)));
    m_csvWriter.appendDelimiter(m_line);
    if (r.quantity)
        m_csvWriter.appendNumber(m_line, *r.quantity);
}

const QByteArray &UsageRowWriter::encodedOnce(QHash<int, QByteArray> &known, int key,
                                              const QString &text)
{
    auto found = known.constFind(key);
    if (found == known.constEnd()) {
        QByteArray bytes;
        m_csvWriter.appendText(bytes, text);
        found = known.insert(key, bytes);
    }
    return *found;
}

void UsageRowWriter::appendSpaceName(const QString &name)
{
    // The same string object as the last row's names the same text: m_spaceName holds it, so
    // it cannot change or be freed meanwhile. Raw data (capacity 0) is not held by a copy, so
    // it is encoded each time.
    if (name.capacity() == 0) {
        m_csvWriter.appendText(m_line, name);
        return;
    }
    if (name.constData() != m_spaceName.constData() || name.size() != m_spaceName.size()) {
        m_spaceName = name;
        m_spaceNameBytes.resize(0);
        m_csvWriter.appendText(m_spaceNameBytes, name);
    }
    appendBytes(m_line, m_spaceNameBytes);
}

} // namespace neuroio
