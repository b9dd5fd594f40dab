#include "app/translationloader.h"

#include "ui/language/languagemenu.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <memory>
#include <optional>

namespace neuroio::app {

namespace {

// The first of the person's UI languages (LANGUAGE=de:en, say) that has texts, installed; none
// when English, the language of the sources, comes first.
std::optional<QLocale> installOurTexts(const QLocale &locale)
{
    for (const QString &name : locale.uiLanguages()) {
        const QLocale wanted(name);
        if (wanted.language() == QLocale::English || wanted.language() == QLocale::C)
            return std::nullopt;
        auto translator = std::make_unique<QTranslator>(QCoreApplication::instance());
        if (translator->load(wanted, QStringLiteral("neuroio-billing"), QStringLiteral("_"),
                             QStringLiteral(":/i18n"))) {
            QCoreApplication::installTranslator(translator.release());
            return wanted;
        }
    }
    return std::nullopt;
}

} // namespace

void installTranslations()
{
    Q_ASSERT_X(QCoreApplication::instance(), "installTranslations", "needs the application");
    const QString chosen = ui::LanguageMenu::chosenLanguage();
    const QLocale locale = chosen.isEmpty() ? QLocale::system() : QLocale(chosen);
    if (!chosen.isEmpty())
        QLocale::setDefault(locale);
    const std::optional<QLocale> texts = installOurTexts(locale);
    if (!texts)
        return;
    // Qt's own texts (Cancel, the file dialog): Debian's qt6-translations-l10n, when installed.
    auto qt = std::make_unique<QTranslator>(QCoreApplication::instance());
    if (qt->load(*texts, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt.release());
}

} // namespace neuroio::app
