#include "core/api/eventtype.h"
#include "core/api/numbertext.h"
#include "core/api/session.h"
#include "tests/mockdata.h"
#include "tests/readmeprices.h"
#include "ui/accounts/accountsoverviewmodel.h"
#include "ui/accounts/accountsoverviewpage.h"
#include "ui/dashboard/dashboardcontroller.h"
#include "ui/dashboard/dashboardpage.h"
#include "ui/dashboard/filterbar.h"
#include "ui/dashboard/filterhistory.h"
#include "ui/dashboard/totalstiles.h"
#include "ui/mainwindow.h"
#include "ui/session/sessioncontroller.h"
#include "ui/views/viewactions.h"
#include "ui/widgets/modelroles.h"
#include "ui/widgets/monthrangepicker.h"
#include "ui/widgets/multiselectbutton.h"
#include "ui/widgets/statusbanner.h"

#include <QAbstractSpinBox>
#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QJsonDocument>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace neuroio;
using namespace neuroio::mock;
using namespace neuroio::testing;
using namespace neuroio::ui;
using State = DashboardController::State;
using Panel = DashboardController::Panel;

// How the parts are put together: a session opens a dashboard, the filter bar drives the
// controller, the keys, the pages and the accounts overview lead where they should, and the
// first dashboard starts from the right filters. Each part has its own tests.
class TestMainWindow final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void aSessionOpensTheDashboard();
    void filterBarDrivesThePanels();
    void pageKeysMoveTheTable();
    void aPickedAccountShowsItsUsage();
    void accountTokenHasNoManagedAccounts();
    void refusedTokenShowsTheBannerAndItsWayOut();
    void firstRunOffersDemoAndConnect();
    void everyControlHasAnAccessibleName();
    void accountsOverviewOpensAnAccount();
    void accountsOverviewMarksAFailingAccount();
    void accountsOverviewEstimatesCosts();
    void viewOpensAtStart();
    void aSavedViewOpensAsADashboard();
    void rememberedFiltersComeBack();
    void startViewWinsOverRememberedFilters();
    void demoNeitherRestoresNorRemembers();
    void realSessionKeepsItsFiltersThroughADemo();
    void accountAtStartLoadsAtOnceAndStaysNamed();
    void shortcutsWorkFromTheScopeBox();
    void drillDownToASpaceAndBack();

private:
    std::unique_ptr<MainWindow> makeWindow();
    void waitSettled(MainWindow *window = nullptr);
    MultiSelectButton *button(MainWindow *window, const QString &name) const;
    QComboBox *scopeBox(MainWindow *window = nullptr) const;
    QMap<int, QString> tiles(MainWindow *window = nullptr) const;
    static void rememberFilters(const MonthRange &range, int pageSize);
    static QByteArray rememberedFilters();

    std::unique_ptr<MockHttpServer> m_server;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<MainWindow> m_window;
    std::list<std::unique_ptr<Session>> m_extraSessions;
};

void TestMainWindow::initTestCase()
{
    // Settings and saved views go to a test folder, never the user's own; and with no D-Bus
    // the keychain is absent, so tokens stay in memory.
    QStandardPaths::setTestModeEnabled(true);
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/neuroio-test-bus");
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    m_server = std::make_unique<MockHttpServer>(mockOptions());
    QVERIFY(m_server->start().isOk());
    QSettings().remove(QStringLiteral("dashboard"));
}

std::unique_ptr<MainWindow> TestMainWindow::makeWindow()
{
    m_extraSessions.push_back(std::make_unique<Session>());
    auto window = std::make_unique<MainWindow>(m_extraSessions.back().get());
    window->setCurrentMonth(Month(2026, 11));
    return window;
}

void TestMainWindow::init()
{
    m_session = std::make_unique<Session>();
    m_window = std::make_unique<MainWindow>(m_session.get());
    m_window->setCurrentMonth(Month(2026, 11));
    m_window->show();
    m_window->connectTo(m_server->url(), m_server->options().managerToken, QStringLiteral("test"));
    waitSettled();
}

void TestMainWindow::cleanup()
{
    m_window.reset();
    m_session.reset();
    m_extraSessions.clear();
    QSettings().remove(QStringLiteral("dashboard")); // each test starts from the defaults
}

void TestMainWindow::waitSettled(MainWindow *window)
{
    MainWindow *w = window ? window : m_window.get();
    QTRY_VERIFY_WITH_TIMEOUT(w->controller()->isSettled(), 15000);
}

MultiSelectButton *TestMainWindow::button(MainWindow *window, const QString &name) const
{
    for (MultiSelectButton *b : window->findChildren<MultiSelectButton *>()) {
        if (b->accessibleName() == name)
            return b;
    }
    return nullptr;
}

QComboBox *TestMainWindow::scopeBox(MainWindow *window) const
{
    return (window ? window : m_window.get())->filterBar()->findChild<QComboBox *>();
}

QMap<int, QString> TestMainWindow::tiles(MainWindow *window) const
{
    // The total endpoint's figure: the large number of a flow, the unit-months of a level.
    QMap<int, QString> totals;
    const auto shown = (window ? window : m_window.get())->findChild<TotalsTiles *>()->shownText();
    for (auto it = shown.begin(); it != shown.end(); ++it) {
        totals.insert(it.key(),
                      isLevelEventType(it.key()) ? it->value(2).section(u' ', 0, 0) : it->value(0));
    }
    return totals;
}

void TestMainWindow::rememberFilters(const MonthRange &range, int pageSize)
{
    SavedView last;
    last.name = QStringLiteral("last");
    last.preset = MonthRange::Preset::Custom;
    last.fixedRange = range;
    last.eventTypes = {2};
    QSettings settings;
    settings.setValue(QStringLiteral("dashboard/lastFilters"),
                      QJsonDocument(last.toJson()).toJson(QJsonDocument::Compact));
    settings.setValue(QStringLiteral("dashboard/pageSize"), pageSize);
}

QByteArray TestMainWindow::rememberedFilters()
{
    return QSettings().value(QStringLiteral("dashboard/lastFilters")).toByteArray();
}

void TestMainWindow::aSessionOpensTheDashboard()
{
    QVERIFY(m_window->isShowingDashboard());
    QCOMPARE(m_window->controller()->filters().range,
             MonthRange(lastTwelveMonths().from, lastTwelveMonths().to));
    const MockScope &scope = m_server->api().dataset().managerScope();
    QCOMPARE(tiles().value(1), localeNumber(double(sum(scope, lastTwelveMonths(), 1))));
    QTRY_COMPARE(m_window->sessionController()->signedInText(),
                 QStringLiteral("Signed in as demo-manager (manager)"));
    QTRY_COMPARE(scopeBox()->count(), 4); // the accounts reached the filter bar
    QVERIFY(m_window->windowTitle().endsWith(QStringLiteral("test")));
}

void TestMainWindow::filterBarDrivesThePanels()
{
    const MockScope &scope = m_server->api().dataset().managerScope();
    const Filter f{
        Month(2026, 1), Month(2026, 6), {scope.spaces[0].id, scope.spaces[3].id}, {1, 4}};
    m_window->filterBar()->findChild<MonthRangePicker *>()->setRange(MonthRange(f.from, f.to));
    waitSettled();
    MultiSelectButton *spaces = button(m_window.get(), QStringLiteral("Spaces"));
    QTRY_COMPARE(spaces->model()->rowCount(), 6); // the spaces reached the filter bar
    spaces->setSelectedIds(f.spaces);
    waitSettled();
    button(m_window.get(), QStringLiteral("Event types"))->setSelectedIds({1, 4});
    waitSettled();
    QCOMPARE(spaces->text(), QStringLiteral("2 of 6 spaces"));

    const DashboardFilters &applied = m_window->controller()->filters();
    QCOMPARE(applied.range, MonthRange(f.from, f.to));
    QCOMPARE(applied.spaceIds, f.spaces);
    QCOMPARE(applied.eventTypes, (QList<int>{1, 4}));
    QCOMPARE(m_window->controller()->totalRows(), qint64(rows(scope, f).size()));
    QCOMPARE(tiles().keys(), (QList<int>{1, 4}));
    QCOMPARE(tiles().value(4), localeNumber(double(sum(scope, f, 4))));
}

void TestMainWindow::pageKeysMoveTheTable()
{
    m_window->controller()->setPageSize(20);
    waitSettled();
    QTest::keyClick(m_window.get(), Qt::Key_PageDown, Qt::ControlModifier);
    waitSettled();
    QCOMPARE(m_window->controller()->pageIndex(), 1);
    QTest::keyClick(m_window.get(), Qt::Key_PageUp, Qt::ControlModifier);
    waitSettled();
    QCOMPARE(m_window->controller()->pageIndex(), 0);
}

void TestMainWindow::aPickedAccountShowsItsUsage()
{
    QTRY_COMPARE(scopeBox()->count(), 4);
    const MockScope *account = m_server->api().dataset().managedScopes().at(1);
    m_window->filterBar()->selectScope(account->accountId);
    waitSettled();
    QCOMPARE(m_window->controller()->filters().accountId,
             std::optional<qint64>(account->accountId));
    QCOMPARE(tiles().value(1), localeNumber(double(sum(*account, lastTwelveMonths(), 1))));
    // Its spaces, from its usage, reach the filter bar, which counts without a total.
    MultiSelectButton *spaces = button(m_window.get(), QStringLiteral("Spaces"));
    QTRY_COMPARE(spaces->model()->rowCount(), int(account->spaces.size()));
    spaces->setSelectedIds({account->spaces[2].id});
    waitSettled();
    QCOMPARE(spaces->text(), QStringLiteral("Selected spaces: 1"));
    const Filter one{lastTwelveMonths().from, lastTwelveMonths().to, {account->spaces[2].id}, {}};
    QCOMPARE(tiles().value(1), localeNumber(double(sum(*account, one, 1))));
}

void TestMainWindow::accountTokenHasNoManagedAccounts()
{
    m_window->connectTo(m_server->url(), m_server->options().token, QStringLiteral("account"));
    waitSettled();
    QTRY_VERIFY(!scopeBox()->isEnabled()); // whoami and the 403 reached the filter bar
    QCOMPARE(scopeBox()->count(), 1);
    QVERIFY(!m_window->dashboardPage()->banner()->isVisible()); // not a failure of the user's
    // Its own usage is the first managed account's.
    const MockScope *own = m_server->api().dataset().managedScopes().first();
    QCOMPARE(tiles().value(1), localeNumber(double(sum(*own, lastTwelveMonths(), 1))));
}

void TestMainWindow::refusedTokenShowsTheBannerAndItsWayOut()
{
    m_window->connectTo(m_server->url(), QStringLiteral("expired-token"), QStringLiteral("test"));
    waitSettled();
    StatusBanner *banner = m_window->dashboardPage()->banner();
    QVERIFY(banner->isVisible());
    QVERIFY(banner->isTokenProblem());
    QCOMPARE(m_window->sessionController()->signedInText(), QStringLiteral("Not signed in"));
    // The status bar and the toolbar agree: connected to the server, the token refused.
    const auto label = [this](const QString &name) {
        for (QLabel *l : m_window->findChildren<QLabel *>()) {
            if (l->accessibleName() == name)
                return l->text();
        }
        return QString();
    };
    QCOMPARE(label(QStringLiteral("Signed in as")), QStringLiteral("Token refused"));
    QCOMPARE(label(QStringLiteral("Connection")),
             QStringLiteral("Connected to test · the server refused the token"));
    // "Enter another token" opens the Connect dialog.
    emit banner->changeTokenRequested();
    QTRY_VERIFY(m_window->findChild<QDialog *>());
    m_window->findChild<QDialog *>()->reject();
    // A good token: the banner goes.
    m_window->connectTo(m_server->url(), m_server->options().managerToken, QStringLiteral("test"));
    waitSettled();
    QVERIFY(!banner->isVisible());
    QCOMPARE(label(QStringLiteral("Connection")), QStringLiteral("Connected to test"));
    QVERIFY(label(QStringLiteral("Signed in as")).startsWith(QStringLiteral("Signed in as")));
}

void TestMainWindow::firstRunOffersDemoAndConnect()
{
    const auto window = makeWindow();
    window->show();
    QVERIFY(!window->isShowingDashboard());
    QVERIFY(!window->filterBar()->isEnabled());
    QSignalSpy demo(window.get(), &MainWindow::demoRequested);
    QPushButton *explore = nullptr;
    for (QPushButton *b : window->findChildren<QPushButton *>()) {
        if (b->text() == QLatin1String("Explore demo data") && b->isVisible())
            explore = b;
    }
    QVERIFY(explore);
    QTest::mouseClick(explore, Qt::LeftButton);
    QCOMPARE(demo.size(), 1);
}

void TestMainWindow::everyControlHasAnAccessibleName()
{
    QStringList unnamed;
    for (QWidget *w : m_window->findChildren<QWidget *>()) {
        if (!w->isVisibleTo(m_window.get()) || w->focusPolicy() == Qt::NoFocus)
            continue;
        // A spin box's line edit is part of the spin box, which carries the name.
        if (qobject_cast<QAbstractSpinBox *>(w->parentWidget()))
            continue;
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(w);
        if (!iface || iface->text(QAccessible::Name).trimmed().isEmpty())
            unnamed.append(QString::fromLatin1(w->metaObject()->className()) + QLatin1Char(' ')
                           + w->objectName() + QStringLiteral(" in ")
                           + QString::fromLatin1(w->parentWidget()->metaObject()->className()));
    }
    QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral(", "))));
}

void TestMainWindow::accountsOverviewOpensAnAccount()
{
    QTRY_COMPARE(scopeBox()->count(), 4);
    QSignalSpy loaded(m_window->accountsOverview(), &AccountsOverviewPage::loaded);
    int accountListings = 0;
    const auto counter = connect(
        m_server.get(), &MockHttpServer::requestReceived, this, [&](const MockRequest &r) {
            accountListings += r.url.path() == QLatin1String("/v1/accounts/");
        });
    m_window->showAccountsOverview();
    QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 1, 15000);
    disconnect(counter);
    QCOMPARE(accountListings, 0); // the window already had the list
    QVERIFY(!m_window->isShowingDashboard());

    // Double-click opens that account's dashboard.
    QTableView *view = m_window->accountsOverview()->view();
    const QModelIndex second = view->model()->index(1, 0);
    const qint64 id = second.data(AccountIdRole).toLongLong();
    emit view->doubleClicked(second);
    QVERIFY(m_window->isShowingDashboard());
    waitSettled();
    QCOMPARE(m_window->controller()->filters().accountId, std::optional<qint64>(id));
    QCOMPARE(m_window->filterBar()->filters().accountId, std::optional<qint64>(id));
}

void TestMainWindow::accountsOverviewMarksAFailingAccount()
{
    MockOptions o = mockOptions();
    o.failingAccounts = {12};
    MockHttpServer flaky(o);
    QVERIFY(flaky.start().isOk());
    m_window->connectTo(flaky.url(), flaky.options().managerToken, QStringLiteral("flaky"));
    waitSettled();
    QTRY_COMPARE(scopeBox()->count(), 4);
    QSignalSpy loaded(m_window->accountsOverview(), &AccountsOverviewPage::loaded);
    m_window->showAccountsOverview();
    QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 1, 15000);
    const AccountsOverviewModel *model = m_window->accountsOverview()->model();
    QCOMPARE(model->overview().unavailableCount(), 1);
    QCOMPARE(model->index(1, 1).data().toString(), QStringLiteral("unavailable"));
    QVERIFY(model->index(1, 1).data(Qt::ToolTipRole).toString().contains(QStringLiteral("500")));
    QVERIFY(model->index(3, 0).data().toString().contains(QStringLiteral("incomplete")));
    QVERIFY(m_window->accountsOverview()->statusText().startsWith(QStringLiteral("Incomplete")));
}

// The dashboard's price list prices each account in the overview: its months, the server's own
// sums, priced here in whole cents. Another list (or none) follows while the page is shown.
void TestMainWindow::accountsOverviewEstimatesCosts()
{
    QTRY_COMPARE(scopeBox()->count(), 4);
    QSignalSpy loaded(m_window->accountsOverview(), &AccountsOverviewPage::loaded);
    m_window->showAccountsOverview();
    QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 1, 15000);
    const AccountsOverviewModel *model = m_window->accountsOverview()->model();
    QCOMPARE(model->costColumn(), -1); // no list, no column
    // A list: the months were not read without one, so the overview loads again.
    m_window->controller()->setPriceList(readmePrices());
    QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 2, 15000);
    const int column = model->costColumn();
    QVERIFY(column > 0);
    QCOMPARE(model->headerData(column, Qt::Horizontal).toString(),
             QStringLiteral("Estimated cost (from your price list)"));
    const MonthRange range = m_window->controller()->filters().range;
    QCOMPARE(range, MonthRange(lastTwelveMonths().from, lastTwelveMonths().to));
    const auto managed = m_server->api().dataset().managedScopes();
    QCOMPARE(model->rowCount(), managed.size() + 1);
    qint64 all = 0;
    for (qsizetype i = 0; i < managed.size(); ++i) {
        qint64 cents = 0;
        for (Month m = range.from(); m <= range.to(); m = m.addMonths(1)) {
            const Filter month{m, m, {}, {}};
            for (int type = 1; type <= 4; ++type)
                cents += readmeMonthCents(type, sum(*managed[i], month, type)).value_or(0);
        }
        const QModelIndex cell = model->index(int(i), column);
        QCOMPARE(model->index(int(i), 0).data(AccountIdRole).toLongLong(), managed[i]->accountId);
        QCOMPARE(cell.data(RawValueRole).toLongLong(), cents);
        QVERIFY(cell.data(Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("an estimate from your price list")));
        all += cents;
    }
    QCOMPARE(model->index(int(managed.size()), column).data(RawValueRole).toLongLong(), all);

    // No list: the column goes; a list again: priced from the months the page has, without
    // asking the server again.
    m_window->controller()->setPriceList(std::nullopt);
    QCOMPARE(model->costColumn(), -1);
    m_window->controller()->setPriceList(readmePrices());
    const auto totalCost = [&] {
        return model->index(model->rowCount() - 1, model->costColumn()).data(RawValueRole);
    };
    QCOMPARE(totalCost().toLongLong(), all);
    QTest::qWait(100);
    QCOMPARE(loaded.size(), 2);
    // Shown again from the dashboard: loaded with the list from the start.
    m_window->showAccountsOverview();
    QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 3, 15000);
    QCOMPARE(totalCost().toLongLong(), all);
}

void TestMainWindow::viewOpensAtStart()
{
    QTemporaryDir dir;
    SavedViewStore store(dir.path());
    SavedView view;
    view.name = QStringLiteral("Account 12, Q1");
    view.accountId = 12;
    view.preset = MonthRange::Preset::Custom;
    view.fixedRange = MonthRange(Month(2026, 1), Month(2026, 3));
    view.eventTypes = {1};
    view.openAtStart = true;
    QVERIFY(store.save(view).isOk());

    const auto window = makeWindow();
    window->viewActions()->setStore(store);
    window->connectTo(m_server->url(), m_server->options().managerToken, QStringLiteral("test"));
    QCOMPARE(window->controller()->filters().accountId, std::optional<qint64>(12));
    waitSettled(window.get());
    const DashboardFilters &f = window->controller()->filters();
    QCOMPARE(f.range, view.fixedRange);
    QCOMPARE(f.eventTypes, QList<int>{1});
    const MockScope *account = m_server->api().dataset().scope(12);
    QCOMPARE(tiles(window.get()).value(1),
             localeNumber(double(
                 sum(*account, Filter{view.fixedRange.from(), view.fixedRange.to(), {}, {1}}, 1))));
}

void TestMainWindow::aSavedViewOpensAsADashboard()
{
    QTemporaryDir dir;
    m_window->viewActions()->setStore(SavedViewStore(dir.path()));
    SavedView view;
    view.name = QStringLiteral("Licences");
    view.preset = MonthRange::Preset::Last3Months;
    view.eventTypes = {4};
    m_window->viewActions()->open(view);
    waitSettled();
    const DashboardFilters &f = m_window->controller()->filters();
    QCOMPARE(f.range, MonthRange(Month(2026, 8), Month(2026, 10)));
    QCOMPARE(f.eventTypes, QList<int>{4});
    QCOMPARE(tiles().keys(), QList<int>{4});
}

void TestMainWindow::rememberedFiltersComeBack()
{
    const MonthRange fifty(Month(2022, 9), Month(2026, 10));
    rememberFilters(fifty, 100);
    const auto window = makeWindow();
    window->connectTo(m_server->url(), m_server->options().managerToken, QStringLiteral("test"));
    QCOMPARE(window->controller()->filters().range, fifty);
    QCOMPARE(window->controller()->filters().eventTypes, QList<int>{2});
    QCOMPARE(window->controller()->pageSize(), 100);
    waitSettled(window.get());
}

void TestMainWindow::startViewWinsOverRememberedFilters()
{
    rememberFilters(MonthRange(Month(2022, 9), Month(2026, 10)), 100);
    const auto window = makeWindow();
    SavedView start; // as FilterArguments makes it from --from 2025-01 --to 2025-06
    start.preset = MonthRange::Preset::Custom;
    start.fixedRange = MonthRange(Month(2025, 1), Month(2025, 6));
    window->setStartView(start);
    window->connectTo(m_server->url(), m_server->options().managerToken, QStringLiteral("test"));
    QCOMPARE(window->controller()->filters().range, start.fixedRange);
    QCOMPARE(window->controller()->filters().eventTypes, QList<int>{}); // not the remembered {2}
    QCOMPARE(window->filterBar()->filters().range, start.fixedRange);
    waitSettled(window.get());

    // Connecting again (another token, say) keeps what is on screen.
    window->connectTo(m_server->url(), m_server->options().managerToken, QStringLiteral("again"));
    QCOMPARE(window->controller()->filters().range, start.fixedRange);
    waitSettled(window.get());
}

void TestMainWindow::demoNeitherRestoresNorRemembers()
{
    rememberFilters(MonthRange(Month(2022, 9), Month(2026, 10)), 100);
    const QByteArray before = rememberedFilters();
    {
        const auto window = makeWindow();
        window->show();
        window->connectTo(m_server->url(), m_server->options().managerToken, QStringLiteral("demo"),
                          Remember::Nothing);
        // The defaults: the last 12 full months, every type, the first page size.
        QCOMPARE(window->controller()->filters().range,
                 MonthRange(Month(2025, 11), Month(2026, 10)));
        QCOMPARE(window->controller()->filters().eventTypes, QList<int>{});
        QCOMPARE(window->controller()->pageSize(), DashboardController::kDefaultPageSize);
        waitSettled(window.get());
        window->filterBar()->findChild<MonthRangePicker *>()->setRange(
            MonthRange(Month(2026, 1), Month(2026, 2)));
        waitSettled(window.get());
        window->close();
    }
    QCOMPARE(rememberedFilters(), before);
    QCOMPARE(QSettings().value(QStringLiteral("dashboard/pageSize")).toInt(), 100);

    // A window that remembers does write what it showed, so the check above could fail.
    {
        const auto window = makeWindow();
        window->show();
        window->connectTo(m_server->url(), m_server->options().managerToken,
                          QStringLiteral("test"));
        waitSettled(window.get());
        window->filterBar()->findChild<MonthRangePicker *>()->setRange(
            MonthRange(Month(2026, 1), Month(2026, 2)));
        waitSettled(window.get());
        window->close();
    }
    QVERIFY(rememberedFilters() != before);
}

void TestMainWindow::realSessionKeepsItsFiltersThroughADemo()
{
    const auto window = makeWindow();
    window->show();
    window->connectTo(m_server->url(), m_server->options().managerToken, QStringLiteral("test"));
    waitSettled(window.get());
    const MonthRange chosen(Month(2026, 2), Month(2026, 4));
    window->filterBar()->findChild<MonthRangePicker *>()->setRange(chosen);
    waitSettled(window.get());

    // File > Disconnect, then "Explore demo data", then closing the window.
    window->sessionController()->disconnectFromServer();
    QVERIFY(!window->isShowingDashboard());
    window->connectTo(m_server->url(), m_server->options().managerToken, QStringLiteral("demo"),
                      Remember::Nothing);
    waitSettled(window.get());
    window->filterBar()->findChild<MonthRangePicker *>()->setRange(
        MonthRange(Month(2025, 1), Month(2025, 1)));
    waitSettled(window.get());
    window->close();

    const auto kept = SavedView::fromJson(QJsonDocument::fromJson(rememberedFilters()).object());
    QVERIFY(kept.isOk());
    QCOMPARE(kept.value.fixedRange, chosen);
}

void TestMainWindow::accountAtStartLoadsAtOnceAndStaysNamed()
{
    for (const qint64 account : {qint64(12), qint64(99)}) {
        const auto window = makeWindow();
        SavedView start;
        start.accountId = account;
        window->setStartView(start);
        window->connectTo(m_server->url(), m_server->options().managerToken,
                          QStringLiteral("test"));
        // Loaded at once, not after the accounts list, and named by its id meanwhile.
        QCOMPARE(window->controller()->filters().accountId, std::optional<qint64>(account));
        QCOMPARE(scopeBox(window.get())->currentText(), QStringLiteral("Account %1").arg(account));
        waitSettled(window.get());
        QTRY_COMPARE(scopeBox(window.get())->count(), account == 99 ? 5 : 4);
        QCOMPARE(window->controller()->filters().accountId, std::optional<qint64>(account));
        if (account == 12) {
            QVERIFY(scopeBox(window.get())->currentText().endsWith(QStringLiteral("(account 12)")));
            QCOMPARE(window->controller()->state(Panel::Totals), State::Ready);
        } else {
            // Not an account this token manages: the box still says which, the panels why.
            QCOMPARE(scopeBox(window.get())->currentText(), QStringLiteral("Account 99"));
            QCOMPARE(window->controller()->state(Panel::Totals), State::Failed);
            QCOMPARE(window->controller()->error(Panel::Totals).httpStatus, 404);
        }
    }
}

void TestMainWindow::shortcutsWorkFromTheScopeBox()
{
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QComboBox *scope = scopeBox();
    scope->setFocus();
    QTRY_VERIFY(scope->hasFocus());
    for (const QKeySequence &key :
         {QKeySequence(Qt::CTRL | Qt::Key_E), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A),
          QKeySequence(Qt::Key_F5)}) {
        QAction *action = nullptr;
        for (QAction *a : m_window->findChildren<QAction *>()) {
            if (a->shortcuts().contains(key))
                action = a;
        }
        QVERIFY2(action, qPrintable(key.toString()));
        // Watch the shortcut, not what the action opens: a modal dialog would stop the test.
        const bool enabled = action->isEnabled();
        QObject::disconnect(action, &QAction::triggered, nullptr, nullptr);
        QSignalSpy triggered(action, &QAction::triggered);
        QVERIFY2(enabled, qPrintable(key.toString()));
        QTest::keyClick(QApplication::focusWidget(), key[0].key(), key[0].keyboardModifiers());
        QVERIFY2(triggered.size() == 1, qPrintable(key.toString()));
    }
}

void TestMainWindow::drillDownToASpaceAndBack()
{
    const DashboardFilters before = m_window->controller()->filters();
    const qint64 space = m_server->api().dataset().managerScope().spaces[2].id;
    emit m_window->dashboardPage()->spaceActivated(space);
    waitSettled();
    QCOMPARE(m_window->controller()->filters().spaceIds, QList<qint64>{space});
    QCOMPARE(m_window->controller()->filters().range, before.range);
    emit m_window->dashboardPage()->monthActivated(Month(2026, 2));
    waitSettled();
    QCOMPARE(m_window->controller()->filters().range, MonthRange(Month(2026, 2), Month(2026, 2)));
    QTest::keyClick(m_window.get(), Qt::Key_Left, Qt::AltModifier);
    waitSettled();
    QCOMPARE(m_window->controller()->filters().range, before.range);
    QCOMPARE(m_window->controller()->filters().spaceIds, QList<qint64>{space});
    m_window->history()->backAction()->trigger();
    waitSettled();
    QCOMPARE(m_window->controller()->filters(), before);
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
