#include "journalschema.h"

#include "journalsql.h"
#include "model/reviewconcerns.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace callbridge::journal {

using namespace Qt::StringLiterals;

namespace {

// v1: contacts and their events, decisions, current links, link memory and the outbox.
bool migrateToV1(QSqlDatabase &db, QString *error) {
    return execStatements(
        db,
        {
            uR"(CREATE TABLE contacts (
                 contact_id TEXT PRIMARY KEY NOT NULL,
                 initial_contact_id TEXT NOT NULL DEFAULT '',
                 direction TEXT NOT NULL DEFAULT '',
                 customer_phone TEXT NOT NULL DEFAULT '',
                 phone_rev TEXT NOT NULL DEFAULT '',
                 agent_username TEXT NOT NULL DEFAULT '',
                 agent_name TEXT NOT NULL DEFAULT '',
                 first_seen INTEGER NOT NULL,
                 finished INTEGER NOT NULL DEFAULT 0,
                 finished_at INTEGER))"_s,
            u"CREATE INDEX contacts_unfinished ON contacts(first_seen) WHERE finished = 0"_s,
            uR"(CREATE TABLE events (
                 seq INTEGER PRIMARY KEY AUTOINCREMENT,
                 contact_id TEXT NOT NULL REFERENCES contacts(contact_id) ON DELETE CASCADE,
                 kind TEXT NOT NULL,
                 at INTEGER,
                 received_at INTEGER NOT NULL,
                 json TEXT NOT NULL))"_s,
            u"CREATE INDEX events_contact ON events(contact_id, seq)"_s,
            uR"(CREATE TABLE outcomes (
                 id INTEGER PRIMARY KEY AUTOINCREMENT,
                 contact_id TEXT NOT NULL REFERENCES contacts(contact_id) ON DELETE CASCADE,
                 at INTEGER NOT NULL,
                 outcome TEXT NOT NULL,
                 mode TEXT NOT NULL,
                 user_id INTEGER NOT NULL DEFAULT 0,
                 user_created INTEGER NOT NULL DEFAULT 0,
                 ticket_id INTEGER NOT NULL DEFAULT 0,
                 ticket_created INTEGER NOT NULL DEFAULT 0,
                 reason TEXT NOT NULL DEFAULT '',
                 notices TEXT NOT NULL DEFAULT '[]',
                 agent_username TEXT NOT NULL DEFAULT '',
                 agent_name TEXT NOT NULL DEFAULT '',
                 customer_phone TEXT NOT NULL DEFAULT '',
                 phone_rev TEXT NOT NULL DEFAULT ''))"_s,
            u"CREATE INDEX outcomes_at ON outcomes(at)"_s,
            u"CREATE INDEX outcomes_contact ON outcomes(contact_id, id)"_s,
            u"CREATE INDEX outcomes_agent ON outcomes(agent_username, at)"_s,
            u"CREATE INDEX outcomes_outcome ON outcomes(outcome, at)"_s,
            u"CREATE INDEX outcomes_mode ON outcomes(mode, at)"_s,
            u"CREATE INDEX outcomes_phone ON outcomes(phone_rev, at)"_s,
            u"CREATE INDEX outcomes_ticket ON outcomes(ticket_id, at)"_s,
            uR"(CREATE TABLE links (
                 contact_id TEXT PRIMARY KEY NOT NULL REFERENCES contacts(contact_id) ON DELETE CASCADE,
                 user_id INTEGER NOT NULL DEFAULT 0,
                 ticket_id INTEGER NOT NULL DEFAULT 0,
                 mode TEXT NOT NULL,
                 outcome TEXT NOT NULL,
                 reason TEXT NOT NULL DEFAULT '',
                 linked_at INTEGER NOT NULL,
                 agent_username TEXT NOT NULL DEFAULT '',
                 agent_name TEXT NOT NULL DEFAULT '',
                 customer_phone TEXT NOT NULL DEFAULT '',
                 phone_rev TEXT NOT NULL DEFAULT ''))"_s,
            u"CREATE INDEX links_at ON links(linked_at)"_s,
            u"CREATE INDEX links_agent ON links(agent_username, linked_at)"_s,
            u"CREATE INDEX links_outcome ON links(outcome, linked_at)"_s,
            u"CREATE INDEX links_mode ON links(mode, linked_at)"_s,
            u"CREATE INDEX links_phone ON links(phone_rev, linked_at)"_s,
            u"CREATE INDEX links_ticket ON links(ticket_id, linked_at)"_s,
            uR"(CREATE TABLE known_users (
                 e164 TEXT PRIMARY KEY NOT NULL,
                 user_id INTEGER NOT NULL,
                 updated INTEGER NOT NULL))"_s,
            uR"(CREATE TABLE call_tickets (
                 call_id TEXT PRIMARY KEY NOT NULL,
                 ticket_id INTEGER NOT NULL,
                 requester_id INTEGER NOT NULL,
                 updated INTEGER NOT NULL))"_s,
            uR"(CREATE TABLE outbox (
                 id INTEGER PRIMARY KEY AUTOINCREMENT,
                 idempotency_key TEXT NOT NULL UNIQUE,
                 kind TEXT NOT NULL,
                 target_id INTEGER NOT NULL DEFAULT 0,
                 external_id TEXT NOT NULL DEFAULT '',
                 marker TEXT NOT NULL DEFAULT '',
                 payload TEXT NOT NULL,
                 state TEXT NOT NULL CHECK (state IN ('pending', 'sending', 'done', 'failed')),
                 attempts INTEGER NOT NULL DEFAULT 0,
                 last_error TEXT NOT NULL DEFAULT '',
                 enqueued_at INTEGER NOT NULL,
                 first_attempt_at INTEGER,
                 next_attempt_at INTEGER,
                 updated_at INTEGER NOT NULL,
                 result_id INTEGER,
                 already_applied INTEGER,
                 result_json TEXT))"_s,
            u"CREATE INDEX outbox_open ON outbox(id) WHERE state IN ('pending', 'sending')"_s,
        },
        error);
}

bool execSimple(QSqlDatabase &db, const QString &sql, QString *error);

// v2: the journal's own id (a random UUID: rows it sends elsewhere are keyed by it) and replication cursors.
bool migrateToV2(QSqlDatabase &db, QString *error) {
    if (!execStatements(db,
                        {u"CREATE TABLE journal_meta (key TEXT PRIMARY KEY NOT NULL, value TEXT NOT NULL)"_s,
                         uR"(CREATE TABLE replication_cursors (
                              target TEXT PRIMARY KEY NOT NULL,
                              last_outcome_id INTEGER NOT NULL DEFAULT 0))"_s},
                        error))
        return false;
    QSqlQuery insert(db);
    insert.prepare(u"INSERT INTO journal_meta (key, value) VALUES ('journal_id', ?)"_s);
    insert.addBindValue(QUuid::createUuid().toString(QUuid::WithoutBraces));
    if (!insert.exec()) {
        *error = detail::describe(insert.lastError());
        return false;
    }
    return true;
}

// v3: corrections of links (an agent's or a supervisor's), stored before their first write; the ticket a
// call moved from stays on record for the review.
bool migrateToV3(QSqlDatabase &db, QString *error) {
    return execStatements(
        db,
        {uR"(CREATE TABLE corrections (
              contact_id TEXT NOT NULL REFERENCES contacts(contact_id) ON DELETE CASCADE,
              sequence INTEGER NOT NULL,
              kind TEXT NOT NULL,
              ticket_id INTEGER NOT NULL DEFAULT 0,
              user_id INTEGER NOT NULL DEFAULT 0,
              subject TEXT NOT NULL DEFAULT '',
              corrected_by TEXT NOT NULL,
              reason TEXT NOT NULL DEFAULT '',
              supervisor INTEGER NOT NULL DEFAULT 0,
              end_written INTEGER NOT NULL DEFAULT 0,
              from_ticket_id INTEGER NOT NULL DEFAULT 0,
              from_user_id INTEGER NOT NULL DEFAULT 0,
              from_ticket_created INTEGER NOT NULL DEFAULT 0,
              to_ticket_id INTEGER NOT NULL DEFAULT 0,
              requested_at INTEGER NOT NULL,
              done_at INTEGER,
              PRIMARY KEY (contact_id, sequence)))"_s,
         u"CREATE INDEX corrections_open ON corrections(requested_at) WHERE done_at IS NULL"_s,
         u"CREATE INDEX corrections_from_ticket ON corrections(from_ticket_id)"_s},
        error);
}

// v4, for the review: every state change of a write (append-only, so it can be copied in order), the
// supervisor's review marks, and each decision's review concerns (computed for the decisions already kept).
bool migrateToV4(QSqlDatabase &db, QString *error) {
    if (!execStatements(
            db,
            {uR"(CREATE TABLE write_log (
                  id INTEGER PRIMARY KEY AUTOINCREMENT,
                  idempotency_key TEXT NOT NULL,
                  contact_id TEXT NOT NULL DEFAULT '',
                  kind TEXT NOT NULL,
                  target_id INTEGER NOT NULL DEFAULT 0,
                  state TEXT NOT NULL,
                  attempts INTEGER NOT NULL DEFAULT 0,
                  error TEXT NOT NULL DEFAULT '',
                  result_id INTEGER NOT NULL DEFAULT 0,
                  at INTEGER NOT NULL,
                  payload TEXT NOT NULL DEFAULT ''))"_s,
             u"CREATE INDEX write_log_contact ON write_log(contact_id, id)"_s,
             u"CREATE INDEX write_log_key ON write_log(idempotency_key, id)"_s, uR"(CREATE TABLE reviews (
                  id INTEGER PRIMARY KEY AUTOINCREMENT,
                  contact_id TEXT NOT NULL,
                  reviewed_by TEXT NOT NULL,
                  reviewed_at INTEGER NOT NULL,
                  note TEXT NOT NULL DEFAULT ''))"_s,
             u"CREATE INDEX reviews_contact ON reviews(contact_id)"_s,
             u"ALTER TABLE outcomes ADD COLUMN concerns INTEGER NOT NULL DEFAULT 0"_s,
             u"CREATE INDEX outcomes_concerns ON outcomes(at) WHERE concerns <> 0"_s,
             u"CREATE INDEX outcomes_close_number ON outcomes(substr(phone_rev, 1, 7)) WHERE user_id <> 0"_s},
            error))
        return false;
    // Each write as it is now becomes its first logged state.
    QSqlQuery seed(db);
    if (!seed.exec(
            uR"(INSERT INTO write_log (idempotency_key, contact_id, kind, target_id, state, attempts, error,
                                          result_id, at, payload)
                     SELECT idempotency_key, '', kind, target_id, state, attempts, last_error,
                            COALESCE(result_id, 0), updated_at, payload FROM outbox ORDER BY id)"_s)) {
        *error = detail::describe(seed.lastError());
        return false;
    }
    QSqlQuery keys(db);
    QSqlQuery setContact(db);
    setContact.prepare(u"UPDATE write_log SET contact_id = ? WHERE id = ?"_s);
    if (!keys.exec(u"SELECT id, idempotency_key FROM write_log"_s)) {
        *error = detail::describe(keys.lastError());
        return false;
    }
    while (keys.next()) {
        setContact.addBindValue(detail::textOrEmpty(detail::contactOfWriteKey(keys.value(1).toString())));
        setContact.addBindValue(keys.value(0));
        if (!setContact.exec()) {
            *error = detail::describe(setContact.lastError());
            return false;
        }
    }
    QSqlQuery rows(db);
    QSqlQuery update(db);
    update.prepare(u"UPDATE outcomes SET concerns = ? WHERE id = ?"_s);
    if (!rows.exec(u"SELECT id, outcome, user_created, reason, notices FROM outcomes"_s)) {
        *error = detail::describe(rows.lastError());
        return false;
    }
    while (rows.next()) {
        QStringList notices;
        for (const QJsonValue &v : QJsonDocument::fromJson(rows.value(4).toString().toUtf8()).array())
            notices << v.toString();
        const int concerns = reviewConcernsFromEnglish(rows.value(1).toString(), rows.value(2).toBool(),
                                                       rows.value(3).toString(), notices);
        if (concerns == 0)
            continue;
        update.addBindValue(concerns);
        update.addBindValue(rows.value(0));
        if (!update.exec()) {
            *error = detail::describe(update.lastError());
            return false;
        }
    }
    return true;
}

bool execSimple(QSqlDatabase &db, const QString &sql, QString *error) {
    QSqlQuery query(db);
    if (!query.exec(sql)) {
        *error = detail::describe(query.lastError()) + u" (" + sql.left(60) + u')';
        return false;
    }
    return true;
}

bool applyOne(QSqlDatabase &db, const Migration &migration, QString *error) {
    if (!execSimple(db, u"BEGIN IMMEDIATE"_s, error)) {
        return false;
    }
    // Another process may have migrated between our read and the write lock.
    const int current = userVersion(db, error);
    bool ok = current >= 0;
    if (ok && current < migration.version) {
        ok = migration.apply(db, error)
             // PRAGMA takes no bound parameters; the version is a number from this build, never input.
             && execSimple(db, u"PRAGMA user_version = "_s + QString::number(migration.version), error);
    }
    if (ok && execSimple(db, u"COMMIT"_s, error)) {
        return true;
    }
    QString ignored;
    execSimple(db, u"ROLLBACK"_s, &ignored);
    return false;
}

// v5: a supervisor's relink copies the call's events and decisions from the team database into their own
// journal; those rows are marked so that they are never replicated back as the supervisor's.
bool migrateToV5(QSqlDatabase &db, QString *error) {
    return execStatements(db,
                          {u"ALTER TABLE events ADD COLUMN imported INTEGER NOT NULL DEFAULT 0"_s,
                           u"ALTER TABLE outcomes ADD COLUMN imported INTEGER NOT NULL DEFAULT 0"_s},
                          error);
}

// v6: each decision's reason and notices also as phrases (templates and values), so that a window words them
// in its own language; the text columns keep them in the notes' language.
bool migrateToV6(QSqlDatabase &db, QString *error) {
    return execStatements(db,
                          {u"ALTER TABLE outcomes ADD COLUMN reason_phrase TEXT"_s,
                           u"ALTER TABLE outcomes ADD COLUMN notice_phrases TEXT"_s},
                          error);
}

} // namespace

const std::vector<Migration> &journalMigrations() {
    static const std::vector<Migration> migrations{
        {1, u"v1: contacts, events, outcomes, links, link memory, outbox"_s, migrateToV1},
        {2, u"v2: journal id, replication cursors"_s, migrateToV2},
        {3, u"v3: corrections of links"_s, migrateToV3},
        {4, u"v4: write log, review marks, review concerns"_s, migrateToV4},
        {5, u"v5: events and decisions copied from another journal are marked imported"_s, migrateToV5},
        {6, u"v6: reasons and notices as phrases"_s, migrateToV6},
    };
    return migrations;
}

int journalSchemaVersion() {
    return journalMigrations().back().version;
}

int userVersion(const QSqlDatabase &db, QString *error) {
    QSqlQuery query(db);
    if (!query.exec(u"PRAGMA user_version"_s) || !query.next()) {
        *error = detail::describe(query.lastError());
        return -1;
    }
    return query.value(0).toInt();
}

MigrationResult runMigrations(QSqlDatabase &db, const std::vector<Migration> &migrations) {
    MigrationResult result;
    const int latest = migrations.empty() ? 0 : migrations.back().version;
    result.fromVersion = userVersion(db, &result.error);
    if (result.fromVersion < 0) {
        result.error = u"cannot read the journal's schema version: "_s + result.error;
        return result;
    }
    if (result.fromVersion > latest) {
        result.error =
            u"the journal has schema version %1, newer than this build of Callbridge supports (%2); "
            u"refusing to open it — use a newer Callbridge or another journal file"_s.arg(result.fromVersion)
                .arg(latest);
        return result;
    }
    int expected = 1;
    for (const Migration &migration : migrations) {
        if (migration.version != expected++) {
            result.error = u"migration \"%1\" is out of sequence"_s.arg(migration.name);
            return result;
        }
    }
    result.toVersion = result.fromVersion;
    for (const Migration &migration : migrations) {
        if (migration.version <= result.toVersion) {
            continue;
        }
        if (!applyOne(db, migration, &result.error)) {
            result.error = u"migration \"%1\" failed: %2"_s.arg(migration.name, result.error);
            return result;
        }
        result.applied.append(migration.name);
        result.toVersion = migration.version;
    }
    result.ok = true;
    return result;
}

bool execStatements(QSqlDatabase &db, const QStringList &statements, QString *error) {
    for (const QString &sql : statements) {
        if (!execSimple(db, sql, error)) {
            return false;
        }
    }
    return true;
}

} // namespace callbridge::journal
