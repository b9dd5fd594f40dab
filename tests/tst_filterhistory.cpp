#include "ui/dashboard/filterbar.h"
#include "ui/dashboard/filterhistory.h"

#include <QAction>
#include <QMainWindow>
#include <QSignalSpy>
#include <QTest>

using namespace neuroio;
using namespace neuroio::ui;

// Drill-downs narrow the filters, and Back returns through every step, as a browser does.
class TestFilterHistory final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void drillDownsAndBack();
    void unchangedFiltersAreNoStep();
    void altLeftGoesBack();

private:
    // What the window does when the filters change: apply them, which records a step.
    void apply() { m_history->applied(); }

    std::unique_ptr<QMainWindow> m_window;
    FilterBar *m_bar = nullptr;
    FilterHistory *m_history = nullptr;
};

void TestFilterHistory::init()
{
    m_window = std::make_unique<QMainWindow>();
    m_bar = new FilterBar(m_window.get());
    m_window->addToolBar(m_bar);
    m_bar->setCurrentMonth(Month(2026, 11));
    m_bar->setSpaces({{1, QStringLiteral("Berlin")}, {2, QStringLiteral("Rotterdam")}}, true);
    m_history = new FilterHistory(m_bar, m_window.get());
    m_window->addAction(m_history->backAction());
    connect(m_history, &FilterHistory::filtersChanged, this, &TestFilterHistory::apply);
    m_history->applied(); // the start
}

void TestFilterHistory::cleanup()
{
    m_window.reset();
}

void TestFilterHistory::drillDownsAndBack()
{
    const DashboardFilters start = m_bar->filters();
    QVERIFY(!m_history->backAction()->isEnabled());
    QSignalSpy changed(m_history, &FilterHistory::filtersChanged);

    m_history->narrowToSpace(2);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(m_bar->filters().spaceIds, QList<qint64>{2});
    QCOMPARE(m_bar->filters().range, start.range);
    QVERIFY(m_history->backAction()->isEnabled());

    m_history->narrowToMonth(Month(2026, 3));
    QCOMPARE(m_bar->filters().range, MonthRange(Month(2026, 3), Month(2026, 3)));
    QCOMPARE(m_bar->filters().spaceIds, QList<qint64>{2});
    QCOMPARE(m_history->depth(), 2);

    m_history->back();
    QCOMPARE(m_bar->filters().range, start.range);
    QCOMPARE(m_bar->filters().spaceIds, QList<qint64>{2});
    m_history->back();
    QCOMPARE(m_bar->filters(), start);
    QVERIFY(!m_history->backAction()->isEnabled());
    QCOMPARE(changed.size(), 4);
    m_history->back(); // nothing left: nothing happens
    QCOMPARE(changed.size(), 4);
}

void TestFilterHistory::unchangedFiltersAreNoStep()
{
    m_history->narrowToSpace(1);
    m_history->narrowToSpace(1); // already showing only it
    QCOMPARE(m_history->depth(), 1);
    apply(); // a reload of the same filters
    QCOMPARE(m_history->depth(), 1);
    m_history->reset();
    QVERIFY(!m_history->backAction()->isEnabled());
}

void TestFilterHistory::altLeftGoesBack()
{
    m_window->show();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    m_history->narrowToSpace(1);
    QCOMPARE(m_bar->filters().spaceIds, QList<qint64>{1});
    QTest::keyClick(m_window.get(), Qt::Key_Left, Qt::AltModifier);
    QVERIFY(m_bar->filters().spaceIds.isEmpty());
}

QTEST_MAIN(TestFilterHistory)
#include "tst_filterhistory.moc"
