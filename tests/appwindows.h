#pragma once

#include "core/api/session.h"
#include "core/usage/monthrange.h"
#include "mockserver/mockhttpserver.h"
#include "tests/mockdata.h"
#include "tests/readmeprices.h"
#include "ui/accounts/accountsoverviewpage.h"
#include "ui/budgets/budgetactions.h"
#include "ui/budgets/budgetmonitor.h"
#include "ui/budgets/budgetsdialog.h"
#include "ui/dashboard/dashboardcontroller.h"
#include "ui/dashboard/dashboardpage.h"
#include "ui/dashboard/trendcharts.h"
#include "ui/help/helpactions.h"
#include "ui/help/shortcutsdialog.h"
#include "ui/mainwindow.h"
#include "ui/output/exportdialog.h"
#include "ui/session/connectdialog.h"
#include "ui/session/connectionsettingsdialog.h"
#include "ui/views/saveviewdialog.h"
#include "ui/widgets/statusbanner.h"

#include <QChartView>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

#include <list>
#include <memory>

// Every window and dialog of the app as a person meets them: the first screen, a dashboard
// and the accounts overview (priced) with the local server's data, and each dialog. The tests
// of what every window must have (accessible names, translated texts, a reading focus order)
// walk them all, so a new dialog belongs in build().
namespace neuroio::testing {

class AppWindows final
{
public:
    struct Window
    {
        QString name;
        QWidget *widget;
    };

    // Settings, saved views and tokens stay in a test folder and in memory, never the user's.
    static void isolate()
    {
        QStandardPaths::setTestModeEnabled(true);
        qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/neuroio-test-bus");
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QSettings().remove(QStringLiteral("dashboard"));
    }

    // Builds and shows everything; empty when it could not, with the reason in error().
    bool build()
    {
        m_server = std::make_unique<mock::MockHttpServer>(mockOptions());
        if (!m_server->start().isOk())
            return fail(QStringLiteral("the local server did not start"));

        ui::MainWindow *welcome = mainWindow();
        add(QStringLiteral("MainWindow (first screen)"), welcome);

        ui::MainWindow *dashboard = mainWindow();
        if (!connect(dashboard))
            return false;
        add(QStringLiteral("MainWindow (dashboard)"), dashboard);

        ui::MainWindow *overview = mainWindow();
        if (!connect(overview))
            return false;
        // With a price list: the estimated cost's column too.
        overview->controller()->setPriceList(readmePrices());
        QSignalSpy loaded(overview->accountsOverview(), &ui::AccountsOverviewPage::loaded);
        overview->showAccountsOverview();
        if (!QTest::qWaitFor([&] { return !loaded.isEmpty(); }, 15000))
            return fail(QStringLiteral("the accounts overview did not load"));
        add(QStringLiteral("MainWindow (accounts overview)"), overview);

        // A refused token: the banner, with its Details, Retry and Enter another token.
        ui::MainWindow *refused = mainWindow();
        refused->show();
        refused->connectTo(m_server->url(), QStringLiteral("expired-token"), connectionName());
        if (!QTest::qWaitFor(
                [refused] {
                    return refused->controller()->isSettled()
                           && refused->dashboardPage()->banner()->isVisible();
                },
                15000)) {
            return fail(QStringLiteral("the refused token showed no banner"));
        }
        add(QStringLiteral("MainWindow (token refused)"), refused);

        add(QStringLiteral("ConnectDialog"), own(new ui::ConnectDialog));
        add(QStringLiteral("ConnectionSettingsDialog"),
            own(new ui::ConnectionSettingsDialog(ConnectionLimits())));
        add(QStringLiteral("ExportDialog (usage)"),
            own(new ui::ExportDialog(ui::ExportDialog::Kind::Usage, QStringLiteral("usage.csv"))));
        add(QStringLiteral("ExportDialog (totals)"),
            own(new ui::ExportDialog(ui::ExportDialog::Kind::Totals,
                                     QStringLiteral("totals.csv"))));
        add(QStringLiteral("SaveViewDialog (fixed months)"),
            own(new ui::SaveViewDialog(MonthRange::Preset::Custom,
                                       MonthRange(Month(2026, 1), Month(2026, 6)))));
        add(QStringLiteral("SaveViewDialog (relative months)"),
            own(new ui::SaveViewDialog(MonthRange::Preset::Last12Months,
                                       MonthRange(Month(2025, 11), Month(2026, 10)))));
        ui::HelpActions help(dashboard);
        add(QStringLiteral("ShortcutsDialog"), own(new ui::ShortcutsDialog(help.shortcuts())));
        // With a budget listed, so that its editor is filled in and enabled.
        Budget calls;
        calls.eventType = 1;
        calls.limit = 5000000;
        ui::BudgetMonitor *budgets = dashboard->budgetActions()->monitor();
        if (!budgets->save({calls}).isOk())
            return fail(QStringLiteral("the budgets file could not be written"));
        add(QStringLiteral("BudgetsDialog"),
            own(new ui::BudgetsDialog(budgets, dashboard->controller()->spaces())));
        return true;
    }

    const QList<Window> &windows() const { return m_windows; }
    // A test's _data(): one row a window, in the column "window".
    void addRows() const
    {
        QTest::addColumn<QWidget *>("window");
        for (const Window &window : m_windows)
            QTest::newRow(qPrintable(window.name)) << window.widget;
    }
    QString error() const { return m_error; }
    mock::MockHttpServer &server() { return *m_server; }
    // The description the dashboards were connected with: the window title shows it.
    static QString connectionName() { return QStringLiteral("test"); }

private:
    ui::MainWindow *mainWindow()
    {
        m_sessions.push_back(std::make_unique<Session>());
        auto *window = new ui::MainWindow(m_sessions.back().get());
        window->setCurrentMonth(Month(2026, 11));
        return own(window);
    }

    bool connect(ui::MainWindow *window)
    {
        window->show();
        window->connectTo(m_server->url(), m_server->options().managerToken, connectionName());
        // Settled, with the accounts in the scope box and a chart per event type drawn.
        if (!QTest::qWaitFor(
                [window] {
                    return window->controller()->isSettled()
                           && window->controller()->accountsAvailable()
                           && !window->findChild<ui::TrendCharts *>()->chartViews().isEmpty();
                },
                15000)) {
            return fail(QStringLiteral("the dashboard did not load"));
        }
        return true;
    }

    template<typename T>
    T *own(T *widget)
    {
        m_owned.emplace_back(widget);
        return widget;
    }

    void add(const QString &name, QWidget *widget)
    {
        widget->show();
        m_windows.append({name, widget});
    }

    bool fail(const QString &why)
    {
        m_error = why;
        return false;
    }

    std::unique_ptr<mock::MockHttpServer> m_server;
    // Declared before the windows: a window uses its session until it is gone.
    std::list<std::unique_ptr<Session>> m_sessions;
    std::list<std::unique_ptr<QWidget>> m_owned;
    QList<Window> m_windows;
    QString m_error;
};

} // namespace neuroio::testing
