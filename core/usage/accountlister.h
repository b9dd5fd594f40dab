#pragma once

#include "core/api/billingclient.h"

#include <QObject>

namespace neuroio {

// Reads every account a manager manages, page after page (a server caps the page size), for
// the dashboard's scope box and the accounts overview alike. Each start() ends with exactly
// one finished(): every account, the first error, or cancelled.
class AccountLister final : public QObject
{
    Q_OBJECT

public:
    static constexpr int kPageSize = 1000;

    explicit AccountLister(BillingClient *client, QObject *parent = nullptr);
    ~AccountLister() override;

    // A run going is cancelled first.
    void start();
    void cancel();
    bool isRunning() const { return m_call != 0; }

signals:
    void finished(const neuroio::Result<QList<neuroio::Account>> &accounts);

private:
    void request(int offset);
    void finish(const Result<QList<Account>> &accounts);

    BillingClient *m_client;
    CallId m_call = 0;
    QList<Account> m_accounts;
};

} // namespace neuroio

Q_DECLARE_METATYPE(neuroio::Result<QList<neuroio::Account>>)
