#pragma once

namespace neuroio::app {

// Installs the texts for the chosen language (ui::LanguageMenu) or the system's, with Qt's own
// (its dialogs' buttons), and makes that language the default QLocale, so numbers and months
// follow it too. Needs the application object; call it before any text is made.
void installTranslations();

} // namespace neuroio::app
