#include "core/export/csvwriter.h"

#include <QTest>

using namespace neuroio;
using Field = CsvWriter::Field;

class TestCsvWriter final : public QObject
{
    Q_OBJECT

private slots:
    void fields_data();
    void fields();
    void rowsAndByteOrderMark();
    void optionProblems();
};

void TestCsvWriter::fields_data()
{
    QTest::addColumn<QString>("delimiter");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QByteArray>("expected");

    QTest::newRow("plain") << ","
                           << "Berlin HQ" << QByteArray("Berlin HQ");
    QTest::newRow("comma") << ","
                           << "Warehouse 7, Rotterdam" << QByteArray("\"Warehouse 7, Rotterdam\"");
    QTest::newRow("comma, semicolon file") << ";"
                                           << "a, b" << QByteArray("a, b");
    QTest::newRow("semicolon") << ";"
                               << "Dock 4; Hamburg" << QByteArray("\"Dock 4; Hamburg\"");
    QTest::newRow("tab in tab file") << "\t"
                                     << "a\tb" << QByteArray("\"a\tb\"");
    QTest::newRow("quotes doubled")
        << ","
        << "Reception \"Main Gate\"" << QByteArray("\"Reception \"\"Main Gate\"\"\"");
    QTest::newRow("newline") << ","
                             << "line one\nline two" << QByteArray("\"line one\nline two\"");
    QTest::newRow("CR LF") << ","
                           << "a\r\nb" << QByteArray("\"a\r\nb\"");
    QTest::newRow("formula =") << ","
                               << "=SUM(A1:A9)" << QByteArray("'=SUM(A1:A9)");
    QTest::newRow("formula + with comma") << ","
                                          << "+1,2" << QByteArray("\"'+1,2\"");
    QTest::newRow("formula -") << ","
                               << "-1 Parking Level" << QByteArray("'-1 Parking Level");
    QTest::newRow("formula @") << ","
                               << "@cmd" << QByteArray("'@cmd");
    QTest::newRow("leading tab") << ","
                                 << "\tx" << QByteArray("'\tx");
    QTest::newRow("leading CR") << ","
                                << "\rx" << QByteArray("\"'\rx\"");
    QTest::newRow("non-ASCII") << "," << QString::fromUtf8("Łódź Depot 品川")
                               << QString::fromUtf8("Łódź Depot 品川").toUtf8();
    QTest::newRow("empty text") << ","
                                << "" << QByteArray("");
}

void TestCsvWriter::fields()
{
    QFETCH(QString, delimiter);
    QFETCH(QString, text);
    QFETCH(QByteArray, expected);
    ExportOptions options;
    options.delimiter = delimiter.at(0);
    QCOMPARE(CsvWriter(options).field(Field::fromText(text)), expected);
}

void TestCsvWriter::rowsAndByteOrderMark()
{
    ExportOptions options;
    CsvWriter plain(options);
    QCOMPARE(plain.row({Field::fromNumber(-5), Field::empty(), Field::fromText(QStringLiteral("x")),
                        Field::fromNumber(0.5)}),
             QByteArray("-5,,x,0.5\r\n")); // a negative number is a number, never guarded
    QCOMPARE(plain.byteOrderMark(), QByteArray());
    options.byteOrderMark = true;
    options.delimiter = QLatin1Char(';');
    options.numbers = ExportOptions::Numbers::Locale;
    options.locale = QLocale(QLocale::German, QLocale::Germany);
    CsvWriter german(options);
    QCOMPARE(german.byteOrderMark(), QByteArray("\xEF\xBB\xBF"));
    QCOMPARE(german.row({Field::fromNumber(1234.5), Field::fromNumber(7)}),
             QByteArray("1.234,5;7\r\n"));
}

void TestCsvWriter::optionProblems()
{
    ExportOptions options;
    QVERIFY(options.check().isOk());
    options.numbers = ExportOptions::Numbers::Locale;
    options.locale = QLocale(QLocale::German, QLocale::Germany);
    QVERIFY(options.check().message.contains(QStringLiteral("decimal separator")));
    options.delimiter = QLatin1Char(';');
    QVERIFY(options.check().isOk());
    options.delimiter = QLatin1Char('|');
    QVERIFY(!options.check().isOk());
}

QTEST_APPLESS_MAIN(TestCsvWriter)
#include "tst_csvwriter.moc"
