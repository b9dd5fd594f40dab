#include "core/views/savedview.h"
#include "core/views/savedviewstore.h"

#include <QDate>
#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace neuroio;
using Preset = MonthRange::Preset;

Q_DECLARE_METATYPE(neuroio::MonthRange::Preset)

class TestSavedView final : public QObject
{
    Q_OBJECT

private slots:
    void relativeResolvesOnTheDay_data();
    void relativeResolvesOnTheDay();
    void fixedStaysFixed();
    void jsonRoundTrip();
    void badFiles_data();
    void badFiles();
    void store();
};

void TestSavedView::relativeResolvesOnTheDay_data()
{
    QTest::addColumn<Preset>("preset");
    QTest::addColumn<QDate>("today");
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");

    QTest::newRow("leap day, last 3") << Preset::Last3Months << QDate(2024, 2, 29) << "2023-11"
                                      << "2024-01";
    QTest::newRow("leap day, last 12") << Preset::Last12Months << QDate(2024, 2, 29) << "2023-02"
                                       << "2024-01";
    QTest::newRow("first of January, last month")
        << Preset::LastMonth << QDate(2025, 1, 1) << "2024-12"
        << "2024-12";
    QTest::newRow("new year's eve, this year")
        << Preset::ThisYear << QDate(2024, 12, 31) << "2024-01"
        << "2024-12";
    QTest::newRow("January, last year") << Preset::LastYear << QDate(2026, 1, 15) << "2025-01"
                                        << "2025-12";
    QTest::newRow("month end, this month") << Preset::ThisMonth << QDate(2026, 4, 30) << "2026-04"
                                           << "2026-04";
    QTest::newRow("31st into a 30-day month, last 6")
        << Preset::Last6Months << QDate(2026, 3, 31) << "2025-09"
        << "2026-02";
}

void TestSavedView::relativeResolvesOnTheDay()
{
    QFETCH(Preset, preset);
    QFETCH(QDate, today);
    QFETCH(QString, from);
    QFETCH(QString, to);
    SavedView view;
    view.name = QStringLiteral("relative");
    view.preset = preset;
    // Saved long ago, opened today: the range follows today.
    const SavedView reopened = SavedView::fromJson(view.toJson()).value;
    const MonthRange range = reopened.resolve(Month::fromDate(today));
    QCOMPARE(range.from().toString(), from);
    QCOMPARE(range.to().toString(), to);
}

void TestSavedView::fixedStaysFixed()
{
    SavedView view;
    view.name = QStringLiteral("Q1 2024");
    view.preset = Preset::Custom;
    view.fixedRange = MonthRange(Month(2024, 1), Month(2024, 3));
    const SavedView reopened = SavedView::fromJson(view.toJson()).value;
    QVERIFY(!reopened.isRelative());
    QCOMPARE(reopened.resolve(Month(2030, 7)), MonthRange(Month(2024, 1), Month(2024, 3)));
}

void TestSavedView::jsonRoundTrip()
{
    SavedView view;
    view.name = QString::fromUtf8("Café Lumière, API calls");
    view.accountId = 12;
    view.preset = Preset::Last3Months;
    view.spaceIds = {4, 9};
    view.eventTypes = {1, 4};
    view.openAtStart = true;
    const QJsonObject json = view.toJson();
    QCOMPARE(
        json.value(QStringLiteral("range")).toObject().value(QStringLiteral("preset")).toString(),
        QStringLiteral("last-3-full-months"));
    const auto back = SavedView::fromJson(json);
    QVERIFY2(back.isOk(), qPrintable(back.error.message));
    QCOMPARE(back.value.name, view.name);
    QCOMPARE(back.value.accountId, view.accountId);
    QCOMPARE(back.value.preset, view.preset);
    QCOMPARE(back.value.spaceIds, view.spaceIds);
    QCOMPARE(back.value.eventTypes, view.eventTypes);
    QVERIFY(back.value.openAtStart);
}

void TestSavedView::badFiles_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("errorPart");
    QTest::newRow("other format") << QByteArray(R"({"format":"x","version":1,"name":"a"})")
                                  << "not a NeuroIO Billing view";
    QTest::newRow("future version")
        << QByteArray(R"({"format":"neuroio-billing-view","version":7,"name":"a"})") << "version 7";
    QTest::newRow("no name") << QByteArray(
        R"({"format":"neuroio-billing-view","version":1,"range":{"preset":"last-month"}})")
                             << "\"name\" is missing";
    QTest::newRow("unknown preset") << QByteArray(
        R"({"format":"neuroio-billing-view","version":1,"name":"a","range":{"preset":"fortnight"}})")
                                    << "\"fortnight\"";
    QTest::newRow("bad month") << QByteArray(
        R"({"format":"neuroio-billing-view","version":1,"name":"a","range":{"from":"2024-13","to":"2024-12"}})")
                               << "range.from";
    QTest::newRow("reversed") << QByteArray(
        R"({"format":"neuroio-billing-view","version":1,"name":"a","range":{"from":"2024-06","to":"2024-01"}})")
                              << "after it ends";
    QTest::newRow("unknown event type") << QByteArray(
        R"({"format":"neuroio-billing-view","version":1,"name":"a","range":{"preset":"last-month"},"event_types":[1,8]})")
                                        << "unknown event type";
}

void TestSavedView::badFiles()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, errorPart);
    const auto view = SavedView::fromJson(QJsonDocument::fromJson(json).object());
    QCOMPARE(view.error.kind, ApiError::Kind::InvalidInput);
    QVERIFY2(view.error.message.contains(errorPart), qPrintable(view.error.message));
}

void TestSavedView::store()
{
    QTemporaryDir dir;
    SavedViewStore store(dir.filePath(QStringLiteral("views")));
    QVERIFY(store.views().isEmpty());
    SavedView a;
    a.name = QStringLiteral("Licences / last 3");
    a.preset = Preset::Last3Months;
    a.eventTypes = {4};
    a.openAtStart = true;
    QVERIFY(store.save(a).isOk());
    SavedView b;
    b.name = QStringLiteral("Licences . last 3"); // the same slug, another view
    b.preset = Preset::LastYear;
    b.openAtStart = true;
    QVERIFY(store.save(b).isOk());
    QCOMPARE(store.views().size(), 2);
    QCOMPARE(store.viewToOpenAtStart()->name, b.name); // only one opens at start
    QVERIFY(!store.find(a.name)->openAtStart);

    const QString file = dir.filePath(QStringLiteral("shared.json"));
    QVERIFY(SavedViewStore::writeFile(*store.find(a.name), file).isOk());
    QCOMPARE(store.resolve(file).value.eventTypes, QList<int>{4}); // a file path works too
    QCOMPARE(store.resolve(b.name).value.preset, Preset::LastYear);
    const auto nope = store.resolve(QStringLiteral("nope"));
    QCOMPARE(nope.error.kind, ApiError::Kind::InvalidInput);
    QVERIFY2(nope.error.message.contains(QStringLiteral("saved views:")),
             qPrintable(nope.error.message));

    QFile broken(dir.filePath(QStringLiteral("broken.json")));
    QVERIFY(broken.open(QIODevice::WriteOnly));
    broken.write("{ not json");
    broken.close();
    const auto notAView = SavedViewStore::readFile(broken.fileName());
    QCOMPARE(notAView.error.kind, ApiError::Kind::InvalidInput);
    QVERIFY(notAView.error.message.contains(QStringLiteral("broken.json")));
    const auto missing = SavedViewStore::readFile(dir.filePath(QStringLiteral("missing.json")));
    QCOMPARE(missing.error.kind, ApiError::Kind::ReadFailed);

    QVERIFY(store.remove(a.name).isOk());
    QCOMPARE(store.views().size(), 1);
    QCOMPARE(store.remove(a.name).kind, ApiError::Kind::InvalidInput);
}

QTEST_APPLESS_MAIN(TestSavedView)
#include "tst_savedview.moc"
