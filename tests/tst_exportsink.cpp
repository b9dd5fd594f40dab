#include "core/api/responseparser.h"
#include "core/export/exportsink.h"
#include "core/export/usageexporter.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

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
    void discardKeepsEarlierFile();
    void unwritablePathSaysWhy();
    void emptyExport();

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
    for (const UsageRecord &r : fixtureRows())
        QVERIFY(sink.writeRow(UsageExporter::rowFor(r)).isOk());
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
    for (const UsageRecord &r : fixtureRows())
        QVERIFY(sink.writeRow(UsageExporter::rowFor(r)).isOk());
    QVERIFY(sink.finish().isOk());
    const QByteArray text = readAll(path);
    QVERIFY(text.contains(";120.345;;;\r\n")); // padded for the columns found later
    QVERIFY(text.contains(";2,5;;;\r\n"));
    QVERIFY(text.contains(";0,1;eu-1;true;\r\n"));
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
        QVERIFY(sink.writeRow(UsageExporter::rowFor(fixtureRows().first())).isOk());
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

QTEST_GUILESS_MAIN(TestExportSink)
#include "tst_exportsink.moc"
