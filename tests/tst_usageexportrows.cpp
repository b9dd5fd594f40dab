#include "core/api/eventtype.h"
#include "core/export/usageexporter.h"
#include "core/export/usageexportrows.h"

#include <QTest>

using namespace neuroio;

namespace {

// A cell as text a test can compare: "-" missing, "null", "n:<number>", "t:<text>".
QString cellText(const ExportValue &v)
{
    switch (v.kind) {
    case ExportValue::Kind::Missing:
        return QStringLiteral("-");
    case ExportValue::Kind::Number:
        return QStringLiteral("n:") + QString::number(v.number, 'g', 17);
    case ExportValue::Kind::Text:
        return QStringLiteral("t:") + v.text;
    case ExportValue::Kind::Json:
        if (v.json->isNull())
            return QStringLiteral("null");
        return QStringLiteral("j:") + v.json->toVariant().toString();
    }
    return {};
}

QStringList cells(const ExportRow &row)
{
    QStringList out;
    for (const auto &cell : row)
        out.append(cell.first + QLatin1Char('=') + cellText(cell.second));
    return out;
}

UsageRecord plain(qint64 id, Month month, int type, const QString &space)
{
    UsageRecord r;
    r.id = id;
    r.month = month;
    r.spaceId = 7;
    r.spaceName = space;
    r.eventType = type;
    r.quantity = 2.5;
    return r;
}

} // namespace

class TestUsageExportRows final : public QObject
{
    Q_OBJECT

private slots:
    void aRowHasTheStandardCellsAndTheExtras_data();
    void aRowHasTheStandardCellsAndTheExtras();
    void eachRowIsItsOwnWhateverCameBefore();
    void aMonthsTextIsMadeOnce();
};

void TestUsageExportRows::aRowHasTheStandardCellsAndTheExtras_data()
{
    QTest::addColumn<UsageRecord>("record");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("plain") << plain(1, Month(2026, 3), 1, QStringLiteral("Lobby"))
                           << QStringList{
                                  QStringLiteral("id=n:1"),
                                  QStringLiteral("month=t:2026-03"),
                                  QStringLiteral("space_id=n:7"),
                                  QStringLiteral("space_name=t:Lobby"),
                                  QStringLiteral("event_type=n:1"),
                                  QStringLiteral("event_type_name=t:") + eventTypeDisplayName(1),
                                  QStringLiteral("quantity=n:2.5")};
    UsageRecord sparse;
    sparse.id = 2;
    sparse.eventType = 99; // unknown: named as met
    sparse.nullFields = {QStringLiteral("space_name")};
    sparse.extras.append({QStringLiteral("region"), QJsonValue(QStringLiteral("eu-1"))});
    QTest::newRow("missing, null, unknown type, an extra")
        << sparse << QStringList{QStringLiteral("id=n:2"),
                                 QStringLiteral("month=-"),
                                 QStringLiteral("space_id=-"),
                                 QStringLiteral("space_name=null"),
                                 QStringLiteral("event_type=n:99"),
                                 QStringLiteral("event_type_name=t:") + eventTypeDisplayName(99),
                                 QStringLiteral("quantity=-"),
                                 QStringLiteral("region=j:eu-1")};
}

void TestUsageExportRows::aRowHasTheStandardCellsAndTheExtras()
{
    QFETCH(UsageRecord, record);
    QFETCH(QStringList, expected);
    QCOMPARE(cells(UsageExportRows().rowFor(record)), expected);
    QCOMPARE(UsageExporter::standardColumns().size() + record.extras.size(), expected.size());
}

void TestUsageExportRows::eachRowIsItsOwnWhateverCameBefore()
{
    // One UsageExportRows fills the same row again: nothing of a record may stay for the next
    // (its extras, its nulls, its values), in any order of plain and sparse records.
    QList<UsageRecord> records;
    UsageRecord withExtras = plain(1, Month(2026, 1), 2, QStringLiteral("A"));
    withExtras.extras.append({QStringLiteral("region"), QJsonValue(QStringLiteral("eu"))});
    withExtras.extras.append({QStringLiteral("tier"), QJsonValue(3)});
    UsageRecord nulls;
    nulls.id = 2;
    nulls.nullFields = {QStringLiteral("month"), QStringLiteral("quantity")};
    UsageRecord empty;
    records << withExtras << plain(3, Month(2026, 2), 4, QStringLiteral("B")) << nulls
            << plain(4, Month(2026, 1), 77, QStringLiteral("C")) << empty << withExtras;
    UsageExportRows reused;
    for (const UsageRecord &r : records)
        QCOMPARE(cells(reused.rowFor(r)), cells(UsageExportRows().rowFor(r)));
}

void TestUsageExportRows::aMonthsTextIsMadeOnce()
{
    // The sink writes a text object it has seen in the column before from its bytes: rows of
    // one month and one type must carry the same objects.
    UsageExportRows rows;
    const ExportRow first = rows.rowFor(plain(1, Month(2026, 5), 1, QStringLiteral("A")));
    rows.rowFor(plain(2, Month(2026, 6), 2, QStringLiteral("A")));
    const ExportRow again = rows.rowFor(plain(3, Month(2026, 5), 1, QStringLiteral("B")));
    QCOMPARE(again[1].second.text, QStringLiteral("2026-05"));
    QCOMPARE(again[1].second.text.constData(), first[1].second.text.constData());
    QCOMPARE(again[5].second.text.constData(), first[5].second.text.constData());
}

QTEST_GUILESS_MAIN(TestUsageExportRows)
#include "tst_usageexportrows.moc"
