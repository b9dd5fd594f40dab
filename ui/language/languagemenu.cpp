#include "ui/language/languagemenu.h"

#include <QActionGroup>
#include <QLocale>
#include <QMenu>
#include <QSettings>

namespace neuroio::ui {

namespace {

const QString kLanguageKey = QStringLiteral("interface/language");

} // namespace

LanguageMenu::LanguageMenu(QObject *parent)
    : QObject(parent)
{}

QStringList LanguageMenu::languages()
{
    return {QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("ru")};
}

QString LanguageMenu::chosenLanguage()
{
    const QString code = QSettings().value(kLanguageKey).toString();
    // A code from a newer version, or edited by hand, that this one has no texts for.
    return languages().contains(code) ? code : QString();
}

void LanguageMenu::choose(const QString &code)
{
    QSettings settings;
    if (code.isEmpty())
        settings.remove(kLanguageKey);
    else
        settings.setValue(kLanguageKey, code);
}

QString LanguageMenu::nativeName(const QString &code)
{
    // CLDR's own name for "en" is "American English"; the texts are simply English.
    if (code == QLatin1String("en"))
        return QStringLiteral("English");
    QString name = QLocale(code).nativeLanguageName();
    if (!name.isEmpty())
        name[0] = name[0].toUpper(); // CLDR writes "русский" in lower case, as in a sentence
    return name;
}

void LanguageMenu::addTo(QMenu *menu)
{
    QMenu *submenu = menu->addMenu(tr("&Language"));
    auto *group = new QActionGroup(submenu);
    const QString chosen = chosenLanguage();
    const auto add = [this, submenu, group, chosen](const QString &code, const QString &text) {
        QAction *action = submenu->addAction(text);
        action->setCheckable(true);
        action->setChecked(code == chosen);
        action->setData(code);
        group->addAction(action);
        connect(action, &QAction::triggered, this, [this, code, text] {
            if (code == chosenLanguage())
                return;
            choose(code);
            emit statusMessage(
                tr("%1 takes effect the next time NeuroIO Billing starts.").arg(text), 15000);
        });
    };
    add(QString(), tr("System language (%1)").arg(nativeName(QLocale::system().name())));
    submenu->addSeparator();
    for (const QString &code : languages())
        add(code, nativeName(code));
}

} // namespace neuroio::ui
