#include "ui/widgets/windowshortcuts.h"

#include <QAction>
#include <QComboBox>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>
#include <QVBoxLayout>

using namespace neuroio::ui;

// A window's shortcuts fire whatever has focus, even a text field that claims the key.
class TestWindowShortcuts final : public QObject
{
    Q_OBJECT

private slots:
    void windowShortcutsBeatTextFields_data();
    void windowShortcutsBeatTextFields();
    void otherKeysStayWithTheField();
    void aFieldThatClaimsTheKeyLosesIt();
};

namespace {

// Claims every key for itself, as a line edit claims Ctrl+E (end of line) under X11's key
// bindings; the offscreen platform of the tests has no such binding, so this stands in.
class GreedyField final : public QLineEdit
{
public:
    using QLineEdit::QLineEdit;

protected:
    bool event(QEvent *event) override
    {
        if (event->type() == QEvent::ShortcutOverride) {
            event->accept();
            return true;
        }
        return QLineEdit::event(event);
    }
};

} // namespace

void TestWindowShortcuts::windowShortcutsBeatTextFields_data()
{
    QTest::addColumn<QKeyCombination>("key");
    QTest::newRow("Ctrl+E, end of line in a field") << QKeyCombination(Qt::CTRL, Qt::Key_E);
    QTest::newRow("Alt+Left") << QKeyCombination(Qt::ALT, Qt::Key_Left);
    QTest::newRow("F5") << QKeyCombination(Qt::Key_F5);
    QTest::newRow("Ctrl+Shift+A, select all in some styles")
        << QKeyCombination(Qt::CTRL | Qt::SHIFT, Qt::Key_A);
}

void TestWindowShortcuts::windowShortcutsBeatTextFields()
{
    QFETCH(QKeyCombination, key);
    QWidget window;
    auto *layout = new QVBoxLayout(&window);
    auto *scope = new QComboBox(&window);
    scope->setEditable(true);
    scope->addItem(QStringLiteral("My usage"));
    layout->addWidget(scope);
    auto *action = new QAction(&window);
    action->setShortcut(QKeySequence(key));
    window.addAction(action);
    auto *shortcuts = new WindowShortcuts(&window);
    shortcuts->add(action);
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    scope->setFocus();
    QTRY_VERIFY(scope->lineEdit()->hasFocus());
    QSignalSpy triggered(action, &QAction::triggered);
    QTest::keyClick(scope->lineEdit(), key.key(), key.keyboardModifiers());
    QCOMPARE(triggered.size(), 1);
    QCOMPARE(scope->currentText(), QStringLiteral("My usage"));
}

void TestWindowShortcuts::otherKeysStayWithTheField()
{
    QWidget window;
    auto *layout = new QVBoxLayout(&window);
    auto *field = new QLineEdit(&window);
    layout->addWidget(field);
    auto *action = new QAction(&window);
    action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    window.addAction(action);
    (new WindowShortcuts(&window))->add(action);
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    field->setFocus();
    QTRY_VERIFY(field->hasFocus());
    QTest::keyClicks(field, QStringLiteral("eE"));
    QCOMPARE(field->text(), QStringLiteral("eE"));
    action->setEnabled(false);
    QSignalSpy triggered(action, &QAction::triggered);
    QTest::keyClick(field, Qt::Key_E, Qt::ControlModifier);
    QCOMPARE(triggered.size(), 0);
}

void TestWindowShortcuts::aFieldThatClaimsTheKeyLosesIt()
{
    for (bool guarded : {false, true}) {
        QWidget window;
        auto *layout = new QVBoxLayout(&window);
        auto *field = new GreedyField(&window);
        layout->addWidget(field);
        auto *action = new QAction(&window);
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
        window.addAction(action);
        if (guarded)
            (new WindowShortcuts(&window))->add(action);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        field->setFocus();
        QTRY_VERIFY(field->hasFocus());
        QSignalSpy triggered(action, &QAction::triggered);
        QTest::keyClick(field, Qt::Key_E, Qt::ControlModifier);
        QCOMPARE(triggered.size(), guarded ? 1 : 0);
    }
}

QTEST_MAIN(TestWindowShortcuts)
#include "tst_windowshortcuts.moc"
