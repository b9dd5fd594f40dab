#include "core/export/exportsink.h"
#include "core/export/usageexporter.h"
#include "core/export/usagerowwriter.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace neuroio;

Q_DECLARE_METATYPE(neuroio::ExportOptions)

namespace {

UsageRecord plain(qint64 id, const QString &space)
{
    UsageRecord r;
    r.id = id;
    r.month = Month(2026, 5);
    r.spaceId = 7;
    r.spaceName = space;
    r.eventType = 1;
    r.quantity = 120345;
    return r;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

enum class Way { Writer, ExportRowOnly };

// The file an export of these records makes, through UsageRowWriter or through the general
// way alone (each record's ExportRow), with one sink for the whole export, as UsageExporter
// has.
QByteArray exported(const QList<UsageRecord> &records, const ExportOptions &options, Way way,
                    const QString &path)
{
    ExportSink sink(options);
    sink.setCsvOnlyColumns(UsageExporter::csvOnlyColumns());
    if (!sink.open(path, UsageExporter::standardColumns()).isOk())
        return "could not open " + path.toUtf8();
    UsageRowWriter writer(&sink, options);
    UsageExportRows rows;
    for (const UsageRecord &r : records) {
        const ApiError written
            = way == Way::Writer ? writer.write(r) : sink.writeRow(rows.rowFor(r));
        if (!written.isOk())
            return "could not write: " + written.userMessage().toUtf8();
    }
    if (!sink.finish().isOk())
        return "could not finish";
    return readAll(path);
}

ExportOptions csv(QChar delimiter)
{
    ExportOptions o;
    o.delimiter = delimiter;
    return o;
}

} // namespace

class TestUsageRowWriter final : public QObject
{
    Q_OBJECT

private slots:
    void theSameBytesAsTheGeneralWay_data();
    void theSameBytesAsTheGeneralWay();
    void aSpaceNameIsNeverTakenFromTheRowBefore();

private:
    QTemporaryDir m_dir;
};

void TestUsageRowWriter::theSameBytesAsTheGeneralWay_data()
{
    QTest::addColumn<QList<UsageRecord>>("records");
    QTest::addColumn<ExportOptions>("options");

    const ExportOptions comma = csv(QLatin1Char(','));
    UsageRecord empty;
    UsageRecord nulls = plain(3, QStringLiteral("N"));
    nulls.quantity.reset();
    nulls.spaceName.reset();
    nulls.nullFields = {QStringLiteral("quantity"), QStringLiteral("space_name")};
    UsageRecord fractions = plain(4, QStringLiteral("F"));
    fractions.quantity = 0.1;
    UsageRecord tiny = plain(5, QStringLiteral("F"));
    tiny.quantity = -1e-7;
    UsageRecord huge = plain(9007199254740993LL, QStringLiteral("H")); // beyond a double's 2^53
    huge.quantity = 1e22;
    UsageRecord unknownType = plain(6, QStringLiteral("U"));
    unknownType.eventType = 99;
    UsageRecord oldMonth = plain(7, QStringLiteral("U"));
    oldMonth.month = Month(1999, 12);
    UsageRecord extra = plain(8, QStringLiteral("E"));
    extra.extras = {{QStringLiteral("region"), QJsonValue(QStringLiteral("eu-1"))}};

    QTest::newRow("plain") << QList<UsageRecord>{plain(1, QStringLiteral("Berlin HQ"))} << comma;
    QTest::newRow("every field missing") << QList<UsageRecord>{empty} << comma;
    QTest::newRow("fields sent as null") << QList<UsageRecord>{nulls} << comma;
    QTest::newRow("numbers") << QList<UsageRecord>{fractions, tiny, huge} << comma;
    QTest::newRow("unknown type, old month") << QList<UsageRecord>{unknownType, oldMonth} << comma;
    const QStringList awkward = {
        QStringLiteral("with, comma"), QStringLiteral("semi; colon"),
        QStringLiteral("tab\there"),   QStringLiteral("quote \"q\""),
        QStringLiteral("=SUM(A1)"),    QStringLiteral("-1"),
        QStringLiteral("line\nbreak"), QStringLiteral("Zürich"),
        QStringLiteral("東京"),        QString(),
    };
    QList<UsageRecord> names;
    for (const QString &name : awkward)
        names.append(plain(names.size() + 1, name));
    QTest::newRow("names, comma") << names << comma;
    QTest::newRow("names, semicolon") << names << csv(QLatin1Char(';'));
    QTest::newRow("names, tab") << names << csv(QLatin1Char('\t'));
    ExportOptions bom = comma;
    bom.byteOrderMark = true;
    QTest::newRow("byte order mark") << names << bom;
    ExportOptions german = csv(QLatin1Char(';'));
    german.numbers = ExportOptions::Numbers::Locale;
    german.locale = QLocale(QLocale::German, QLocale::Germany);
    QTest::newRow("German numbers") << QList<UsageRecord>{fractions, tiny, huge} << german;
    // Rows with an extra field take the general way: the rows around it, the plain way, must
    // still fill every column, the later one too.
    QTest::newRow("an extra column halfway")
        << QList<UsageRecord>{plain(1, QStringLiteral("A")), extra, nulls,
                              plain(2, QStringLiteral("A"))}
        << comma;
    ExportOptions json;
    json.format = ExportOptions::Format::Json;
    QTest::newRow("JSON") << QList<UsageRecord>{plain(1, QStringLiteral("A")), nulls, extra}
                          << json;
}

void TestUsageRowWriter::theSameBytesAsTheGeneralWay()
{
    QFETCH(QList<UsageRecord>, records);
    QFETCH(ExportOptions, options);
    const QByteArray general
        = exported(records, options, Way::ExportRowOnly, m_dir.filePath(QStringLiteral("a")));
    QVERIFY2(!general.startsWith("could not"), general.constData());
    QCOMPARE(exported(records, options, Way::Writer, m_dir.filePath(QStringLiteral("b"))), general);
}

void TestUsageRowWriter::aSpaceNameIsNeverTakenFromTheRowBefore()
{
    // The writer keeps the last space name's bytes while the same string object comes again.
    // Names freed after their row (whose memory may come back as the next name), names that
    // share an object and names equal in text but not in object must all be written as they
    // are.
    const QString shared = QStringLiteral("Shared \"one\"");
    const ExportOptions options = csv(QLatin1Char(','));
    const QString path = m_dir.filePath(QStringLiteral("c"));
    ExportSink sink(options);
    QVERIFY(sink.open(path, UsageExporter::standardColumns()).isOk());
    UsageRowWriter writer(&sink, options);
    QByteArray expected;
    expected += "id,month,space_id,space_name,event_type,event_type_name,quantity\r\n";
    for (int i = 0; i < 300; ++i) {
        // Each record, and a fresh name with it, lives for its row only.
        // Fresh names of one length follow each other, so a freed one's memory may well come
        // back as the next.
        const UsageRecord r = plain(i, i % 4 == 0   ? shared
                                       : i % 4 == 3 ? shared.left(shared.size() - i % 5)
                                                    : QStringLiteral("fresh %1").arg(i % 7));
        QVERIFY(writer.write(r).isOk());
        const QByteArray name = r.spaceName->toUtf8();
        const QByteArray quoted
            = name.contains('"') ? '"' + QByteArray(name).replace("\"", "\"\"") + '"' : name;
        expected += QByteArray::number(i) + ",2026-05,7," + quoted + ",1,API calls,120345\r\n";
    }
    QVERIFY(sink.finish().isOk());
    QCOMPARE(readAll(path), expected);
}

QTEST_GUILESS_MAIN(TestUsageRowWriter)
#include "tst_usagerowwriter.moc"
