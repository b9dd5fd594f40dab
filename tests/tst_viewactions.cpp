#include "ui/dashboard/filterbar.h"
#include "ui/views/viewactions.h"
#include "ui/widgets/monthrangepicker.h"
#include "ui/widgets/multiselectbutton.h"

#include <QClipboard>
#include <QFile>
#include <QGuiApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMenu>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace neuroio;
using namespace neuroio::ui;

class TestViewActions final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void savedViewOpensAsSaved();
    void importAndExportFiles();
    void menusListTheViews();
    void copiesTheCommandLineAndTheView();

private:
    MultiSelectButton *typesButton() const;

    QTemporaryDir m_dir;
    std::unique_ptr<QWidget> m_window;
    FilterBar *m_bar = nullptr;
    ViewActions *m_views = nullptr;
};

void TestViewActions::init()
{
    m_window = std::make_unique<QWidget>();
    m_bar = new FilterBar(m_window.get());
    m_bar->setCurrentMonth(Month(2026, 11));
    m_views = new ViewActions(m_bar, m_window.get());
    m_views->setStore(SavedViewStore(
        m_dir.filePath(QStringLiteral("views-%1").arg(QTest::currentTestFunction()))));
    m_views->setEnabled(true);
}

void TestViewActions::cleanup()
{
    m_window.reset();
}

MultiSelectButton *TestViewActions::typesButton() const
{
    for (MultiSelectButton *b : m_bar->findChildren<MultiSelectButton *>()) {
        if (b->accessibleName() == QLatin1String("Event types"))
            return b;
    }
    return nullptr;
}

void TestViewActions::savedViewOpensAsSaved()
{
    m_bar->findChild<MonthRangePicker *>()->setPreset(MonthRange::Preset::Last3Months);
    typesButton()->setSelectedIds({4});
    QSignalSpy messages(m_views, &ViewActions::statusMessage);
    QVERIFY(m_views->saveCurrent(QStringLiteral("Licences"), false).isOk());
    QCOMPARE(messages.last().first().toString(), QStringLiteral("Saved the view \"Licences\""));
    const auto saved = m_views->store().find(QStringLiteral("Licences"));
    QVERIFY(saved);
    QVERIFY(saved->isRelative()); // "last 3 full months" is worked out when it is opened

    m_bar->findChild<MonthRangePicker *>()->setRange(MonthRange(Month(2025, 1), Month(2025, 2)));
    typesButton()->setSelectedIds({});
    QSignalSpy opened(m_views, &ViewActions::opened);
    m_views->open(*saved);
    QCOMPARE(opened.size(), 1);
    const DashboardFilters f = m_bar->filters();
    QCOMPARE(f.range, MonthRange(Month(2026, 8), Month(2026, 10)));
    QCOMPARE(f.eventTypes, QList<int>{4});
    QVERIFY(messages.last().first().toString().startsWith(
        QStringLiteral("Opened the view \"Licences\" (Last 3 full months: ")));

    QSignalSpy failed(m_views, &ViewActions::failed);
    QCOMPARE(m_views->saveCurrent(QStringLiteral(" "), false).kind, ApiError::Kind::InvalidInput);
    QCOMPARE(failed.size(), 1);
}

void TestViewActions::importAndExportFiles()
{
    SavedView view;
    view.name = QStringLiteral("Q1");
    view.preset = MonthRange::Preset::Custom;
    view.fixedRange = MonthRange(Month(2026, 1), Month(2026, 3));
    view.eventTypes = {1};
    const QString file = m_dir.filePath(QStringLiteral("q1.json"));
    QVERIFY(SavedViewStore::writeFile(view, file).isOk());

    QSignalSpy opened(m_views, &ViewActions::opened);
    QVERIFY(m_views->importFile(file).isOk());
    QCOMPARE(opened.size(), 1);
    QVERIFY(m_views->store().find(QStringLiteral("Q1")));
    QCOMPARE(m_bar->filters().range, view.fixedRange);

    QFile broken(m_dir.filePath(QStringLiteral("broken.json")));
    QVERIFY(broken.open(QIODevice::WriteOnly));
    broken.write("{ not json");
    broken.close();
    QSignalSpy failed(m_views, &ViewActions::failed);
    QCOMPARE(m_views->importFile(broken.fileName()).kind, ApiError::Kind::InvalidInput);
    QCOMPARE(failed.size(), 1);
    QVERIFY(failed.first().first().toString().contains(QStringLiteral("broken.json")));
    QCOMPARE(opened.size(), 1);
}

void TestViewActions::menusListTheViews()
{
    QVERIFY(m_views->saveCurrent(QStringLiteral("A"), true).isOk());
    QVERIFY(m_views->saveCurrent(QStringLiteral("B"), false).isOk());
    QMenu menu;
    m_views->addTo(&menu);
    QMetaObject::invokeMethod(&menu, "aboutToShow");
    const QList<QAction *> actions = menu.actions();
    QMenu *open = actions.at(1)->menu();
    QVERIFY(open);
    QCOMPARE(open->actions().size(), 2);
    QCOMPARE(open->actions().first()->text(), QStringLiteral("A (opens at start)"));
    m_views->setEnabled(false); // no dashboard: nothing to save or open
    QMetaObject::invokeMethod(&menu, "aboutToShow");
    QVERIFY(!actions.first()->isEnabled());
    QVERIFY(!open->isEnabled());
}

void TestViewActions::copiesTheCommandLineAndTheView()
{
    QMenu menu;
    m_views->addTo(&menu);
    m_bar->findChild<MonthRangePicker *>()->setPreset(MonthRange::Preset::Last3Months);
    typesButton()->setSelectedIds({1, 4});
    QAction *commandLine = nullptr;
    QAction *view = nullptr;
    for (QAction *action : menu.actions()) {
        if (action->shortcut() == QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C))
            commandLine = action;
        if (action->text() == QStringLiteral("Copy &View"))
            view = action;
    }
    QVERIFY(commandLine && view);
    QSignalSpy messages(m_views, &ViewActions::statusMessage);
    commandLine->trigger();
    // The months on screen (the last 3 full months before 2026-11), the types chosen.
    const QString line = QStringLiteral("neuroio-billing export --from 2026-08 --to 2026-10 "
                                        "--event-types api-calls,source-licenses --output "
                                        "usage.csv");
    QCOMPARE(QGuiApplication::clipboard()->text(), line);
    QCOMPARE(messages.last().first().toString(), QStringLiteral("Copied: ") + line);

    view->trigger();
    const auto copied = SavedView::fromJson(
        QJsonDocument::fromJson(QGuiApplication::clipboard()->text().toUtf8()).object());
    QVERIFY2(copied.isOk(), qPrintable(copied.error.message));
    QCOMPARE(copied.value.preset, MonthRange::Preset::Last3Months); // still relative
    QCOMPARE(copied.value.eventTypes, (QList<int>{1, 4}));

    // Without a dashboard there is nothing to copy, and the shortcut says so by being off.
    m_views->setEnabled(false);
    QVERIFY(!commandLine->isEnabled());
}

QTEST_MAIN(TestViewActions)
#include "tst_viewactions.moc"
