#include "mockserver/mockdataset.h"

#include "core/api/eventtype.h"
#include "mockserver/random.h"

#include <QStringList>

#include <cmath>

namespace neuroio::mock {

namespace {

// Site and office names, some with the characters that break careless CSV and JSON code:
// commas, quotes, semicolons, a leading minus, letters outside ASCII.
const char *const kSpaceNames[] = {
    "Berlin HQ",
    "Warehouse 7, Rotterdam",
    "München Hauptbahnhof",
    "Reception \"Main Gate\"",
    "São Paulo – Paulista",
    "-1 Parking Level",
    "Zürich Lab",
    "Kraków Old Town",
    "O'Hare Terminal 3",
    "Łódź Depot",
    "Dock 4; Hamburg",
    "Tokyo Shinagawa 品川",
    "Back office, 2nd floor",
    "Paris La Défense",
    "İstanbul Levent",
    "Göteborg Hamn",
    "Nairobi Westlands",
    "Toronto King St.",
    "Austin Data Center",
    "Lisboa Baixa",
    "Madrid Norte",
    "Oslo Fjord Kontor",
    "Brno Technopark",
    "Café Lumière Lobby",
};
constexpr int kSpaceNameCount = sizeof(kSpaceNames) / sizeof(kSpaceNames[0]);

const char *const kAccountNames[] = {
    "Northwind Logistics", "Café Lumière SARL", "Baker & Sons, Ltd.",
    "Kōbe Transit",        "Fjord \"Nord\" AS",
};
constexpr int kAccountNameCount = sizeof(kAccountNames) / sizeof(kAccountNames[0]);

constexpr qint64 kManagerAccountId = 1;
constexpr qint64 kFirstManagedAccountId = 11;

// One space's monthly series for one event type: a level with growth, seasonality and noise.
QList<qint64> series(Random &rng, int eventType, int months)
{
    QList<qint64> values;
    values.reserve(months);
    switch (static_cast<EventType>(eventType)) {
    case EventType::ApiCalls: {
        // Busy spaces make hundreds of thousands of calls a month; traffic peaks in winter.
        const double base = rng.uniform(20'000, 480'000);
        const double growth = rng.uniform(0.005, 0.035);
        const double phase = rng.uniform(0, 1);
        for (int t = 0; t < months; ++t) {
            const double season = 1.0 + 0.12 * std::sin(2 * M_PI * (t / 12.0 + phase));
            const double noise = rng.uniform(0.94, 1.06);
            values.append(std::llround(base * std::pow(1 + growth, t) * season * noise));
        }
        break;
    }
    case EventType::PersonsStorage:
    case EventType::EntryStorage: {
        // Storage is a level that grows slowly and rarely shrinks.
        const bool persons = eventType == static_cast<int>(EventType::PersonsStorage);
        double level = persons ? rng.uniform(300, 25'000) : rng.uniform(5'000, 1'500'000);
        const double growth = persons ? rng.uniform(0.003, 0.02) : rng.uniform(0.01, 0.04);
        for (int t = 0; t < months; ++t) {
            level *= 1 + growth * rng.uniform(0.2, 1.8);
            if (rng.uniform() < 0.05)
                level *= 0.97; // a clean-up
            values.append(std::llround(level));
        }
        break;
    }
    case EventType::SourceLicenses: {
        int licences = rng.integer(1, 12);
        for (int t = 0; t < months; ++t) {
            const double roll = rng.uniform();
            if (roll < 0.08)
                ++licences;
            else if (roll < 0.11 && licences > 1)
                --licences;
            values.append(licences);
        }
        break;
    }
    }
    return values;
}

} // namespace

MockDataset MockDataset::generate(const MockOptions &options)
{
    MockDataset data;
    data.m_lastMonth = options.lastMonth.value_or(Month::current().addMonths(-1));
    data.m_firstMonth = data.m_lastMonth.addMonths(-(std::max(options.months, 1) - 1));
    const int months = std::max(options.months, 1);

    Random rng(options.seed);
    qint64 nextSpaceId = 4; // the SDK's examples use spaces 4, 5, 6
    qint64 nextRecordId = 1;
    int nameIndex = 0;

    const int scopeCount = 1 + std::max(options.accounts, 0);
    for (int s = 0; s < scopeCount; ++s) {
        MockScope scope;
        if (s == 0) {
            scope.accountId = kManagerAccountId;
            scope.accountName = QStringLiteral("Meridian Security Group");
        } else {
            scope.accountId = kFirstManagedAccountId + s - 1;
            scope.accountName = s - 1 < kAccountNameCount
                                    ? QString::fromUtf8(kAccountNames[s - 1])
                                    : QStringLiteral("Account %1").arg(scope.accountId);
        }
        for (int i = 0; i < options.spaces; ++i, ++nameIndex) {
            QString name = QString::fromUtf8(kSpaceNames[nameIndex % kSpaceNameCount]);
            if (nameIndex >= kSpaceNameCount)
                name += QStringLiteral(" %1").arg(nameIndex / kSpaceNameCount + 1);
            scope.spaces.append(Space{nextSpaceId++, name});
            data.m_spaceNames.insert(scope.spaces.back().id, name);
        }

        // series[space][type] first, so every space's numbers depend only on the seed and its
        // position, then laid out month by month as a server would list them.
        QList<QList<QList<qint64>>> values(scope.spaces.size());
        for (qsizetype i = 0; i < scope.spaces.size(); ++i) {
            for (EventType type : knownEventTypes())
                values[i].append(series(rng, static_cast<int>(type), months));
        }
        scope.records.reserve(scope.spaces.size() * months * 4);
        for (int t = 0; t < months; ++t) {
            const Month month = data.m_firstMonth.addMonths(t);
            for (qsizetype i = 0; i < scope.spaces.size(); ++i) {
                for (int type = 0; type < 4; ++type) {
                    scope.records.append(MockRecord{nextRecordId++, month, scope.spaces[i].id,
                                                    type + 1, values[i][type][t]});
                }
            }
        }
        data.m_scopes.append(std::move(scope));
    }
    return data;
}

QList<const MockScope *> MockDataset::managedScopes() const
{
    QList<const MockScope *> scopes;
    for (qsizetype i = 1; i < m_scopes.size(); ++i)
        scopes.append(&m_scopes[i]);
    return scopes;
}

const MockScope *MockDataset::scope(qint64 accountId) const
{
    for (const MockScope &s : m_scopes) {
        if (s.accountId == accountId)
            return &s;
    }
    return nullptr;
}

qint64 MockDataset::recordCount() const
{
    qint64 count = 0;
    for (const MockScope &s : m_scopes)
        count += s.records.size();
    return count;
}

} // namespace neuroio::mock
