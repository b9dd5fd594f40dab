#include "core/api/responseparser.h"
#include "core/export/exportsink.h"
#include "core/export/usageexporter.h"
#include "core/export/usagerowwriter.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <thread>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace neuroio;

Q_DECLARE_METATYPE(neuroio::ExportOptions)

namespace {

QList<UsageRecord> fixtureRows()
{
    QList<UsageRecord> rows;
    for (const char *name : {"export_page1.json", "export_page2.json"}) {
        QFile file(QStringLiteral(NEUROIO_FIXTURES "/") + QLatin1String(name));
        if (!file.open(QIODevice::ReadOnly))
            qFatal("missing fixture %s", name);
        const auto page = ResponseParser::usagePage(file.readAll(), QStringLiteral("test"));
        if (!page.isOk())
            qFatal("fixture %s: %s", name, qPrintable(page.error.userMessage()));
        rows += page.value.results;
    }
    return rows;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Compares with a golden file; NEUROIO_UPDATE_GOLDEN=1 rewrites it (then read the diff).
// Empty when actual is the golden file's content; otherwise what differs, for the calling
// test's QVERIFY2 (a QVERIFY in here would end only this helper, and the test would go on).
// NEUROIO_UPDATE_GOLDEN=1 writes the golden file instead.
QString goldenDifference(const QByteArray &actual, const QString &name)
{
    const QString golden = QStringLiteral(NEUROIO_GOLDEN "/") + name;
    if (qEnvironmentVariableIsSet("NEUROIO_UPDATE_GOLDEN")) {
        QFile out(golden);
        if (!out.open(QIODevice::WriteOnly) || out.write(actual) != actual.size())
            return QStringLiteral("could not write %1: %2").arg(golden, out.errorString());
        return {};
    }
    const QByteArray expected = readAll(golden);
    if (expected.isEmpty())
        return QStringLiteral("no golden file %1").arg(golden);
    if (actual == expected)
        return {};
    qsizetype at = 0;
    while (at < actual.size() && at < expected.size() && actual[at] == expected[at])
        ++at;
    const qsizetype line = actual.left(at).count('\n') + 1;
    return QStringLiteral("%1 differs from line %2 (byte %3): got \"%4\", expected \"%5\"")
        .arg(name)
        .arg(line)
        .arg(at)
        .arg(QString::fromUtf8(actual.mid(at, 40)), QString::fromUtf8(expected.mid(at, 40)));
}

ExportOptions csv(QChar delimiter, bool bom = false)
{
    ExportOptions o;
    o.delimiter = delimiter;
    o.byteOrderMark = bom;
    return o;
}

} // namespace

class TestExportSink final : public QObject
{
    Q_OBJECT

private slots:
    void golden_data();
    void golden();
    void localeNumbers();
    void repeatedTextsAreWrittenAsTheyAre();
    void rowsBeyondTheSpoolsBufferAreWhole();
    void discardKeepsEarlierFile();
    void unwritablePathSaysWhy();
    void emptyExport();
    void namedPipeGetsTheWholeOutputOnlyAfterFinish_data();
    void namedPipeGetsTheWholeOutputOnlyAfterFinish();
    void namedPipeReaderSeesAnEmptyEndOnDiscard();
    void deviceNodeStaysADevice();
    void fullDeviceFailsWithTheReason_data();
    void fullDeviceFailsWithTheReason();

private:
    QTemporaryDir m_dir;
};

void TestExportSink::golden_data()
{
    QTest::addColumn<ExportOptions>("options");
    QTest::addColumn<QString>("golden");

    QTest::newRow("comma") << csv(QLatin1Char(',')) << "usage_comma.csv";
    QTest::newRow("comma with BOM") << csv(QLatin1Char(','), true) << "usage_comma_bom.csv";
    QTest::newRow("semicolon") << csv(QLatin1Char(';')) << "usage_semicolon.csv";
    QTest::newRow("tab") << csv(QLatin1Char('\t')) << "usage_tab.tsv";
    ExportOptions json;
    json.format = ExportOptions::Format::Json;
    QTest::newRow("json") << json << "usage.json";
}

void TestExportSink::golden()
{
    QFETCH(ExportOptions, options);
    QFETCH(QString, golden);
    const QString path = m_dir.filePath(golden);
    ExportSink sink(options);
    sink.setCsvOnlyColumns(UsageExporter::csvOnlyColumns());
    QVERIFY(sink.open(path, UsageExporter::standardColumns()).isOk());
    UsageRowWriter rows(&sink, options); // one for the whole export, as UsageExporter has
    for (const UsageRecord &r : fixtureRows())
        QVERIFY(rows.write(r).isOk());
    QVERIFY(!QFile::exists(path)); // nothing visible until it is complete
    QVERIFY(sink.finish().isOk());
    QCOMPARE(sink.rowsWritten(), 5);
    const QString difference = goldenDifference(readAll(path), golden);
    QVERIFY2(difference.isEmpty(), qPrintable(difference));
    // No temporary files are left beside it.
    QCOMPARE(
        QDir(m_dir.path()).entryList(QDir::Files | QDir::Hidden).filter(QStringLiteral(".neuroio")),
        QStringList());
}

void TestExportSink::localeNumbers()
{
    ExportOptions options = csv(QLatin1Char(';'));
    options.numbers = ExportOptions::Numbers::Locale;
    options.locale = QLocale(QLocale::German, QLocale::Germany);
    const QString path = m_dir.filePath(QStringLiteral("german.csv"));
    ExportSink sink(options);
    QVERIFY(sink.open(path, UsageExporter::standardColumns()).isOk());
    UsageRowWriter rows(&sink, options);
    for (const UsageRecord &r : fixtureRows())
        QVERIFY(rows.write(r).isOk());
    QVERIFY(sink.finish().isOk());
    const QByteArray text = readAll(path);
    QVERIFY(text.contains(";120.345;;;\r\n")); // padded for the columns found later
    QVERIFY(text.contains(";2,5;;;\r\n"));
    QVERIFY(text.contains(";0,1;eu-1;true;\r\n"));
}

void TestExportSink::repeatedTextsAreWrittenAsTheyAre()
{
    // The sink encodes a text object once per column and reuses the bytes: cycling through
    // more names than it keeps, with names that need quotes, a formula guard or UTF-8, some
    // rows sharing one object, others a new object each (freed after its row, so its memory
    // may come back as another name's), every line must still be the line CsvWriter makes.
    const QStringList names = {
        QStringLiteral("plain"),       QStringLiteral("with, comma"), QStringLiteral("=SUM(A1)"),
        QStringLiteral("quote \"q\""), QStringLiteral("Zürich"),      QStringLiteral("東京"),
        QStringLiteral("a"),           QStringLiteral("b"),           QStringLiteral("c"),
        QStringLiteral("d"),           QStringLiteral("e"),           QStringLiteral("plain"),
    };
    QList<QString> texts; // heap strings, as the parser makes: each is its own object
    for (const QString &name : names)
        texts.append(QString(name.constData(), name.size()));
    const ExportOptions options = csv(QLatin1Char(','));
    const QString path = m_dir.filePath(QStringLiteral("repeated.csv"));
    ExportSink sink(options);
    const QStringList columns = {QStringLiteral("name"), QStringLiteral("n")};
    QVERIFY(sink.open(path, columns).isOk());
    const CsvWriter writer(options);
    QByteArray expected = writer.row(
        {CsvWriter::Field::fromText(columns[0]), CsvWriter::Field::fromText(columns[1])});
    for (int i = 0; i < 200; ++i) {
        const QString &shared = texts[(i * 7) % texts.size()];
        const QString text = i % 2 == 0 ? shared : QString(shared.constData(), shared.size());
        const ExportRow row{{columns[0], ExportValue::fromText(text)},
                            {columns[1], ExportValue::fromNumber(i)}};
        QVERIFY(sink.writeRow(row).isOk());
        expected += writer.row({CsvWriter::Field::fromText(text), CsvWriter::Field::fromNumber(i)});
    }
    QVERIFY(sink.finish().isOk());
    QCOMPARE(readAll(path), expected);
}

void TestExportSink::rowsBeyondTheSpoolsBufferAreWhole()
{
    // The spool is written and read back a MiB at a time: about 3 MiB of rows, one of them a
    // 1.5 MiB quoted text, and a column that appears halfway, cross every boundary there is.
    // The rows before that column are padded: line breaks and quotes within their fields must
    // not be taken for the line's end.
    const ExportOptions options = csv(QLatin1Char(';'));
    const QString path = m_dir.filePath(QStringLiteral("large.csv"));
    ExportSink sink(options);
    const QStringList columns = {QStringLiteral("n"), QStringLiteral("text")};
    QVERIFY(sink.open(path, columns).isOk());
    const CsvWriter writer(options);
    QByteArray rows;
    const int count = 50000;
    for (int i = 0; i < count; ++i) {
        const QString text = i == count / 3
                                 ? QStringLiteral("\"") + QString(1536 * 1024, QLatin1Char('x'))
                                       + QStringLiteral("\r\n\"\r\n")
                             : i % 7 == 0 ? QStringLiteral("row %1\r\nnext \"line\"\r").arg(i)
                                          : QStringLiteral("row %1 \"quoted\"; text").arg(i);
        ExportRow row{{columns[0], ExportValue::fromNumber(i)},
                      {columns[1], ExportValue::fromText(text)}};
        QList<CsvWriter::Field> fields{CsvWriter::Field::fromNumber(i),
                                       CsvWriter::Field::fromText(text)};
        if (i >= count / 2) {
            row.append({QStringLiteral("late"), ExportValue::fromNumber(-i)});
            fields.append(CsvWriter::Field::fromNumber(-i));
        }
        QVERIFY(sink.writeRow(row).isOk());
        QByteArray line = writer.row(fields);
        if (i < count / 2)
            line.insert(line.size() - 2, ';'); // padded for the late column
        rows += line;
    }
    QVERIFY(sink.finish().isOk());
    QCOMPARE(sink.rowsWritten(), count);
    const QByteArray header = writer.row({CsvWriter::Field::fromText(columns[0]),
                                          CsvWriter::Field::fromText(columns[1]),
                                          CsvWriter::Field::fromText(QStringLiteral("late"))});
    const QByteArray written = readAll(path);
    QVERIFY(written.size() > 3 * 1024 * 1024);
    QVERIFY(written == header + rows); // not QCOMPARE: a mismatch would print 3 MiB
}

void TestExportSink::discardKeepsEarlierFile()
{
    const QString path = m_dir.filePath(QStringLiteral("earlier.csv"));
    {
        QFile earlier(path);
        QVERIFY(earlier.open(QIODevice::WriteOnly));
        earlier.write("the earlier export\r\n");
    }
    for (bool json : {false, true}) {
        ExportOptions options;
        if (json)
            options.format = ExportOptions::Format::Json;
        ExportSink sink(options);
        QVERIFY(sink.open(path, UsageExporter::standardColumns()).isOk());
        QVERIFY(sink.writeRow(UsageExportRows().rowFor(fixtureRows().first())).isOk());
        sink.discard();
        QCOMPARE(readAll(path), QByteArray("the earlier export\r\n"));
    }
    QCOMPARE(
        QDir(m_dir.path()).entryList(QDir::Files | QDir::Hidden).filter(QStringLiteral("earlier")),
        QStringList{QStringLiteral("earlier.csv")});
}

void TestExportSink::unwritablePathSaysWhy()
{
    ExportSink sink{ExportOptions{}};
    const ApiError missing = sink.open(m_dir.filePath(QStringLiteral("no/such/folder/x.csv")),
                                       UsageExporter::standardColumns());
    QCOMPARE(missing.kind, ApiError::Kind::WriteFailed);
    QVERIFY2(missing.userMessage().startsWith(QStringLiteral("Could not write ")),
             qPrintable(missing.userMessage()));
    QVERIFY(missing.file.endsWith(QStringLiteral("no/such/folder/x.csv")));
    const ApiError folder = sink.open(m_dir.path(), UsageExporter::standardColumns());
    QCOMPARE(folder.kind, ApiError::Kind::WriteFailed);
    QVERIFY(folder.message.contains(QStringLiteral("it is a folder")));
}

void TestExportSink::emptyExport()
{
    const QString path = m_dir.filePath(QStringLiteral("empty.json"));
    ExportOptions options;
    options.format = ExportOptions::Format::Json;
    ExportSink sink(options);
    QVERIFY(sink.open(path, UsageExporter::standardColumns()).isOk());
    QVERIFY(sink.finish().isOk());
    QCOMPARE(readAll(path), QByteArray("[]\n"));
}

namespace {

bool isCharacterDevice(const char *path)
{
    struct stat status
    {
    };
    return ::stat(path, &status) == 0 && S_ISCHR(status.st_mode);
}

// The read end of a named pipe, open before the writer comes (as a waiting `cat` would be),
// read to its end on a thread of its own; it notes when the first byte came.
class PipeReader final
{
public:
    explicit PipeReader(const QString &path)
        : m_descriptor(::open(QFile::encodeName(path).constData(), O_RDONLY | O_NONBLOCK))
    {
        if (m_descriptor < 0)
            qFatal("cannot open the named pipe to read");
        // Blocking from here: reads wait for the writer's bytes or its end.
        ::fcntl(m_descriptor, F_SETFL, ::fcntl(m_descriptor, F_GETFL) & ~O_NONBLOCK);
    }
    ~PipeReader()
    {
        if (m_thread.joinable())
            m_thread.join();
        ::close(m_descriptor);
    }
    // Starts reading; call once the writer has opened its end.
    void start()
    {
        m_thread = std::thread([this] {
            char buffer[4096];
            for (;;) {
                const ssize_t got = ::read(m_descriptor, buffer, sizeof buffer);
                if (got <= 0)
                    break;
                m_firstByte = true;
                m_bytes.append(buffer, got);
            }
        });
    }
    bool sawAByte() const { return m_firstByte; }
    QByteArray bytes()
    {
        if (m_thread.joinable())
            m_thread.join();
        return m_bytes;
    }

private:
    int m_descriptor;
    QByteArray m_bytes;
    std::atomic<bool> m_firstByte{false};
    std::thread m_thread;
};

} // namespace

void TestExportSink::namedPipeGetsTheWholeOutputOnlyAfterFinish_data()
{
    QTest::addColumn<bool>("json");
    QTest::newRow("CSV") << false;
    QTest::newRow("JSON") << true;
}

void TestExportSink::namedPipeGetsTheWholeOutputOnlyAfterFinish()
{
    QFETCH(bool, json);
    const QString fifo
        = m_dir.filePath(json ? QStringLiteral("out-json.fifo") : QStringLiteral("out-csv.fifo"));
    QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    ExportOptions options;
    if (json)
        options.format = ExportOptions::Format::Json;
    QList<UsageRecord> rows = fixtureRows();

    // What the same rows make in a regular file: the pipe must get exactly this.
    const QString regular
        = m_dir.filePath(json ? QStringLiteral("same.json") : QStringLiteral("same.csv"));
    {
        ExportSink sink(options);
        QVERIFY(sink.open(regular, UsageExporter::standardColumns()).isOk());
        for (const UsageRecord &r : rows)
            QVERIFY(sink.writeRow(UsageExportRows().rowFor(r)).isOk());
        QVERIFY(sink.finish().isOk());
    }

    PipeReader reader(fifo);
    ExportSink sink(options);
    const ApiError opened = sink.open(fifo, UsageExporter::standardColumns());
    QVERIFY2(opened.isOk(), qPrintable(opened.userMessage()));
    reader.start();
    for (const UsageRecord &r : rows)
        QVERIFY(sink.writeRow(UsageExportRows().rowFor(r)).isOk());
    QTest::qWait(100);
    QVERIFY2(!reader.sawAByte(), "bytes reached the pipe before the output was whole");
    QVERIFY(sink.finish().isOk());
    QCOMPARE(reader.bytes(), readAll(regular));
    QFileInfo after(fifo);
    QVERIFY(!after.isFile()); // still the pipe, not a regular file put in its place
    struct stat status
    {
    };
    QCOMPARE(::stat(QFile::encodeName(fifo).constData(), &status), 0);
    QVERIFY(S_ISFIFO(status.st_mode));
}

void TestExportSink::namedPipeReaderSeesAnEmptyEndOnDiscard()
{
    const QString fifo = m_dir.filePath(QStringLiteral("failed.fifo"));
    QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    PipeReader reader(fifo);
    {
        ExportSink sink{ExportOptions{}};
        QVERIFY(sink.open(fifo, UsageExporter::standardColumns()).isOk());
        reader.start();
        QVERIFY(sink.writeRow(UsageExportRows().rowFor(fixtureRows().first())).isOk());
        QTest::qWait(50);
        sink.discard(); // the export failed: no half file, and the reader is not left waiting
    }
    QCOMPARE(reader.bytes(), QByteArray());
}

void TestExportSink::deviceNodeStaysADevice()
{
    QVERIFY(isCharacterDevice("/dev/null"));
    for (bool json : {false, true}) {
        ExportOptions options;
        if (json)
            options.format = ExportOptions::Format::Json;
        ExportSink sink(options);
        QVERIFY(sink.open(QStringLiteral("/dev/null"), UsageExporter::standardColumns()).isOk());
        QVERIFY(sink.writeRow(UsageExportRows().rowFor(fixtureRows().first())).isOk());
        const ApiError finished = sink.finish();
        QVERIFY2(finished.isOk(), qPrintable(finished.userMessage()));
        // A rename over it (as QSaveFile does, and as root may) would make it a regular file.
        QVERIFY(isCharacterDevice("/dev/null"));
    }
    QVERIFY(QDir(QStringLiteral("/dev")).entryList({QStringLiteral("null*")}, QDir::System)
            == QStringList{QStringLiteral("null")});
}

void TestExportSink::fullDeviceFailsWithTheReason_data()
{
    QTest::addColumn<bool>("json");
    QTest::newRow("CSV") << false;
    QTest::newRow("JSON") << true;
}

void TestExportSink::fullDeviceFailsWithTheReason()
{
    QFETCH(bool, json);
    if (!isCharacterDevice("/dev/full"))
        QSKIP("this system has no /dev/full");
    ExportOptions options;
    if (json)
        options.format = ExportOptions::Format::Json;
    ExportSink sink(options);
    QVERIFY(sink.open(QStringLiteral("/dev/full"), UsageExporter::standardColumns()).isOk());
    for (const UsageRecord &r : fixtureRows())
        QVERIFY(sink.writeRow(UsageExportRows().rowFor(r)).isOk());
    const ApiError failed = sink.finish();
    QCOMPARE(failed.kind, ApiError::Kind::WriteFailed);
    QCOMPARE(failed.file, QStringLiteral("/dev/full"));
    QVERIFY2(failed.message.contains(QStringLiteral("No space left on device")),
             qPrintable(failed.message));
    QVERIFY(isCharacterDevice("/dev/full"));
}

QTEST_GUILESS_MAIN(TestExportSink)
#include "tst_exportsink.moc"
