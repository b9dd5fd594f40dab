#pragma once

#include "core/api/account.h"
#include "core/api/loginresult.h"
#include "core/api/page.h"
#include "core/api/result.h"
#include "core/api/space.h"
#include "core/api/usagetotal.h"
#include "core/api/whoami.h"

#include <QByteArray>
#include <QString>

namespace neuroio {

// Turns response bodies into value types. Pure functions: no network, no Qt event loop, so
// every tolerance rule of the contract is tested from fixtures. endpoint names the request in
// error messages ("GET /v1/billing/usage/").
namespace ResponseParser {

// Usage pages in their plain, usual form are read in one pass (readPlainUsagePage); any
// other body by usagePageFromAnyJson, the same result where both answer.
Result<UsagePage> usagePage(const QByteArray &body, const QString &endpoint);
// The general reader: any JSON Qt reads, extras kept in the server's order, the first problem
// named with its JSON path.
Result<UsagePage> usagePageFromAnyJson(const QByteArray &body, const QString &endpoint);
Result<UsageTotals> usageTotals(const QByteArray &body, const QString &endpoint);
Result<QList<Space>> spaces(const QByteArray &body, const QString &endpoint);
Result<AccountPage> accountPage(const QByteArray &body, const QString &endpoint);
Result<WhoAmI> whoAmI(const QByteArray &body, const QString &endpoint);
Result<LoginResult> login(const QByteArray &body, const QString &endpoint);

// An error answer (status >= 300): fills message, error_codes and fields from the contract's
// error shape when the body has it, and otherwise says what the body was (an HTML page, say).
ApiError httpError(int status, const QString &reason, const QByteArray &body,
                   const QString &endpoint);

} // namespace ResponseParser

} // namespace neuroio
