#include "ui/dashboard/filterbar.h"
#include "ui/widgets/checkablelistmodel.h"
#include "ui/widgets/monthrangepicker.h"
#include "ui/widgets/multiselectbutton.h"

#include <QComboBox>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>

using namespace neuroio;
using namespace neuroio::ui;

namespace {

const QList<Account> kAccounts{{11, QStringLiteral("Northwind Logistics")},
                               {12, QStringLiteral("Café Lumière SARL")},
                               {13, QStringLiteral("Baker & Sons, Ltd.")}};

ApiError forbidden()
{
    ApiError error;
    error.kind = ApiError::Kind::HttpStatus;
    error.httpStatus = 403;
    error.endpoint = QStringLiteral("GET /v1/accounts/");
    return error;
}

} // namespace

class TestFilterBar final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void filtersAreWhatTheControlsShow();
    void showingAViewIsSilent();
    void scopeSearchesByNameAndTakesAnId();
    void anAccountNotListedIsNamedByItsId();
    void nonManagerShownAnAccountCanGoBack();
    void spacesWithoutAListAreCounted();

private:
    QComboBox *scopeBox() const { return m_bar->findChild<QComboBox *>(); }
    MonthRangePicker *rangePicker() const { return m_bar->findChild<MonthRangePicker *>(); }
    MultiSelectButton *button(const QString &name) const;

    std::unique_ptr<FilterBar> m_bar;
};

void TestFilterBar::init()
{
    m_bar = std::make_unique<FilterBar>();
    m_bar->setCurrentMonth(Month(2026, 11));
}

void TestFilterBar::cleanup()
{
    m_bar.reset();
}

MultiSelectButton *TestFilterBar::button(const QString &name) const
{
    for (MultiSelectButton *b : m_bar->findChildren<MultiSelectButton *>()) {
        if (b->accessibleName() == name)
            return b;
    }
    return nullptr;
}

void TestFilterBar::filtersAreWhatTheControlsShow()
{
    QSignalSpy edited(m_bar.get(), &FilterBar::filtersEdited);
    DashboardFilters f = m_bar->filters();
    QCOMPARE(f.range, MonthRange(Month(2025, 11), Month(2026, 10))); // the last 12 full months
    QCOMPARE(f.preset, MonthRange::Preset::Last12Months);
    QVERIFY(!f.accountId);

    rangePicker()->setRange(MonthRange(Month(2026, 1), Month(2026, 6)));
    QCOMPARE(edited.size(), 1);
    button(QStringLiteral("Event types"))->setSelectedIds({1, 4});
    QCOMPARE(edited.size(), 2);
    f = m_bar->filters();
    QCOMPARE(f.range, MonthRange(Month(2026, 1), Month(2026, 6)));
    QCOMPARE(f.eventTypes, (QList<int>{1, 4}));

    // As a view: a preset stays relative.
    rangePicker()->setPreset(MonthRange::Preset::Last3Months);
    const SavedView view = m_bar->currentView(QStringLiteral("v"), true);
    QVERIFY(view.isRelative());
    QCOMPARE(view.preset, MonthRange::Preset::Last3Months);
    QCOMPARE(view.eventTypes, (QList<int>{1, 4}));
    QVERIFY(view.openAtStart);
}

void TestFilterBar::showingAViewIsSilent()
{
    m_bar->setAccounts(kAccounts, true, {});
    QSignalSpy edited(m_bar.get(), &FilterBar::filtersEdited);
    SavedView view;
    view.preset = MonthRange::Preset::Custom;
    view.fixedRange = MonthRange(Month(2025, 1), Month(2025, 3));
    view.accountId = 12;
    view.spaceIds = {16};
    view.eventTypes = {2};
    m_bar->showView(view);
    QCOMPARE(edited.size(), 0); // whoever shows it applies it, once
    const DashboardFilters f = m_bar->filters();
    QCOMPARE(f.range, view.fixedRange);
    QCOMPARE(f.accountId, std::optional<qint64>(12));
    QCOMPARE(f.spaceIds, QList<qint64>{16});
    QCOMPARE(f.eventTypes, QList<int>{2});
    QCOMPARE(scopeBox()->currentText(), QStringLiteral("Café Lumière SARL (account 12)"));
}

void TestFilterBar::scopeSearchesByNameAndTakesAnId()
{
    m_bar->setAccounts(kAccounts, true, {});
    QCOMPARE(scopeBox()->count(), 4);
    QSignalSpy edited(m_bar.get(), &FilterBar::filtersEdited);
    QLineEdit *search = scopeBox()->lineEdit();
    search->setText(QStringLiteral("baker"));
    QTest::keyClick(search, Qt::Key_Return);
    QCOMPARE(m_bar->filters().accountId, std::optional<qint64>(13));
    search->setText(QStringLiteral("12"));
    QTest::keyClick(search, Qt::Key_Return);
    QCOMPARE(m_bar->filters().accountId, std::optional<qint64>(12));
    QCOMPARE(edited.size(), 2);
    search->setText(QStringLiteral("no such account"));
    QTest::keyClick(search, Qt::Key_Return);
    QCOMPARE(m_bar->filters().accountId, std::optional<qint64>(12));
    QCOMPARE(edited.size(), 2);
    // A list that failed (not a refusal) still takes a typed id.
    ApiError down;
    down.kind = ApiError::Kind::Network;
    m_bar->setAccounts({}, false, down);
    QVERIFY(scopeBox()->isEnabled());
    search->setText(QStringLiteral("77"));
    QTest::keyClick(search, Qt::Key_Return);
    QCOMPARE(m_bar->filters().accountId, std::optional<qint64>(77));
}

void TestFilterBar::anAccountNotListedIsNamedByItsId()
{
    SavedView view;
    view.accountId = 12;
    m_bar->showView(view); // before the accounts list arrives
    QCOMPARE(scopeBox()->currentText(), QStringLiteral("Account 12"));
    m_bar->setAccounts(kAccounts, true, {});
    QCOMPARE(scopeBox()->currentText(), QStringLiteral("Café Lumière SARL (account 12)"));

    view.accountId = 99; // not one this manager manages
    m_bar->showView(view);
    m_bar->setAccounts(kAccounts, true, {});
    QCOMPARE(scopeBox()->count(), 5);
    QCOMPARE(scopeBox()->currentText(), QStringLiteral("Account 99")); // what is loaded, named
    QCOMPARE(m_bar->filters().accountId, std::optional<qint64>(99));
}

void TestFilterBar::nonManagerShownAnAccountCanGoBack()
{
    m_bar->setManager(false);
    m_bar->setAccounts({}, false, forbidden());
    QVERIFY(!scopeBox()->isEnabled());
    QCOMPARE(scopeBox()->toolTip(), QStringLiteral("This token cannot read managed accounts."));

    SavedView view;
    view.accountId = 12; // from the command line, say
    m_bar->showView(view);
    QVERIFY(scopeBox()->isEnabled()); // the way back to one's own usage
    m_bar->selectScope(std::nullopt);
    QVERIFY(!m_bar->filters().accountId);
    QVERIFY(!scopeBox()->isEnabled());
}

void TestFilterBar::spacesWithoutAListAreCounted()
{
    MultiSelectButton *spaces = button(QStringLiteral("Spaces"));
    m_bar->setSpaces({{4, QStringLiteral("Lobby")}, {5, QString()}}, true);
    QCOMPARE(spaces->model()->rowCount(), 2);
    QCOMPARE(spaces->model()->index(1).data().toString(), QStringLiteral("Space 5"));
    spaces->setSelectedIds({4});
    QCOMPARE(spaces->text(), QStringLiteral("1 of 2 spaces"));
    // A managed account's spaces: only those seen in its usage, so no total.
    m_bar->setSpaces({{16, QStringLiteral("Garage")}, {17, QStringLiteral("Lobby")}}, false);
    spaces->setSelectedIds({16, 17});
    QCOMPARE(spaces->text(), QStringLiteral("Selected spaces: 2"));
}

QTEST_MAIN(TestFilterBar)
#include "tst_filterbar.moc"
