#include "ui/language/languagemenu.h"

#include <QAction>
#include <QMenu>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace neuroio::ui;

class TestLanguageMenu final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void aChoiceIsKeptInTheSettings_data();
    void aChoiceIsKeptInTheSettings();
    void aCodeWithoutTextsMeansTheSystemLanguage();
    void eachLanguageIsNamedInItsOwnWords_data();
    void eachLanguageIsNamedInItsOwnWords();
    void theMenuShowsTheChoiceAndKeepsANewOne();
};

void TestLanguageMenu::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestLanguageMenu::init()
{
    QSettings().clear();
}

void TestLanguageMenu::aChoiceIsKeptInTheSettings_data()
{
    QTest::addColumn<QString>("code");
    QTest::newRow("German") << QStringLiteral("de");
    QTest::newRow("Russian") << QStringLiteral("ru");
    QTest::newRow("English") << QStringLiteral("en");
    QTest::newRow("the system's") << QString();
}

void TestLanguageMenu::aChoiceIsKeptInTheSettings()
{
    QFETCH(QString, code);
    LanguageMenu::choose(QStringLiteral("ru"));
    LanguageMenu::choose(code);
    QCOMPARE(LanguageMenu::chosenLanguage(), code);
    QCOMPARE(QSettings().contains(QStringLiteral("interface/language")), !code.isEmpty());
}

void TestLanguageMenu::aCodeWithoutTextsMeansTheSystemLanguage()
{
    QSettings().setValue(QStringLiteral("interface/language"), QStringLiteral("fr"));
    QCOMPARE(LanguageMenu::chosenLanguage(), QString());
}

void TestLanguageMenu::eachLanguageIsNamedInItsOwnWords_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("name");
    QTest::newRow("en") << QStringLiteral("en") << QStringLiteral("English");
    QTest::newRow("de") << QStringLiteral("de") << QStringLiteral("Deutsch");
    QTest::newRow("ru") << QStringLiteral("ru") << QStringLiteral("Русский");
}

void TestLanguageMenu::eachLanguageIsNamedInItsOwnWords()
{
    QFETCH(QString, code);
    QFETCH(QString, name);
    QVERIFY(LanguageMenu::languages().contains(code));
    QCOMPARE(LanguageMenu::nativeName(code), name);
}

void TestLanguageMenu::theMenuShowsTheChoiceAndKeepsANewOne()
{
    LanguageMenu::choose(QStringLiteral("de"));
    QMenu view;
    LanguageMenu language;
    language.addTo(&view);
    QCOMPARE(view.actions().size(), 1);
    QMenu *submenu = view.actions().constFirst()->menu();
    QVERIFY(submenu);
    QList<QAction *> choices;
    for (QAction *action : submenu->actions()) {
        if (!action->isSeparator())
            choices.append(action);
    }
    // The system's language, then each language there are texts for.
    QCOMPARE(choices.size(), 1 + LanguageMenu::languages().size());
    QVERIFY(choices.constFirst()->data().toString().isEmpty());
    for (QAction *action : std::as_const(choices)) {
        QVERIFY(action->isCheckable());
        QCOMPARE(action->isChecked(), action->data().toString() == QLatin1String("de"));
    }

    QSignalSpy said(&language, &LanguageMenu::statusMessage);
    QAction *russian = nullptr;
    for (QAction *action : std::as_const(choices)) {
        if (action->data().toString() == QLatin1String("ru"))
            russian = action;
    }
    QVERIFY(russian);
    russian->trigger();
    QCOMPARE(LanguageMenu::chosenLanguage(), QStringLiteral("ru"));
    QVERIFY(russian->isChecked());
    QCOMPARE(said.size(), 1);
    QVERIFY(said.constFirst().constFirst().toString().contains(QStringLiteral("Русский")));

    choices.constFirst()->trigger(); // the system's language again
    QCOMPARE(LanguageMenu::chosenLanguage(), QString());
    QCOMPARE(said.size(), 2);
}

QTEST_MAIN(TestLanguageMenu)
#include "tst_languagemenu.moc"
