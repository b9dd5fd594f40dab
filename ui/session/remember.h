#pragma once

namespace neuroio::ui {

// What a connection reads from and keeps for the next start. A demo or a screenshot uses
// Nothing: the same command gives the same picture, and the next real session still finds
// its own filters. Filters: the filters and page size of last time. SignInToo: also the
// server (QSettings) and the token (the keychain).
enum class Remember { Nothing, Filters, SignInToo };

} // namespace neuroio::ui
