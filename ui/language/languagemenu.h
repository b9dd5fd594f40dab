#pragma once

#include <QObject>
#include <QString>
#include <QStringList>

class QMenu;

namespace neuroio::ui {

// The language of the program's texts and of its numbers and months: the system's, or one
// the person chose in View > Language. Kept in the settings (interface/language), so the
// command line speaks the same language as the window. The texts are loaded when the program
// starts, so a new choice shows at the next start, and the menu says so.
class LanguageMenu final : public QObject
{
    Q_OBJECT

public:
    explicit LanguageMenu(QObject *parent = nullptr);

    // The languages the program has texts for, as codes: "en", "de", "ru".
    static QStringList languages();
    // The chosen code, or empty for the system's language.
    static QString chosenLanguage();
    static void choose(const QString &code);
    // "Deutsch", "Русский": each language in its own words, so anyone finds their own.
    static QString nativeName(const QString &code);

    void addTo(QMenu *menu);

signals:
    void statusMessage(const QString &text, int timeoutMs);
};

} // namespace neuroio::ui
