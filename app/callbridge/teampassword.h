#pragma once

#include "policy/teamurl.h"

#include <QString>

namespace callbridge::app {

// For the headless commands: the team database's password from the session's environment, else the OS
// keychain (`callbridge store-token --team-database`); empty when neither has one (then ~/.pgpass or the
// server's trust/peer authentication apply). Waits for the keychain in a local event loop; a keychain
// failure other than "nothing stored" goes to `notice`.
QString teamPasswordNow(const TeamDatabaseUrl &url, QString *notice = nullptr);

} // namespace callbridge::app
