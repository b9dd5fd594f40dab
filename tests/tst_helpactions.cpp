#include "core/api/session.h"
#include "ui/help/helpactions.h"
#include "ui/help/shortcutsdialog.h"
#include "ui/mainwindow.h"

#include <QAction>
#include <QMenu>
#include <QMenuBar>
#include <QStandardPaths>
#include <QTest>
#include <QWidget>

using namespace neuroio::ui;

class TestHelpActions final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void shortcutsAreReadFromTheWindow();
    void theDialogListsEveryShortcutOfTheWindow();
    void anActionAddedLaterIsListed();
    void helpMenuOpensTheList();
    void everyActionHasAShortcutOrAMenuEntry();
    void aboutSaysVersionQtLicenceAndDocs();
};

void TestHelpActions::shortcutsAreReadFromTheWindow()
{
    QWidget window;
    auto *exportAction = new QAction(QStringLiteral("Export &usage…"), &window);
    exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    auto *back = new QAction(QStringLiteral("&Back"), &window);
    back->setShortcuts({QKeySequence(Qt::ALT | Qt::Key_Left), QKeySequence(Qt::Key_Back)});
    new QAction(QStringLiteral("No keys"), &window);
    HelpActions help(&window);
    QMenu menu;
    help.addTo(&menu);
    const auto list = help.shortcuts();
    QVERIFY(list.contains(qMakePair(QStringLiteral("Export usage…"), QStringLiteral("Ctrl+E"))));
    QVERIFY(list.contains(qMakePair(QStringLiteral("Back"), QStringLiteral("Alt+Left or Back"))));
    for (const auto &entry : list)
        QVERIFY2(entry.first != QLatin1String("No keys"), "an action without keys is not listed");
}

void TestHelpActions::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/neuroio-test-bus");
}

namespace {

QStringList keysOf(const QAction *action)
{
    QStringList keys;
    for (const QKeySequence &key : action->shortcuts())
        keys.append(key.toString(QKeySequence::NativeText));
    return keys;
}

// The menus a person opens from the menu bar, and theirs, all the way down.
QList<QAction *> menuEntries(const QList<QAction *> &actions)
{
    QList<QAction *> entries;
    for (QAction *action : actions) {
        entries.append(action);
        if (action->menu())
            entries += menuEntries(action->menu()->actions());
    }
    return entries;
}

// A context menu the keyboard opens: its widget, or a part of it, takes the focus by Tab.
bool inKeyboardContextMenu(const QAction *action)
{
    for (const QObject *o : action->associatedObjects()) {
        const auto *widget = qobject_cast<const QWidget *>(o);
        if (!widget || qobject_cast<const QMenu *>(widget)
            || widget->contextMenuPolicy() != Qt::ActionsContextMenu)
            continue;
        QList<QWidget *> parts = widget->findChildren<QWidget *>();
        parts.append(const_cast<QWidget *>(widget));
        for (const QWidget *part : std::as_const(parts)) {
            if (part->focusPolicy() & Qt::TabFocus)
                return true;
        }
    }
    return false;
}

} // namespace

void TestHelpActions::theDialogListsEveryShortcutOfTheWindow()
{
    neuroio::Session session;
    MainWindow window(&session);
    const auto listed = ShortcutsDialog(window.findChild<HelpActions *>()->shortcuts()).rows();
    int withKeys = 0;
    for (const QAction *action : window.findChildren<QAction *>()) {
        if (action->shortcuts().isEmpty() || action->text().isEmpty())
            continue;
        ++withKeys;
        const QString name = QString(action->text()).remove(QLatin1Char('&'));
        const QString keys = keysOf(action).join(QStringLiteral(" or "));
        QVERIFY2(listed.contains(qMakePair(name, keys)),
                 qPrintable(name + QLatin1Char(' ') + keys));
    }
    QVERIFY(withKeys >= 6); // export, refresh, back, pages, overview, the list itself
    QVERIFY(listed.contains(
        qMakePair(QStringLiteral("Export usage…"),
                  QKeySequence(Qt::CTRL | Qt::Key_E).toString(QKeySequence::NativeText))));
}

void TestHelpActions::anActionAddedLaterIsListed()
{
    neuroio::Session session;
    MainWindow window(&session);
    auto *help = window.findChild<HelpActions *>();
    auto *later = new QAction(QStringLiteral("Compare &months"), &window);
    later->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M));
    QVERIFY(ShortcutsDialog(help->shortcuts())
                .rows()
                .contains(qMakePair(QStringLiteral("Compare months"),
                                    QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M)
                                        .toString(QKeySequence::NativeText))));
}

void TestHelpActions::helpMenuOpensTheList()
{
    neuroio::Session session;
    MainWindow window(&session);
    QMenu *helpMenu = nullptr;
    for (QAction *entry : window.menuBar()->actions()) {
        if (entry->menu() && entry->text() == QLatin1String("&Help"))
            helpMenu = entry->menu();
    }
    QVERIFY(helpMenu);
    QAction *keys = nullptr;
    for (QAction *entry : helpMenu->actions()) {
        if (entry->text() == QLatin1String("&Keyboard Shortcuts"))
            keys = entry;
    }
    QVERIFY(keys);
    QVERIFY(!keys->shortcuts().isEmpty());
}

void TestHelpActions::everyActionHasAShortcutOrAMenuEntry()
{
    neuroio::Session session;
    MainWindow window(&session);
    const QList<QAction *> entries = menuEntries(window.menuBar()->actions());
    QStringList unreachable;
    for (QAction *action : window.findChildren<QAction *>()) {
        if (action->isSeparator() || action->text().isEmpty() || action->menu())
            continue;
        if (!action->shortcuts().isEmpty() || entries.contains(action)
            || inKeyboardContextMenu(action))
            continue;
        QStringList owners;
        for (const QObject *o : action->associatedObjects())
            owners.append(QString::fromLatin1(o->metaObject()->className()));
        unreachable.append(QStringLiteral("%1 (on %2)").arg(action->text(), owners.join(u',')));
    }
    QVERIFY2(unreachable.isEmpty(), qPrintable(unreachable.join(QStringLiteral("; "))));
}

void TestHelpActions::aboutSaysVersionQtLicenceAndDocs()
{
    const QString text = HelpActions::aboutText();
    QVERIFY(text.contains(QStringLiteral("NeuroIO Billing " NEUROIO_VERSION)));
    QVERIFY(text.contains(QString::fromLatin1(qVersion())));
    QVERIFY(text.contains(QStringLiteral("Licence: MIT")));
    QVERIFY(text.contains(QStringLiteral("README.md")));
}

QTEST_MAIN(TestHelpActions)
#include "tst_helpactions.moc"
