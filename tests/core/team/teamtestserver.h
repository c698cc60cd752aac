#pragma once

#include "team/teamdatabase.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <gtest/gtest.h>

namespace callbridge::team::testing {

// A fresh database (and fresh login roles) on the test PostgreSQL server that scripts/test-postgres.sh starts
// (CALLBRIDGE_TEST_PG=HOST:PORT). Without it the tests are skipped, unless CALLBRIDGE_REQUIRE_TEST_PG is set
// (CI).
class TeamServerTest : public ::testing::Test {
protected:
    void SetUp() override {
        const QString server = qEnvironmentVariable("CALLBRIDGE_TEST_PG");
        if (server.isEmpty()) {
            if (qEnvironmentVariableIsSet("CALLBRIDGE_REQUIRE_TEST_PG"))
                FAIL() << "CALLBRIDGE_TEST_PG is not set: start scripts/test-postgres.sh";
            GTEST_SKIP() << "no test PostgreSQL server (scripts/test-postgres.sh start)";
        }
        host = server.section(u':', 0, 0);
        port = server.section(u':', 1, 1).toInt();
        suffix = QUuid::createUuid().toString(QUuid::Id128).left(10);
        database = QStringLiteral("cbtest_") + suffix;
        admin(QStringLiteral("CREATE DATABASE %1").arg(database));
    }

    void TearDown() override {
        if (database.isEmpty())
            return;
        opened.clear();
        admin(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(database));
        for (const QString &role : std::as_const(roles))
            admin(QStringLiteral("DROP ROLE IF EXISTS %1").arg(role));
    }

    // Runs `sql` as the server's superuser on the maintenance database.
    void admin(const QString &sql, const QString &db = QStringLiteral("postgres")) {
        const QString name = QStringLiteral("cbtest-admin-") + suffix;
        {
            QSqlDatabase conn = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
            conn.setHostName(host);
            conn.setPort(port);
            conn.setDatabaseName(db);
            conn.setUserName(QStringLiteral("postgres"));
            ASSERT_TRUE(conn.open()) << conn.lastError().text().toStdString();
            QSqlQuery q(conn);
            EXPECT_TRUE(q.exec(sql)) << sql.toStdString() << ": " << q.lastError().text().toStdString();
            conn.close();
        }
        QSqlDatabase::removeDatabase(name);
    }

    // A login role in `group` (callbridge_agent or callbridge_supervisor), dropped after the test.
    QString loginRole(const QString &who, const QString &group) {
        const QString role = who + u'_' + suffix.toLower();
        admin(QStringLiteral("CREATE ROLE %1 LOGIN IN ROLE %2").arg(role, group));
        roles << role;
        return role;
    }

    TeamDatabase &connect(const QString &user) {
        TeamDatabaseUrl url;
        url.user = user;
        url.host = host;
        url.port = port;
        url.database = database;
        TeamOpenResult result = TeamDatabase::open(url, {});
        EXPECT_TRUE(result) << result.error.toStdString();
        opened.push_back(std::move(result.database));
        return *opened.back();
    }

    TeamDatabase &owner() { return connect(QStringLiteral("postgres")); }

    QString host;
    int port = 0;
    QString suffix;
    QString database;
    QStringList roles;
    std::vector<std::unique_ptr<TeamDatabase>> opened;
};

} // namespace callbridge::team::testing
