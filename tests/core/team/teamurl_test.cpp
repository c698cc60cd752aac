#include "policy/teamurl.h"

#include <gtest/gtest.h>

using namespace callbridge;

TEST(TeamDatabaseUrl, ReadsUserHostPortDatabaseAndSslMode) {
    const TeamUrlParse p = parseTeamDatabaseUrl(
        QStringLiteral("postgresql://ann@db.acme.example:6432/callbridge?sslmode=verify-full"));
    ASSERT_TRUE(p.url) << p.error.toStdString();
    EXPECT_EQ(p.url->user, QStringLiteral("ann"));
    EXPECT_EQ(p.url->host, QStringLiteral("db.acme.example"));
    EXPECT_EQ(p.url->port, 6432);
    EXPECT_EQ(p.url->database, QStringLiteral("callbridge"));
    EXPECT_EQ(p.url->sslMode, QStringLiteral("verify-full"));
    EXPECT_EQ(p.url->display(),
              QStringLiteral("postgresql://ann@db.acme.example:6432/callbridge?sslmode=verify-full"));
}

TEST(TeamDatabaseUrl, DefaultsToPort5432AndTheDriversSslMode) {
    const TeamUrlParse p = parseTeamDatabaseUrl(QStringLiteral("postgres://ann@10.0.0.5/team"));
    ASSERT_TRUE(p.url) << p.error.toStdString();
    EXPECT_EQ(p.url->port, 5432);
    EXPECT_TRUE(p.url->sslMode.isEmpty());
}

TEST(TeamDatabaseUrl, RefusesWhatItCannotUseWithAReason) {
    const struct {
        const char *text;
        const char *because;
    } rows[] = {
        {"postgresql://ann:secret@db/team", "must not contain a password"},
        {"mysql://ann@db/team", "scheme"},
        {"postgresql://db/team", "no user"},
        {"postgresql://ann@/team", "no host"},
        {"postgresql://ann@db", "one database"},
        {"postgresql://ann@db/a/b", "one database"},
        {"postgresql://ann@db/team?sslmode=sometimes", "sslmode must be one of"},
        {"postgresql://ann@db/team?application_name=x", "only sslmode"},
        {"not a url at all", "expected postgresql://"},
    };
    for (const auto &row : rows) {
        const TeamUrlParse p = parseTeamDatabaseUrl(QString::fromLatin1(row.text));
        EXPECT_FALSE(p.url) << row.text;
        EXPECT_TRUE(p.error.contains(QLatin1String(row.because)))
            << row.text << ": " << p.error.toStdString();
        EXPECT_FALSE(p.error.contains(QLatin1String("secret"))) << row.text;
    }
}
