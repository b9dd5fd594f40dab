#include "app/translationloader.h"

#include "ui/language/languagemenu.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace neuroio::app {

void installTranslations()
{
    QCoreApplication *app = QCoreApplication::instance();
    Q_ASSERT_X(app, "installTranslations", "needs the application object");
    const QString chosen = ui::LanguageMenu::chosenLanguage();
    const QLocale locale = chosen.isEmpty() ? QLocale::system() : QLocale(chosen);
    if (!chosen.isEmpty())
        QLocale::setDefault(locale);
    // The person's UI languages in their order (LANGUAGE=de:en, say): the first with texts
    // wins, and English, the language of the sources, needs none.
    QLocale texts = QLocale::c();
    for (const QString &name : locale.uiLanguages()) {
        const QLocale wanted(name);
        if (wanted.language() == QLocale::English || wanted.language() == QLocale::C)
            return;
        auto *ours = new QTranslator(app);
        if (ours->load(wanted, QStringLiteral("neuroio-billing"), QStringLiteral("_"),
                       QStringLiteral(":/i18n"))) {
            QCoreApplication::installTranslator(ours);
            texts = wanted;
            break;
        }
        delete ours;
    }
    if (texts == QLocale::c())
        return;
    // Qt's own texts (Cancel, the file dialog): Debian's qt6-translations-l10n, when installed.
    auto *qt = new QTranslator(app);
    if (qt->load(texts, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
}

} // namespace neuroio::app
