#include "ui/help/helpactions.h"

#include <QAction>
#include <QMenu>
#include <QTest>
#include <QWidget>

using namespace neuroio::ui;

class TestHelpActions final : public QObject
{
    Q_OBJECT

private slots:
    void shortcutsAreReadFromTheWindow();
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
