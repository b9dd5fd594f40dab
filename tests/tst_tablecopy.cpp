#include "core/api/responseparser.h"
#include "ui/dashboard/usagetablemodel.h"
#include "ui/output/tablecopy.h"

#include <QItemSelectionModel>
#include <QTest>

using namespace neuroio;
using namespace neuroio::ui;

class TestTableCopy final : public QObject
{
    Q_OBJECT

private slots:
    void selectionAsTabSeparatedText();
};

void TestTableCopy::selectionAsTabSeparatedText()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    const auto page = ResponseParser::usagePage(
        R"({"count":2,"results":[
        {"id":1,"month":"2026-01","space_id":4,"space_name":"Tab\there","event_type":1,"quantity":1234567},
        {"id":2,"month":"2026-02","space_id":5,"space_name":"Two\nlines","event_type":4,"quantity":2.5}]})",
        QStringLiteral("test"));
    QVERIFY(page.isOk());
    UsageTableModel model;
    model.setRecords(page.value.results);
    QItemSelectionModel selection(&model);
    selection.select(
        QItemSelection(model.index(0, 0), model.index(1, UsageTableModel::QuantityColumn)),
        QItemSelectionModel::Select);
    // Numbers plain (the table shows 1,234,567), tabs and line breaks inside cells as spaces.
    QCOMPARE(selectionAsTsv(&selection),
             QStringLiteral("2026-01\tTab here\tAPI calls\t1234567\n"
                            "2026-02\tTwo lines\tSource licenses\t2.5\n"));
    selection.clearSelection();
    QCOMPARE(selectionAsTsv(&selection), QString());
    selection.select(model.index(1, UsageTableModel::SpaceColumn), QItemSelectionModel::Select);
    QCOMPARE(selectionAsTsv(&selection), QStringLiteral("Two lines\n"));
}

QTEST_MAIN(TestTableCopy)
#include "tst_tablecopy.moc"
