#include "tests/appwindows.h"
#include "ui/language/languagemenu.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAction>
#include <QBarCategoryAxis>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QSpinBox>
#include <QTabBar>
#include <QTest>
#include <QTextDocumentFragment>
#include <QToolBar>
#include <QTranslator>

using namespace neuroio;
using namespace neuroio::testing;

namespace {

const QChar kOpen(0x27E6);  // ⟦
const QChar kClose(0x27E7); // ⟧

// Every translation wraps its source in ⟦ ⟧, for every context, Qt's own included: a text on
// screen with letters outside the marks did not pass through tr().
class PseudoTranslator final : public QTranslator
{
public:
    bool isEmpty() const override { return false; }

    QString translate(const char *context, const char *sourceText, const char *disambiguation,
                      int n) const override
    {
        Q_UNUSED(context)
        Q_UNUSED(disambiguation)
        Q_UNUSED(n) // QCoreApplication::translate puts the number in for %n afterwards
        if (!sourceText || !*sourceText)
            return QString();
        return kOpen + QString::fromUtf8(sourceText) + kClose;
    }
};

struct Shown
{
    QString where;
    QString text;
};

QString describe(const QObject *o, const QString &what)
{
    return QStringLiteral("%1 of %2 \"%3\"")
        .arg(what, QString::fromLatin1(o->metaObject()->className()), o->objectName());
}

QString plain(const QString &text)
{
    return Qt::mightBeRichText(text) ? QTextDocumentFragment::fromHtml(text).toPlainText() : text;
}

// The texts a person reads in a window: titles, labels, buttons, tabs, menus and their
// actions, placeholders, tooltips, combo box items, table headers, charts' titles and axes,
// and what a screen reader says (accessible names and descriptions).
QList<Shown> shownTexts(QWidget *window)
{
    QList<Shown> shown;
    const auto add = [&shown](const QObject *o, const QString &what, const QString &text) {
        if (!text.isEmpty())
            shown.append({describe(o, what), plain(text)});
    };
    QList<QWidget *> widgets = window->findChildren<QWidget *>();
    widgets.prepend(window);
    for (QWidget *w : std::as_const(widgets)) {
        add(w, QStringLiteral("tooltip"), w->toolTip());
        add(w, QStringLiteral("accessible name"), w->accessibleName());
        add(w, QStringLiteral("accessible description"), w->accessibleDescription());
        if (w->isWindow() || qobject_cast<QToolBar *>(w))
            add(w, QStringLiteral("title"), w->windowTitle());
        if (auto *label = qobject_cast<QLabel *>(w))
            add(w, QStringLiteral("text"), label->text());
        if (auto *button = qobject_cast<QAbstractButton *>(w))
            add(w, QStringLiteral("text"), button->text());
        if (auto *group = qobject_cast<QGroupBox *>(w))
            add(w, QStringLiteral("title"), group->title());
        if (auto *menu = qobject_cast<QMenu *>(w))
            add(w, QStringLiteral("title"), menu->title());
        if (auto *edit = qobject_cast<QLineEdit *>(w))
            add(w, QStringLiteral("placeholder"), edit->placeholderText());
        if (auto *spin = qobject_cast<QAbstractSpinBox *>(w))
            add(w, QStringLiteral("special value"), spin->specialValueText());
        if (auto *spin = qobject_cast<QSpinBox *>(w)) {
            add(w, QStringLiteral("prefix"), spin->prefix());
            add(w, QStringLiteral("suffix"), spin->suffix());
        }
        if (auto *tabs = qobject_cast<QTabBar *>(w)) {
            for (int i = 0; i < tabs->count(); ++i) {
                add(w, QStringLiteral("tab"), tabs->tabText(i));
                add(w, QStringLiteral("tab tooltip"), tabs->tabToolTip(i));
            }
        }
        if (auto *box = qobject_cast<QComboBox *>(w)) {
            for (int i = 0; i < box->count(); ++i)
                add(w, QStringLiteral("item"), box->itemText(i));
        }
        if (auto *view = qobject_cast<QAbstractItemView *>(w); view && view->model()) {
            for (int c = 0; c < view->model()->columnCount(); ++c) {
                add(w, QStringLiteral("header"),
                    view->model()->headerData(c, Qt::Horizontal).toString());
                add(w, QStringLiteral("header tooltip"),
                    view->model()->headerData(c, Qt::Horizontal, Qt::ToolTipRole).toString());
            }
        }
        if (auto *chart = qobject_cast<QChartView *>(w); chart && chart->chart()) {
            add(w, QStringLiteral("chart title"), chart->chart()->title());
            for (QAbstractAxis *axis : chart->chart()->axes()) {
                add(w, QStringLiteral("axis title"), axis->titleText());
                if (auto *months = qobject_cast<QCategoryAxis *>(axis)) {
                    for (const QString &label : months->categoriesLabels())
                        add(w, QStringLiteral("axis label"), label);
                }
                if (auto *names = qobject_cast<QBarCategoryAxis *>(axis)) {
                    for (const QString &label : names->categories())
                        add(w, QStringLiteral("bar label"), label);
                }
            }
        }
    }
    for (QAction *action : window->findChildren<QAction *>()) {
        add(action, QStringLiteral("action"), action->text());
        if (action->toolTip() != QString(action->text()).remove(QLatin1Char('&')))
            add(action, QStringLiteral("action tooltip"), action->toolTip());
    }
    return shown;
}

// The pieces of text outside every ⟦ ⟧: what reached the screen without a translation.
QStringList untranslatedPieces(const QString &text)
{
    QStringList pieces;
    QString piece;
    int depth = 0;
    for (QChar c : text) {
        if (c == kOpen) {
            ++depth;
        } else if (c == kClose) {
            depth = std::max(0, depth - 1);
        } else if (depth == 0) {
            piece.append(c);
            continue;
        }
        pieces.append(piece);
        piece.clear();
    }
    pieces.append(piece);
    QStringList withLetters;
    for (const QString &p : std::as_const(pieces)) {
        const QString trimmed = p.trimmed();
        if (std::any_of(trimmed.begin(), trimmed.end(), [](QChar c) { return c.isLetter(); }))
            withLetters.append(trimmed);
    }
    return withLetters;
}

} // namespace

// No text a person reads bypasses translation. Under a pseudo-locale that marks every
// translated text, every window and dialog is built with the local server's data; a text
// with letters outside the marks fails the test, unless it is exactly a piece of that data
// (a space's or an account's name, the connection's name) or a month the locale names.
class TestVisibleTexts final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void everyTextIsTranslated_data();
    void everyTextIsTranslated();
    void anUntranslatedTextIsFound();

private:
    QStringList untranslated(QWidget *window) const;
    bool isData(const QString &piece) const;

    PseudoTranslator m_translator;
    AppWindows m_windows;
    QSet<QString> m_data;
    QSet<QString> m_monthNames;
};

void TestVisibleTexts::initTestCase()
{
    // Before any window exists: a text set in a constructor is translated once, there.
    QVERIFY(QCoreApplication::installTranslator(&m_translator));
    AppWindows::isolate();
    QVERIFY2(m_windows.build(), qPrintable(m_windows.error()));

    // The data the windows were given, which shows as it came.
    const mock::MockDataset &dataset = m_windows.server().api().dataset();
    QList<const mock::MockScope *> scopes = dataset.managedScopes();
    scopes.prepend(&dataset.managerScope());
    for (const mock::MockScope *scope : std::as_const(scopes)) {
        m_data.insert(scope->accountName);
        for (const Space &space : scope->spaces)
            m_data.insert(space.name);
    }
    m_data.insert(AppWindows::connectionName());
    // View > Language names each language in its own words, so that anyone finds theirs.
    for (const QString &code : ui::LanguageMenu::languages())
        m_data.insert(ui::LanguageMenu::nativeName(code));
    const QLocale locale;
    for (int month = 1; month <= 12; ++month)
        m_monthNames.insert(locale.monthName(month, QLocale::ShortFormat));
}

void TestVisibleTexts::cleanupTestCase()
{
    QCoreApplication::removeTranslator(&m_translator);
    QSettings().remove(QStringLiteral("dashboard"));
}

bool TestVisibleTexts::isData(const QString &piece) const
{
    if (m_data.contains(piece))
        return true;
    // A long space name on a bar is cut short with an ellipsis.
    if (piece.endsWith(QChar(0x2026))) {
        const QString start = piece.chopped(1);
        if (std::any_of(m_data.begin(), m_data.end(),
                        [&start](const QString &d) { return d.startsWith(start); }))
            return true;
    }
    // A month on an axis, as the locale writes it: "Nov 2025", "Nov".
    const QStringList words = piece.simplified().split(QLatin1Char(' '));
    return words.size() <= 2 && m_monthNames.contains(words.value(0))
           && (words.size() == 1 || words[1].toInt() > 0);
}

QStringList TestVisibleTexts::untranslated(QWidget *window) const
{
    QStringList found;
    for (const Shown &shown : shownTexts(window)) {
        for (const QString &piece : untranslatedPieces(shown.text)) {
            if (!isData(piece))
                found.append(
                    QStringLiteral("%1: \"%2\" (\"%3\")").arg(shown.where, shown.text, piece));
        }
    }
    found.removeDuplicates();
    return found;
}

void TestVisibleTexts::everyTextIsTranslated_data()
{
    m_windows.addRows();
}

void TestVisibleTexts::everyTextIsTranslated()
{
    QFETCH(QWidget *, window);
    const QList<Shown> shown = shownTexts(window);
    // The pseudo-locale is in force: the window's title is marked.
    QVERIFY(window->windowTitle().startsWith(kOpen));
    QVERIFY(shown.size() > 5);
    const QStringList found = untranslated(window);
    QVERIFY2(found.isEmpty(), qPrintable(QStringLiteral("%1 texts bypass translation:\n  %2")
                                             .arg(found.size())
                                             .arg(found.join(QStringLiteral("\n  ")))));
}

void TestVisibleTexts::anUntranslatedTextIsFound()
{
    QWidget window;
    window.setWindowTitle(tr("Window"));
    auto *joined = new QLabel(tr("Rows") + QStringLiteral(" shown"), &window);
    joined->setObjectName(QStringLiteral("joined"));
    auto *tip = new QLabel(&window);
    tip->setToolTip(QStringLiteral("Plain tooltip"));
    new QLabel(tr("Space %1").arg(*m_data.begin()), &window); // data inside a translation
    new QLabel(*m_data.begin(), &window);                     // data on its own
    new QLabel(QStringLiteral("Nov 2025"), &window);          // a month as the locale writes it
    new QLabel(QStringLiteral("1,234 · 2026-10"), &window);   // no letters at all
    const QStringList found = untranslated(&window);
    QCOMPARE(found.size(), 2);
    QVERIFY2(found[0].contains(QStringLiteral("(\"shown\")")), qPrintable(found[0]));
    QVERIFY2(found[1].contains(QStringLiteral("tooltip of QLabel")), qPrintable(found[1]));
}

QTEST_MAIN(TestVisibleTexts)
#include "tst_visibletexts.moc"
