#pragma once

#include <QString>
#include <optional>

namespace callbridge {

// Where the team database is: `[team] database = postgresql://USER@HOST:PORT/DBNAME?sslmode=require`. The
// password is never part of it (the keychain, or CALLBRIDGE_TEAM_DB_PASSWORD for one session).
struct TeamDatabaseUrl {
    QString user;
    QString host;
    int port = 5432;
    QString database;
    QString sslMode; // empty: the driver's default (prefer)

    QString display() const; // "postgresql://ann@db.acme.example:5432/callbridge" (never a password)
};

struct TeamUrlParse {
    std::optional<TeamDatabaseUrl> url;
    QString error; // why the text is not a team database URL, in plain words
};

TeamUrlParse parseTeamDatabaseUrl(const QString &text);

} // namespace callbridge
