#include "tests/appwindows.h"
#include "ui/widgets/monthrangepicker.h"
#include "ui/widgets/multiselectbutton.h"
#include "ui/widgets/pagerbar.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QChartView>
#include <QComboBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QMenuBar>
#include <QScrollBar>
#include <QTabBar>
#include <QTest>

using namespace neuroio;
using namespace neuroio::testing;

// A screen reader names every control it lands on: a control whose accessible name is empty
// is read as "button" or "edit" and nothing more. Every window and dialog is walked, with
// its data loaded, hidden controls included (a banner's buttons show only on a problem).
class TestAccessibleNames final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void everyControlHasAName_data();
    void everyControlHasAName();
    void theWalkSeesEveryKindOfControl();
    void anUnnamedControlIsFound();

private:
    AppWindows m_windows;
};

namespace {

// What a person operates, or Tab stops at: the controls a screen reader must name.
bool isControl(const QWidget *w)
{
    if (qobject_cast<const QHeaderView *>(w) || qobject_cast<const QScrollBar *>(w))
        return false; // part of its view, which carries the name
    return (w->focusPolicy() & Qt::TabFocus) || qobject_cast<const QAbstractButton *>(w)
           || qobject_cast<const QLineEdit *>(w) || qobject_cast<const QComboBox *>(w)
           || qobject_cast<const QAbstractSpinBox *>(w)
           || qobject_cast<const QAbstractItemView *>(w) || qobject_cast<const QTabBar *>(w)
           || qobject_cast<const QChartView *>(w) || qobject_cast<const ui::MonthRangePicker *>(w)
           || qobject_cast<const ui::PagerBar *>(w);
}

// Parts Qt builds inside a control, which the control itself names: a spin box's or a combo
// box's editor and popup, a line edit's clear button, a tab bar's scroll arrows, a table's
// corner button, a toolbar's or a menu bar's overflow arrow.
bool isPartOfAControl(const QWidget *w)
{
    if (w->inherits("QToolBarExtension"))
        return true;
    const QWidget *parent = w->parentWidget();
    if (qobject_cast<const QAbstractButton *>(w)
        && (qobject_cast<const QAbstractItemView *>(parent)
            || qobject_cast<const QMenuBar *>(parent)))
        return true;
    for (const QWidget *p = parent; p; p = p->parentWidget()) {
        if (qobject_cast<const QAbstractSpinBox *>(p) || qobject_cast<const QComboBox *>(p)
            || qobject_cast<const QLineEdit *>(p) || qobject_cast<const QTabBar *>(p)) {
            return true;
        }
    }
    return false;
}

QString describe(const QWidget *w)
{
    QStringList chain;
    for (const QWidget *p = w->parentWidget(); p; p = p->parentWidget()) {
        const QString name = p->accessibleName();
        chain.append(QString::fromLatin1(p->metaObject()->className())
                     + (name.isEmpty() ? QString() : QStringLiteral(" \"%1\"").arg(name)));
    }
    return QStringLiteral("%1 \"%2\" in %3")
        .arg(QString::fromLatin1(w->metaObject()->className()), w->objectName(),
             chain.join(QStringLiteral(" < ")));
}

QList<QWidget *> controlsOf(QWidget *window)
{
    QList<QWidget *> controls;
    for (QWidget *w : window->findChildren<QWidget *>()) {
        if (isControl(w) && !isPartOfAControl(w))
            controls.append(w);
    }
    return controls;
}

QStringList unnamedControls(QWidget *window)
{
    QStringList unnamed;
    for (QWidget *w : controlsOf(window)) {
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(w);
        if (!iface || iface->text(QAccessible::Name).trimmed().isEmpty())
            unnamed.append(describe(w));
    }
    return unnamed;
}

} // namespace

void TestAccessibleNames::initTestCase()
{
    AppWindows::isolate();
    QVERIFY2(m_windows.build(), qPrintable(m_windows.error()));
}

void TestAccessibleNames::cleanupTestCase()
{
    QSettings().remove(QStringLiteral("dashboard"));
}

void TestAccessibleNames::everyControlHasAName_data()
{
    m_windows.addRows();
}

void TestAccessibleNames::everyControlHasAName()
{
    QFETCH(QWidget *, window);
    QVERIFY(!controlsOf(window).isEmpty());
    const QStringList unnamed = unnamedControls(window);
    QVERIFY2(unnamed.isEmpty(),
             qPrintable(QStringLiteral("%1 controls without an accessible name:\n  %2")
                            .arg(unnamed.size())
                            .arg(unnamed.join(QStringLiteral("\n  ")))));
}

void TestAccessibleNames::theWalkSeesEveryKindOfControl()
{
    // The walk must reach what the dashboard is made of, or the check above proves little.
    QWidget *dashboard = m_windows.windows().at(1).widget;
    const QList<QWidget *> controls = controlsOf(dashboard);
    const auto count = [&controls](const char *className) {
        return std::count_if(controls.begin(), controls.end(),
                             [className](QWidget *w) { return w->inherits(className); });
    };
    QVERIFY(count("QChartView") >= 2); // a trend per event type, and the breakdown
    QCOMPARE(count("neuroio::ui::MultiSelectButton"), 2);
    QCOMPARE(count("neuroio::ui::MonthRangePicker"), 1);
    QCOMPARE(count("neuroio::ui::PagerBar"), 1);
    QVERIFY(count("QTabBar") >= 1);
    QVERIFY(count("QTableView") >= 4);
    QVERIFY(count("QComboBox") >= 4);
    QVERIFY(count("QAbstractSpinBox") >= 3);
}

void TestAccessibleNames::anUnnamedControlIsFound()
{
    QWidget window;
    auto *named = new QLineEdit(&window);
    named->setAccessibleName(QStringLiteral("Named"));
    auto *unnamed = new QLineEdit(&window);
    unnamed->setObjectName(QStringLiteral("nameless"));
    new QComboBox(&window); // a combo box's own editor and popup are not counted apart
    const QStringList found = unnamedControls(&window);
    QCOMPARE(found.size(), 2);
    QVERIFY2(found.first().startsWith(QStringLiteral("QLineEdit \"nameless\" in QWidget")),
             qPrintable(found.first()));
    QVERIFY(found.last().startsWith(QStringLiteral("QComboBox")));
}

QTEST_MAIN(TestAccessibleNames)
#include "tst_accessiblenames.moc"
