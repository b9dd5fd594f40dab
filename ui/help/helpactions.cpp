#include "ui/help/helpactions.h"

#include "ui/help/shortcutsdialog.h"

#include <QAction>
#include <QApplication>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>
#include <QUrl>

#include <algorithm>

namespace neuroio::ui {

HelpActions::HelpActions(QWidget *window)
    : QObject(window)
    , m_window(window)
{}

void HelpActions::addTo(QMenu *menu)
{
    QAction *keys = menu->addAction(tr("&Keyboard Shortcuts"), this, &HelpActions::showShortcuts);
    keys->setShortcut(QKeySequence::HelpContents);
    menu->addSeparator();
    QAction *about = menu->addAction(tr("&About NeuroIO Billing"), this, &HelpActions::showAbout);
    about->setMenuRole(QAction::AboutRole);
    QAction *aboutQt = menu->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
    aboutQt->setMenuRole(QAction::AboutQtRole);
}

QList<QPair<QString, QString>> HelpActions::shortcuts() const
{
    QList<QPair<QString, QString>> list;
    const QList<QAction *> actions = m_window->findChildren<QAction *>();
    for (const QAction *action : actions) {
        if (action->shortcuts().isEmpty() || action->text().isEmpty())
            continue;
        QStringList keys;
        for (const QKeySequence &key : action->shortcuts())
            keys.append(key.toString(QKeySequence::NativeText));
        QString name = action->text();
        name.remove(QLatin1Char('&'));
        const QPair<QString, QString> entry{name, keys.join(tr(" or ", "between two shortcuts"))};
        if (!list.contains(entry))
            list.append(entry);
    }
    std::sort(list.begin(), list.end(),
              [](const auto &a, const auto &b) { return a.first.localeAwareCompare(b.first) < 0; });
    return list;
}

QString HelpActions::documentationUrl()
{
    // Installed (the Debian package puts the README in /usr/share/doc/neuroio-billing), that
    // copy; run from a build, the README of the source tree it was built from.
    const QFileInfo installed(QCoreApplication::applicationDirPath()
                              + QStringLiteral("/../share/doc/neuroio-billing/README.md"));
    if (installed.exists())
        return QUrl::fromLocalFile(installed.canonicalFilePath()).toString();
    return QStringLiteral(NEUROIO_DOCS_URL);
}

QString HelpActions::aboutText()
{
    return tr("<h3>NeuroIO Billing %1</h3>"
              "<p>See, chart and export your NeuroIO platform usage.</p>"
              "<p>Running on Qt %2 (built with Qt %3).</p>"
              "<p>Licence: MIT. Qt is used under the GNU LGPL version 3.</p>"
              "<p>Documentation: <a href=\"%4\">%4</a></p>")
        .arg(QStringLiteral(NEUROIO_VERSION), QString::fromLatin1(qVersion()),
             QStringLiteral(QT_VERSION_STR), documentationUrl());
}

void HelpActions::showShortcuts()
{
    ShortcutsDialog dialog(shortcuts(), m_window);
    dialog.exec();
}

void HelpActions::showAbout()
{
    QMessageBox box(m_window);
    box.setWindowTitle(tr("About NeuroIO Billing"));
    box.setTextFormat(Qt::RichText);
    box.setText(aboutText());
    box.setIconPixmap(QApplication::windowIcon().pixmap(64, 64));
    box.exec();
}

} // namespace neuroio::ui
