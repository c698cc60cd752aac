#pragma once

#include "secretstore.h"

#include <QObject>
#include <QString>
#include <QUrl>
#include <functional>

namespace callbridge {

// The environment variable that gives one session its Zendesk API token (scripts, CI, the sandbox).
inline constexpr char kApiTokenVariable[] = "CALLBRIDGE_ZENDESK_TOKEN";

// Reads the session's token from the environment and removes it there, so that no child process (WebEngine's
// renderers, the system browser, the sandbox) inherits it. Call first thing in main(), before any child
// process or WebEngine object exists; later calls keep what the first one took.
void takeApiTokenFromEnvironment();

// The same for the team database's password (CALLBRIDGE_TEAM_DB_PASSWORD), taken by the same call; empty when
// the session gave none (then the keychain, trust/peer authentication or ~/.pgpass apply).
inline constexpr char kTeamPasswordVariable[] = "CALLBRIDGE_TEAM_DB_PASSWORD";
QString teamPasswordFromEnvironment();

// Where the agent's token is kept in the OS keychain: per Zendesk host and account.
SecretKey apiTokenKey(const QUrl &zendeskUrl, const QString &email);
// Where the team database's password is kept: per database host and user ([team] database's USER@HOST).
SecretKey teamPasswordKey(const QString &databaseHost, const QString &databaseUser);

// The session's team password when one came from the environment, else the keychain's for `key`; empty when
// neither has one (then trust/peer authentication or ~/.pgpass apply). `done` runs later from the event loop,
// dropped when `context` is destroyed first; a keychain failure other than "not found" goes to `notice`.
void lookUpTeamPassword(SecretStore &keychain, const SecretKey &key, QObject *context,
                        std::function<void(const QString &password, const QString &notice)> done);

struct ApiToken {
    QString value;  // never logged
    QString source; // "environment" or "keychain"
    QString error;  // why there is none, in plain words (never the value)
    bool ok() const { return !value.isEmpty(); }
};

// The session's token when one was taken from the environment, else the keychain's for `key`. `done` runs
// later from the event loop (never inside the call), dropped when `context` is destroyed first.
void lookUpApiToken(SecretStore &keychain, const SecretKey &key, QObject *context,
                    std::function<void(const ApiToken &)> done);

} // namespace callbridge
