#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <functional>
#include <vector>

namespace callbridge::journal {

// Forward-only schema migrations keyed by PRAGMA user_version. Each migration runs in its own IMMEDIATE
// transaction together with the user_version bump, so a crash leaves the database at the previous version
// and the migration runs again on the next start. Adding v2 = writing one function and appending it to
// journalMigrations().
struct Migration {
    int version = 0; // the user_version after this migration; consecutive from 1
    QString name;    // for logs and errors
    std::function<bool(QSqlDatabase &db, QString *error)> apply;
};

struct MigrationResult {
    bool ok = false;
    int fromVersion = 0;
    int toVersion = 0;
    QStringList applied; // names, in order
    QString error;
};

// The journal's migrations, oldest first. The last one's version is the schema version of this build.
const std::vector<Migration> &journalMigrations();
int journalSchemaVersion();

int userVersion(const QSqlDatabase &db, QString *error); // -1 on error
// Runs every migration newer than the database; refuses a database newer than the last migration.
MigrationResult runMigrations(QSqlDatabase &db, const std::vector<Migration> &migrations);

// Executes each statement (no bound values: DDL only); stops at the first failure.
bool execStatements(QSqlDatabase &db, const QStringList &statements, QString *error);

} // namespace callbridge::journal
