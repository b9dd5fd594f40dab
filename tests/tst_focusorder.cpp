#include "tests/appwindows.h"
#include "ui/dashboard/dashboardpage.h"

#include <QAccessible>
#include <QComboBox>
#include <QLineEdit>
#include <QTest>

using namespace neuroio;
using namespace neuroio::testing;

namespace {

// Pixels by which two edges may miss each other and still count as level.
constexpr int kTolerance = 6;

QRect placeOf(QWidget *w, QWidget *window)
{
    return QRect(w->mapTo(window, QPoint(0, 0)), w->size());
}

// The widgets Tab reaches in a window, in the order it reaches them, from the one nearest the
// top left: the chain is a ring, and where the window itself sits in it means nothing.
QList<QWidget *> tabChain(QWidget *window)
{
    QList<QWidget *> chain;
    for (QWidget *w = window->nextInFocusChain(); w && w != window; w = w->nextInFocusChain()) {
        if (w->window() != window || !w->isVisible() || !w->isEnabled() || w->focusProxy()
            || !(w->focusPolicy() & Qt::TabFocus)) {
            continue;
        }
        if (chain.contains(w))
            break;
        chain.append(w);
    }
    if (chain.isEmpty())
        return chain;
    // The first row: what sits level with the topmost widget; its leftmost widget starts.
    const auto top = [window](QWidget *w) { return placeOf(w, window).top(); };
    const QRect topmost
        = placeOf(*std::min_element(chain.begin(), chain.end(),
                                    [&top](QWidget *a, QWidget *b) { return top(a) < top(b); }),
                  window);
    QWidget *start = nullptr;
    for (QWidget *w : std::as_const(chain)) {
        const QRect r = placeOf(w, window);
        if (r.top() < topmost.bottom() && (!start || r.left() < placeOf(start, window).left()))
            start = w;
    }
    std::rotate(chain.begin(), chain.begin() + chain.indexOf(start), chain.end());
    return chain;
}

QString describe(QWidget *w, QWidget *window)
{
    const QRect r = placeOf(w, window);
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(w);
    const QString name = iface ? iface->text(QAccessible::Name) : QString();
    return QStringLiteral("%1 \"%2\" at (%3, %4)")
        .arg(QString::fromLatin1(w->metaObject()->className()),
             name.isEmpty() ? w->objectName() : name)
        .arg(r.x())
        .arg(r.y());
}

// Reading order, row by row: the next stop is further down, or further right in the same
// row. Going back up is reading order only into a column further right (the charts beside
// the table); going left only into a row further down.
QString wrongStep(QWidget *from, QWidget *to, QWidget *window)
{
    const QRect a = placeOf(from, window);
    const QRect b = placeOf(to, window);
    const bool above = b.bottom() < a.top() + kTolerance;
    const bool rightColumn = b.left() > a.right() - kTolerance;
    const bool sameRow = b.top() < a.bottom() - kTolerance && a.top() < b.bottom() - kTolerance;
    const bool left = b.right() < a.left() + kTolerance;
    if (above && !rightColumn)
        return QStringLiteral("goes back up");
    if (sameRow && left)
        return QStringLiteral("goes back left");
    return QString();
}

QStringList wrongSteps(QWidget *window)
{
    QStringList wrong;
    const QList<QWidget *> chain = tabChain(window);
    for (int i = 0; i + 1 < chain.size(); ++i) {
        const QString why = wrongStep(chain[i], chain[i + 1], window);
        if (!why.isEmpty()) {
            wrong.append(QStringLiteral("%1 -> %2 %3")
                             .arg(describe(chain[i], window), describe(chain[i + 1], window), why));
        }
    }
    return wrong;
}

} // namespace

// Tab moves through each window as a person reads it: top to bottom, left to right.
class TestFocusOrder final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void tabFollowsReadingOrder_data();
    void tabFollowsReadingOrder();
    void byTheSpaceTabFollowsReadingOrder();
    void aStepBackIsFound();

private:
    AppWindows m_windows;
};

void TestFocusOrder::initTestCase()
{
    AppWindows::isolate();
    QVERIFY2(m_windows.build(), qPrintable(m_windows.error()));
}

void TestFocusOrder::cleanupTestCase()
{
    QSettings().remove(QStringLiteral("dashboard"));
}

void TestFocusOrder::tabFollowsReadingOrder_data()
{
    m_windows.addRows();
}

void TestFocusOrder::tabFollowsReadingOrder()
{
    QFETCH(QWidget *, window);
    QVERIFY(QTest::qWaitForWindowExposed(window));
    QVERIFY(tabChain(window).size() >= 2);
    const QStringList wrong = wrongSteps(window);
    QVERIFY2(wrong.isEmpty(), qPrintable(QStringLiteral("Tab leaves reading order:\n  %1")
                                             .arg(wrong.join(QStringLiteral("\n  ")))));
}

void TestFocusOrder::byTheSpaceTabFollowsReadingOrder()
{
    // The other tab of the charts, with its search, its top spaces and its event type.
    auto *window = qobject_cast<ui::MainWindow *>(m_windows.windows().at(1).widget);
    QVERIFY(window->dashboardPage()->showChart(QStringLiteral("by-space")));
    const QList<QWidget *> chain = tabChain(window);
    const qsizetype search = chain.indexOf(window->dashboardPage()->spaceSearch());
    QVERIFY(search >= 0);
    QCOMPARE(chain.value(search + 1),
             static_cast<QWidget *>(window->dashboardPage()->breakdownTopBox()));
    const QStringList wrong = wrongSteps(window);
    window->dashboardPage()->showChart(QStringLiteral("trend"));
    QVERIFY2(wrong.isEmpty(), qPrintable(QStringLiteral("Tab leaves reading order:\n  %1")
                                             .arg(wrong.join(QStringLiteral("\n  ")))));
}

void TestFocusOrder::aStepBackIsFound()
{
    QWidget window;
    window.resize(300, 200);
    auto *upper = new QLineEdit(&window);
    upper->setGeometry(10, 10, 100, 24);
    auto *lower = new QLineEdit(&window);
    lower->setGeometry(10, 100, 200, 24);
    auto *right = new QLineEdit(&window); // made last, drawn in the first row
    right->setGeometry(150, 10, 100, 24);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(tabChain(&window), (QList<QWidget *>{upper, lower, right}));
    const QStringList wrong = wrongSteps(&window);
    QCOMPARE(wrong.size(), 1);
    QVERIFY2(wrong.first().endsWith(QStringLiteral("goes back up")), qPrintable(wrong.first()));
    QWidget::setTabOrder(upper, right);
    QWidget::setTabOrder(right, lower);
    QCOMPARE(tabChain(&window), (QList<QWidget *>{upper, right, lower}));
    QCOMPARE(wrongSteps(&window), QStringList());
}

QTEST_MAIN(TestFocusOrder)
#include "tst_focusorder.moc"
