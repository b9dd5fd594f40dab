#pragma once

#include "app/exitcodes.h"
#include "app/filterarguments.h"
#include "core/api/billingclient.h"
#include "core/api/billingquery.h"

#include <QCommandLineParser>
#include <QObject>

#include <memory>

namespace neuroio::mock {
class MockHttpServer;
}

namespace neuroio::app {

// What the export and report commands share: the connection (a token from the environment or
// a file, never an argument; or the in-process demo server), the filter options, the mapping
// of errors to exit codes, and Ctrl+C.
class CommandSession final : public QObject
{
    Q_OBJECT

public:
    explicit CommandSession(QObject *parent = nullptr);
    ~CommandSession() override;

    static QString tokenHelp();
    static QString exitCodeHelp();
    // The filter options (or --account alone), then --base-url, --token-file and --demo.
    static void addCommonOptions(QCommandLineParser &parser,
                                 FilterArguments::Options filters = FilterArguments::Options::All);

    // Reads the common options; on a problem prints it and returns false. error() then says
    // what it was, and exitCodeFor(error()) the exit code.
    bool configure(const QCommandLineParser &parser);
    const ApiError &error() const { return m_error; }

    BillingClient *client() { return &m_client; }
    const BillingQuery &query() const { return m_query; }
    std::optional<qint64> accountId() const { return m_accountId; }

    // Ctrl+C calls onInterrupt (once) instead of ending the process.
    void catchInterrupt(std::function<void()> onInterrupt);
    bool wasInterrupted() const { return m_interrupted; }

    static int exitCodeFor(const ApiError &error);
    static void printError(const QString &message);
    // "months 2025-11 to 2026-10 (the default: Last 12 full months: ...)", for stderr.
    QString monthsNote() const;
    // Says on stderr which of the requested spaces the account does not have (a typo gives an
    // empty export, not an error). Only the user's own spaces can be listed; for a managed
    // account this says nothing.
    void warnAboutUnknownSpaces();

private:
    BillingClient m_client;
    BillingQuery m_query;
    std::optional<qint64> m_accountId;
    QString m_monthsSource;
    std::unique_ptr<mock::MockHttpServer> m_demo;
    std::function<void()> m_onInterrupt;
    bool m_interrupted = false;
    ApiError m_error;
};

} // namespace neuroio::app
