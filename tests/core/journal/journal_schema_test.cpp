#include "journal/journalschema.h"
#include "journaltestsupport.h"

#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

namespace callbridge::journal {
namespace {

using namespace Qt::StringLiterals;
using namespace testing;

// A raw SQLite connection, for poking at a journal file from outside or running migrations directly.
class RawDb {
public:
    explicit RawDb(const QString &path)
        : m_name(u"raw-"_s + QString::number(++s_counter)) {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_name);
        db.setDatabaseName(path);
        EXPECT_TRUE(db.open());
    }
    ~RawDb() {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }
    QVariant scalar(const QString &sql) const {
        QSqlQuery q(db());
        EXPECT_TRUE(q.exec(sql)) << q.lastError().text().toStdString();
        return q.next() ? q.value(0) : QVariant();
    }

private:
    static inline int s_counter = 0;
    QString m_name;
};

QVariant pragma(Journal &journal, const QString &sql) {
    QSqlQuery q(journal.database());
    EXPECT_TRUE(q.exec(sql));
    return q.next() ? q.value(0) : QVariant();
}

TEST(JournalSchema, FreshJournalIsAtTheCurrentVersionWithWalAndForeignKeys) {
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    auto journal = openOrFail(dir.filePath(u"sub/dir/journal.sqlite"_s)); // parent directories are created
    ASSERT_TRUE(journal);
    EXPECT_EQ(journal->schemaVersion(), journalSchemaVersion());
    EXPECT_EQ(journalSchemaVersion(), 6);
    EXPECT_EQ(pragma(*journal, u"PRAGMA journal_mode"_s).toString(), u"wal"_s);
    EXPECT_EQ(pragma(*journal, u"PRAGMA foreign_keys"_s).toInt(), 1);
    EXPECT_EQ(pragma(*journal, u"PRAGMA synchronous"_s).toInt(), 1); // NORMAL between outbox commits
    EXPECT_EQ(pragma(*journal, u"PRAGMA busy_timeout"_s).toInt(), 5000);
    for (const QString &table :
         {u"contacts"_s, u"events"_s, u"outcomes"_s, u"links"_s, u"known_users"_s, u"call_tickets"_s,
          u"outbox"_s, u"journal_meta"_s, u"replication_cursors"_s}) {
        QSqlQuery q(journal->database());
        ASSERT_TRUE(q.prepare(u"SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = ?"_s));
        q.addBindValue(table);
        ASSERT_TRUE(q.exec() && q.next());
        EXPECT_EQ(q.value(0).toInt(), 1) << table.toStdString();
    }
}

TEST(JournalSchema, ReopeningKeepsTheData) {
    QTemporaryDir dir;
    const QString path = dir.filePath(u"journal.sqlite"_s);
    {
        auto journal = openOrFail(path);
        ASSERT_TRUE(journal->recordEvent(makeEvent(ContactEventKind::Connecting, u"c-1"_s, utc(2, 9))));
        ASSERT_TRUE(journal->rememberUser(u"+4930123456"_s, 77));
    }
    auto reopened = openOrFail(path);
    ASSERT_TRUE(reopened);
    EXPECT_EQ(reopened->events(u"c-1"_s).size(), 1);
    EXPECT_EQ(reopened->knownUser(u"+4930123456"_s), std::optional<qint64>(77));
    EXPECT_EQ(reopened->schemaVersion(), journalSchemaVersion());
}

TEST(JournalSchema, RefusesAJournalFromANewerBuild) {
    QTemporaryDir dir;
    const QString path = dir.filePath(u"journal.sqlite"_s);
    { openOrFail(path); }
    {
        RawDb raw(path);
        raw.scalar(u"PRAGMA user_version = 42"_s);
    }
    const JournalOpenResult opened = Journal::open(path);
    EXPECT_FALSE(opened.journal);
    EXPECT_TRUE(opened.error.contains(u"newer"_s)) << opened.error.toStdString();
    EXPECT_TRUE(opened.error.contains(u"42"_s)) << opened.error.toStdString();
    RawDb raw(path);
    EXPECT_EQ(raw.scalar(u"PRAGMA user_version"_s).toInt(), 42); // untouched
}

TEST(JournalSchema, RefusesAFileThatIsNotADatabase) {
    QTemporaryDir dir;
    const QString path = dir.filePath(u"journal.sqlite"_s);
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(4096, 'x'));
    file.close();
    const JournalOpenResult opened = Journal::open(path);
    EXPECT_FALSE(opened.journal);
    EXPECT_TRUE(opened.error.contains(path)) << opened.error.toStdString();
}

TEST(JournalSchema, RefusesAPathThatCannotBeCreated) {
    QTemporaryDir dir;
    QFile blocker(dir.filePath(u"file"_s));
    ASSERT_TRUE(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    const JournalOpenResult opened = Journal::open(dir.filePath(u"file/journal.sqlite"_s));
    EXPECT_FALSE(opened.journal);
    EXPECT_FALSE(opened.error.isEmpty());
    EXPECT_FALSE(Journal::open(QString()).journal);
}

TEST(JournalSchema, DefaultPathIsInTheAppDataLocation) {
    EXPECT_TRUE(Journal::defaultPath().endsWith(u"/journal.sqlite"_s));
}

TEST(JournalSchema, SeveralJournalsLiveSideBySide) {
    auto first = openMemory();
    auto second = openMemory();
    ASSERT_TRUE(first && second);
    ASSERT_TRUE(first->rememberUser(u"+1555"_s, 1));
    EXPECT_EQ(first->knownUser(u"+1555"_s), std::optional<qint64>(1));
    EXPECT_EQ(second->knownUser(u"+1555"_s), std::nullopt);
}

struct CountingMigrations {
    int v1Runs = 0;
    int v2Runs = 0;
    std::vector<Migration> upTo(int version) {
        std::vector<Migration> migrations{{1, u"one"_s, [this](QSqlDatabase &db, QString *error) {
                                               ++v1Runs;
                                               return execStatements(db, {u"CREATE TABLE a (x)"_s}, error);
                                           }}};
        if (version >= 2) {
            migrations.push_back({2, u"two"_s, [this](QSqlDatabase &db, QString *error) {
                                      ++v2Runs;
                                      return execStatements(db, {u"ALTER TABLE a ADD COLUMN y"_s}, error);
                                  }});
        }
        return migrations;
    }
};

TEST(JournalMigrations, RunsPendingMigrationsOnceEach) {
    QTemporaryDir dir;
    RawDb raw(dir.filePath(u"m.sqlite"_s));
    QSqlDatabase db = raw.db();
    CountingMigrations counting;

    MigrationResult first = runMigrations(db, counting.upTo(1));
    ASSERT_TRUE(first.ok) << first.error.toStdString();
    EXPECT_EQ(first.fromVersion, 0);
    EXPECT_EQ(first.toVersion, 1);
    EXPECT_EQ(first.applied, QStringList{u"one"_s});

    MigrationResult again = runMigrations(db, counting.upTo(1));
    ASSERT_TRUE(again.ok);
    EXPECT_TRUE(again.applied.isEmpty());
    EXPECT_EQ(counting.v1Runs, 1);

    MigrationResult upgrade = runMigrations(db, counting.upTo(2));
    ASSERT_TRUE(upgrade.ok) << upgrade.error.toStdString();
    EXPECT_EQ(upgrade.fromVersion, 1);
    EXPECT_EQ(upgrade.toVersion, 2);
    EXPECT_EQ(counting.v1Runs, 1);
    EXPECT_EQ(counting.v2Runs, 1);
    EXPECT_EQ(raw.scalar(u"PRAGMA user_version"_s).toInt(), 2);
}

TEST(JournalMigrations, AFailingMigrationRollsBackAndKeepsTheVersion) {
    QTemporaryDir dir;
    RawDb raw(dir.filePath(u"m.sqlite"_s));
    QSqlDatabase db = raw.db();
    const std::vector<Migration> failing{
        {1, u"half"_s, [](QSqlDatabase &d, QString *error) {
             return execStatements(d, {u"CREATE TABLE b (x)"_s, u"THIS IS NOT SQL"_s}, error);
         }}};
    const MigrationResult result = runMigrations(db, failing);
    EXPECT_FALSE(result.ok);
    EXPECT_TRUE(result.error.contains(u"half"_s)) << result.error.toStdString();
    EXPECT_EQ(raw.scalar(u"PRAGMA user_version"_s).toInt(), 0);
    EXPECT_EQ(raw.scalar(u"SELECT COUNT(*) FROM sqlite_master WHERE name = 'b'"_s).toInt(), 0);
}

TEST(JournalMigrations, RefusesOutOfSequenceMigrations) {
    QTemporaryDir dir;
    RawDb raw(dir.filePath(u"m.sqlite"_s));
    QSqlDatabase db = raw.db();
    const std::vector<Migration> gap{{2, u"gap"_s, [](QSqlDatabase &, QString *) {
                                          return true;
                                      }}};
    const MigrationResult result = runMigrations(db, gap);
    EXPECT_FALSE(result.ok);
    EXPECT_EQ(raw.scalar(u"PRAGMA user_version"_s).toInt(), 0);
}

} // namespace
} // namespace callbridge::journal
