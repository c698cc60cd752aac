#include "teamdatabase.h"

#include "journal/journalsql.h"
#include "model/calloutcome.h"
#include "model/reviewconcerns.h"

#include <QAtomicInteger>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace callbridge::team {

using namespace Qt::StringLiterals;

namespace {

// A null QString would bind as SQL NULL; the columns are NOT NULL with '' for "none".
QVariant text(const QString &value) {
    return value.isNull() ? QVariant(QStringLiteral("")) : QVariant(value);
}

QString describe(const QSqlError &error) {
    const QString text = error.databaseText().isEmpty() ? error.driverText() : error.databaseText();
    return text.trimmed().isEmpty() ? u"unknown database error"_s : text.trimmed();
}

// v1: decisions, their indexes (one per review filter), the two roles and row-level security, and the call →
// ticket lookup agents may use across each other's rows (a security definer function returning one link).
// Roles belong to the whole server, so two databases migrated at once race to create them; the loser finds
// the role made and goes on.
const QStringList &migrationV1() {
    static const QStringList statements{
        uR"(DO $$ BEGIN
              BEGIN
                CREATE ROLE callbridge_agent NOLOGIN;
              EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
              END;
              BEGIN
                CREATE ROLE callbridge_supervisor NOLOGIN;
              EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
              END;
            END $$)"_s,
        uR"(CREATE TABLE team_outcomes (
              journal_id text NOT NULL,
              local_id bigint NOT NULL,
              contact_id text NOT NULL,
              initial_contact_id text NOT NULL DEFAULT '',
              direction text NOT NULL DEFAULT '',
              at timestamptz NOT NULL,
              outcome text NOT NULL,
              mode text NOT NULL,
              links boolean NOT NULL DEFAULT false,
              user_id bigint NOT NULL DEFAULT 0,
              user_created boolean NOT NULL DEFAULT false,
              ticket_id bigint NOT NULL DEFAULT 0,
              ticket_created boolean NOT NULL DEFAULT false,
              reason text NOT NULL DEFAULT '',
              notices jsonb NOT NULL DEFAULT '[]',
              agent_username text NOT NULL DEFAULT '',
              agent_name text NOT NULL DEFAULT '',
              customer_number text NOT NULL DEFAULT '',
              number_rev text NOT NULL DEFAULT '',
              db_user name NOT NULL DEFAULT current_user,
              PRIMARY KEY (journal_id, local_id)))"_s,
        u"CREATE INDEX team_outcomes_at ON team_outcomes (at)"_s,
        u"CREATE INDEX team_outcomes_agent ON team_outcomes (agent_username, at)"_s,
        u"CREATE INDEX team_outcomes_outcome ON team_outcomes (outcome, at)"_s,
        u"CREATE INDEX team_outcomes_mode ON team_outcomes (mode, at)"_s,
        u"CREATE INDEX team_outcomes_number ON team_outcomes (number_rev text_pattern_ops)"_s,
        u"CREATE INDEX team_outcomes_ticket ON team_outcomes (ticket_id) WHERE ticket_id <> 0"_s,
        u"CREATE INDEX team_outcomes_contact ON team_outcomes (contact_id, at)"_s,
        u"CREATE INDEX team_outcomes_call ON team_outcomes (initial_contact_id, at) WHERE links"_s,
        u"CREATE INDEX team_outcomes_db_user ON team_outcomes (db_user, at)"_s,
        u"GRANT SELECT ON callbridge_team_schema TO callbridge_agent, callbridge_supervisor"_s,
        u"GRANT SELECT, INSERT ON team_outcomes TO callbridge_agent"_s,
        u"GRANT SELECT ON team_outcomes TO callbridge_supervisor"_s,
        u"ALTER TABLE team_outcomes ENABLE ROW LEVEL SECURITY"_s,
        uR"(CREATE POLICY agents_own_rows ON team_outcomes FOR ALL TO callbridge_agent
              USING (db_user = current_user) WITH CHECK (db_user = current_user))"_s,
        u"CREATE POLICY supervisors_read_all ON team_outcomes FOR SELECT TO callbridge_supervisor USING (true)"_s,
        uR"(CREATE FUNCTION callbridge_call_ticket(call_id text)
              RETURNS TABLE (ticket_id bigint, requester_id bigint)
              LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
                SELECT t.ticket_id, t.user_id FROM public.team_outcomes t
                WHERE t.initial_contact_id = call_id AND t.links AND t.ticket_id > 0
                ORDER BY t.at DESC, t.local_id DESC LIMIT 1
              $$)"_s,
        u"REVOKE ALL ON FUNCTION callbridge_call_ticket(text) FROM PUBLIC"_s,
        u"GRANT EXECUTE ON FUNCTION callbridge_call_ticket(text) TO callbridge_agent, callbridge_supervisor"_s,
    };
    return statements;
}

// v2, for the review window: each decision's review concerns and the indexes its queries need (keyset pages,
// the queue, close numbers, text in the reason), the contacts' events and the writes' state changes copied
// from every journal (append-only, agents insert and read their own), and supervisors' review marks
// (supervisors only: agents may neither read nor write them).
const QStringList &migrationV2() {
    static const QStringList statements{
        u"ALTER TABLE team_outcomes ADD COLUMN concerns integer NOT NULL DEFAULT 0"_s,
        u"CREATE INDEX team_outcomes_page ON team_outcomes (at, journal_id, local_id)"_s,
        u"CREATE INDEX team_outcomes_concerns ON team_outcomes (at) WHERE concerns <> 0"_s,
        // The charts' counts per hour, outcome and agent read this index only.
        u"CREATE INDEX team_outcomes_counts ON team_outcomes (at) INCLUDE (outcome, mode, agent_username)"_s,
        u"CREATE INDEX team_outcomes_close_number ON team_outcomes (substr(number_rev, 1, 7)) WHERE user_id <> 0"_s,
        u"CREATE INDEX team_outcomes_new_users ON team_outcomes (at) WHERE (concerns & 64) <> 0"_s,
        // Text in the reason: a trigram index where the server has pg_trgm (a trusted extension: the
        // database's owner may create it); without it the search still works, scanning.
        uR"(DO $$ BEGIN
              IF EXISTS (SELECT 1 FROM pg_available_extensions WHERE name = 'pg_trgm') THEN
                CREATE EXTENSION IF NOT EXISTS pg_trgm;
                CREATE INDEX team_outcomes_reason ON team_outcomes USING gin (reason gin_trgm_ops);
              END IF;
            END $$)"_s,
        uR"(CREATE TABLE team_events (
              journal_id text NOT NULL,
              local_seq bigint NOT NULL,
              contact_id text NOT NULL,
              kind text NOT NULL,
              at timestamptz,
              received_at timestamptz NOT NULL,
              event jsonb NOT NULL DEFAULT '{}',
              db_user name NOT NULL DEFAULT current_user,
              PRIMARY KEY (journal_id, local_seq)))"_s,
        u"CREATE INDEX team_events_contact ON team_events (contact_id)"_s,
        uR"(CREATE TABLE team_writes (
              journal_id text NOT NULL,
              local_id bigint NOT NULL,
              contact_id text NOT NULL DEFAULT '',
              idempotency_key text NOT NULL,
              kind text NOT NULL,
              target_id bigint NOT NULL DEFAULT 0,
              state text NOT NULL,
              attempts integer NOT NULL DEFAULT 0,
              error text NOT NULL DEFAULT '',
              result_id bigint NOT NULL DEFAULT 0,
              at timestamptz NOT NULL,
              payload jsonb,
              db_user name NOT NULL DEFAULT current_user,
              PRIMARY KEY (journal_id, local_id)))"_s,
        u"CREATE INDEX team_writes_contact ON team_writes (contact_id)"_s,
        u"CREATE INDEX team_writes_failed ON team_writes (at) WHERE state = 'failed'"_s,
        uR"(CREATE TABLE team_reviews (
              id bigserial PRIMARY KEY,
              contact_id text NOT NULL,
              journal_id text NOT NULL DEFAULT '',
              reviewed_by name NOT NULL DEFAULT current_user,
              reviewed_at timestamptz NOT NULL DEFAULT now(),
              note text NOT NULL DEFAULT ''))"_s,
        u"CREATE INDEX team_reviews_contact ON team_reviews (contact_id)"_s,
        u"GRANT SELECT, INSERT ON team_events, team_writes TO callbridge_agent"_s,
        u"GRANT SELECT ON team_events, team_writes TO callbridge_supervisor"_s,
        u"GRANT SELECT, INSERT ON team_reviews TO callbridge_supervisor"_s,
        u"GRANT USAGE ON SEQUENCE team_reviews_id_seq TO callbridge_supervisor"_s,
        u"ALTER TABLE team_events ENABLE ROW LEVEL SECURITY"_s,
        u"ALTER TABLE team_writes ENABLE ROW LEVEL SECURITY"_s,
        u"ALTER TABLE team_reviews ENABLE ROW LEVEL SECURITY"_s,
        uR"(CREATE POLICY agents_own_rows ON team_events FOR ALL TO callbridge_agent
              USING (db_user = current_user) WITH CHECK (db_user = current_user))"_s,
        uR"(CREATE POLICY agents_own_rows ON team_writes FOR ALL TO callbridge_agent
              USING (db_user = current_user) WITH CHECK (db_user = current_user))"_s,
        u"CREATE POLICY supervisors_read_all ON team_events FOR SELECT TO callbridge_supervisor USING (true)"_s,
        u"CREATE POLICY supervisors_read_all ON team_writes FOR SELECT TO callbridge_supervisor USING (true)"_s,
        u"CREATE POLICY supervisors_read_all ON team_reviews FOR SELECT TO callbridge_supervisor USING (true)"_s,
        uR"(CREATE POLICY supervisors_mark_as_themselves ON team_reviews FOR INSERT TO callbridge_supervisor
              WITH CHECK (reviewed_by = current_user))"_s,
    };
    return statements;
}

// v3: supervisors relink calls through their own journal and outbox, which replicates the correction and its
// writes like an agent's: they may insert their own rows (the copies of the corrected call's earlier rows
// stay in their journal, marked imported, and are never sent).
const QStringList &migrationV3() {
    static const QStringList statements{
        u"GRANT INSERT ON team_outcomes, team_events, team_writes TO callbridge_supervisor"_s,
        uR"(CREATE POLICY supervisors_insert_own_rows ON team_outcomes FOR INSERT TO callbridge_supervisor
              WITH CHECK (db_user = current_user))"_s,
        uR"(CREATE POLICY supervisors_insert_own_rows ON team_events FOR INSERT TO callbridge_supervisor
              WITH CHECK (db_user = current_user))"_s,
        uR"(CREATE POLICY supervisors_insert_own_rows ON team_writes FOR INSERT TO callbridge_supervisor
              WITH CHECK (db_user = current_user))"_s,
    };
    return statements;
}

// v4: each decision's reason and notices as phrases too, so that the review window words them in the
// supervisor's language (the text columns keep the notes' language).
const QStringList &migrationV4() {
    static const QStringList statements{
        u"ALTER TABLE team_outcomes ADD COLUMN reason_phrase jsonb"_s,
        u"ALTER TABLE team_outcomes ADD COLUMN notice_phrases jsonb"_s,
    };
    return statements;
}

const QList<const QStringList *> &migrations() {
    static const QList<const QStringList *> all{&migrationV1(), &migrationV2(), &migrationV3(),
                                                &migrationV4()};
    return all;
}

} // namespace

TeamOpenResult TeamDatabase::open(const TeamDatabaseUrl &url, const QString &password) {
    static QAtomicInteger<quint64> counter;
    const QString name = u"callbridge-team-%1"_s.arg(++counter);
    std::unique_ptr<TeamDatabase> team(new TeamDatabase(name));
    if (!QSqlDatabase::isDriverAvailable(u"QPSQL"_s))
        return {nullptr, u"Qt's PostgreSQL driver is not installed (Debian: libqt6sql6-psql)"_s};
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, name);
    db.setHostName(url.host);
    db.setPort(url.port);
    db.setDatabaseName(url.database);
    db.setUserName(url.user);
    db.setPassword(password);
    // Bounded waits: a slow or unreachable team database must never hold up a call for long.
    QStringList options{u"connect_timeout=5"_s, u"application_name=callbridge"_s,
                        u"options='-c statement_timeout=3000'"_s};
    if (!url.sslMode.isEmpty())
        options << u"sslmode="_s + url.sslMode;
    db.setConnectOptions(options.join(u';'));
    if (!db.open())
        return {nullptr, u"cannot connect to %1: %2"_s.arg(url.display(), describe(db.lastError()))};
    return {std::move(team), {}};
}

TeamDatabase::TeamDatabase(QString connectionName)
    : m_connectionName(std::move(connectionName)) {}

TeamDatabase::~TeamDatabase() {
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isValid())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QSqlDatabase TeamDatabase::connection() const {
    return QSqlDatabase::database(m_connectionName, false);
}

bool TeamDatabase::isOpen() const {
    return connection().isOpen();
}

bool TeamDatabase::exec(const QString &sql) {
    QSqlQuery query(connection());
    if (!query.exec(sql)) {
        m_lastError = describe(query.lastError());
        return false;
    }
    return true;
}

int TeamDatabase::latestSchemaVersion() {
    return int(migrations().size());
}

int TeamDatabase::schemaVersion() const {
    QSqlQuery query(connection());
    if (!query.exec(u"SELECT to_regclass('public.callbridge_team_schema') IS NOT NULL"_s) || !query.next()) {
        m_lastError = describe(query.lastError());
        return -1;
    }
    if (!query.value(0).toBool())
        return 0;
    if (!query.exec(u"SELECT COALESCE(MAX(version), 0) FROM callbridge_team_schema"_s) || !query.next()) {
        m_lastError = describe(query.lastError());
        return -1;
    }
    return query.value(0).toInt();
}

bool TeamDatabase::migrate() {
    if (!exec(u"CREATE TABLE IF NOT EXISTS callbridge_team_schema (version integer PRIMARY KEY)"_s))
        return false;
    const int current = schemaVersion();
    if (current < 0)
        return false;
    if (current > latestSchemaVersion()) {
        m_lastError =
            u"the team database has schema version %1, newer than this build supports (%2)"_s.arg(current)
                .arg(latestSchemaVersion());
        return false;
    }
    for (int version = current + 1; version <= latestSchemaVersion(); ++version) {
        QSqlDatabase db = connection();
        if (!db.transaction()) {
            m_lastError = describe(db.lastError());
            return false;
        }
        bool ok = true;
        for (const QString &sql : *migrations().at(version - 1)) {
            if (!(ok = exec(sql)))
                break;
        }
        QSqlQuery bump(db);
        bump.prepare(u"INSERT INTO callbridge_team_schema (version) VALUES (?)"_s);
        bump.addBindValue(version);
        if (ok && !bump.exec()) {
            m_lastError = describe(bump.lastError());
            ok = false;
        }
        if (!ok || !db.commit()) {
            db.rollback();
            m_lastError = u"migration to v%1 failed: %2"_s.arg(version).arg(m_lastError);
            return false;
        }
    }
    return true;
}

bool TeamDatabase::insertOutcomes(const QString &journalId,
                                  const QList<journal::ReplicatedOutcome> &outcomes) {
    if (outcomes.isEmpty())
        return true;
    QSqlDatabase db = connection();
    if (!db.transaction()) {
        m_lastError = describe(db.lastError());
        return false;
    }
    QSqlQuery insert(db);
    insert.prepare(
        uR"(INSERT INTO team_outcomes (journal_id, local_id, contact_id, initial_contact_id, direction,
                         at, outcome, mode, links, user_id, user_created, ticket_id, ticket_created, reason,
                         notices, agent_username, agent_name, customer_number, number_rev, concerns,
                         reason_phrase, notice_phrases)
                       VALUES (?, ?, ?, ?, ?, to_timestamp(?::double precision / 1000), ?, ?, ?, ?, ?, ?, ?, ?,
                               ?::jsonb, ?, ?, ?, ?, ?, ?::jsonb, ?::jsonb)
                       ON CONFLICT (journal_id, local_id) DO NOTHING)"_s);
    for (const journal::ReplicatedOutcome &o : outcomes) {
        const journal::OutcomeRecord &r = o.record;
        const std::optional<Outcome> kind = outcomeFromName(r.outcome);
        const QString notices = QString::fromUtf8(
            QJsonDocument(QJsonArray::fromStringList(r.notices)).toJson(QJsonDocument::Compact));
        const QVariant reasonPhrase =
            r.reasonPhrase.isTemplate() ? text(QString::fromUtf8(
                QJsonDocument(r.reasonPhrase.toJson().toObject()).toJson(QJsonDocument::Compact)))
                                        : QVariant(QMetaType(QMetaType::QString));
        const QVariant noticePhrases =
            r.noticePhrases.isEmpty()
                ? QVariant(QMetaType(QMetaType::QString))
                : text(QString::fromUtf8(
                    QJsonDocument(phrasesToJson(r.noticePhrases).toArray()).toJson(QJsonDocument::Compact)));
        for (const QVariant &value :
             {text(journalId),
              QVariant(r.id),
              text(r.contactId),
              text(o.initialContactId),
              text(o.direction),
              QVariant(r.at.toMSecsSinceEpoch()),
              text(r.outcome),
              text(r.mode),
              QVariant(kind && outcomeUpdatesLink(*kind)),
              QVariant(r.userId),
              QVariant(r.userCreated),
              QVariant(r.ticketId),
              QVariant(r.ticketCreated),
              text(r.reason),
              text(notices),
              text(r.agentUsername),
              text(r.agentName),
              text(r.customerNumber),
              text(journal::detail::reversedDigits(r.customerNumber)),
              QVariant(r.concerns | reviewConcernsFromEnglish(r.outcome, r.userCreated, r.reason, r.notices)),
              reasonPhrase,
              noticePhrases})
            insert.addBindValue(value);
        if (!insert.exec()) {
            m_lastError = describe(insert.lastError());
            db.rollback();
            return false;
        }
    }
    if (!db.commit()) {
        m_lastError = describe(db.lastError());
        db.rollback();
        return false;
    }
    return true;
}

bool TeamDatabase::insertRows(const QString &sql, const QList<QVariantList> &rows) {
    if (rows.isEmpty())
        return true;
    QSqlDatabase db = connection();
    if (!db.transaction()) {
        m_lastError = describe(db.lastError());
        return false;
    }
    QSqlQuery insert(db);
    insert.prepare(sql);
    for (const QVariantList &row : rows) {
        for (const QVariant &value : row)
            insert.addBindValue(value);
        if (!insert.exec()) {
            m_lastError = describe(insert.lastError());
            db.rollback();
            return false;
        }
    }
    if (!db.commit()) {
        m_lastError = describe(db.lastError());
        db.rollback();
        return false;
    }
    return true;
}

namespace {
QVariant ms(const QDateTime &t) {
    return t.isValid() ? QVariant(t.toMSecsSinceEpoch()) : QVariant(QMetaType(QMetaType::LongLong));
}
} // namespace

bool TeamDatabase::insertEvents(const QString &journalId, const QList<journal::EventRecord> &events) {
    QList<QVariantList> rows;
    for (const journal::EventRecord &e : events) {
        const QJsonDocument json = QJsonDocument::fromJson(e.json);
        rows << QVariantList{text(journalId),
                             e.seq,
                             text(e.contactId),
                             text(e.kind),
                             ms(e.at),
                             ms(e.receivedAt.isValid() ? e.receivedAt : e.at),
                             text(json.isObject() ? QString::fromUtf8(e.json) : u"{}"_s)};
    }
    return insertRows(
        uR"(INSERT INTO team_events (journal_id, local_seq, contact_id, kind, at, received_at, event)
                          VALUES (?, ?, ?, ?, to_timestamp(?::double precision / 1000),
                                  to_timestamp(?::double precision / 1000), ?::jsonb)
                          ON CONFLICT (journal_id, local_seq) DO NOTHING)"_s,
        rows);
}

bool TeamDatabase::insertWrites(const QString &journalId, const QList<journal::WriteTransition> &writes) {
    QList<QVariantList> rows;
    for (const journal::WriteTransition &w : writes) {
        const bool hasPayload = QJsonDocument::fromJson(w.payload).isObject();
        rows << QVariantList{text(journalId),
                             w.id,
                             text(w.contactId),
                             text(w.idempotencyKey),
                             text(w.kind),
                             w.targetId,
                             text(w.state),
                             w.attempts,
                             text(w.error),
                             w.resultId,
                             ms(w.at),
                             hasPayload ? QVariant(QString::fromUtf8(w.payload))
                                        : QVariant(QMetaType(QMetaType::QString))};
    }
    return insertRows(
        uR"(INSERT INTO team_writes (journal_id, local_id, contact_id, idempotency_key, kind, target_id,
                                                state, attempts, error, result_id, at, payload)
                          VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, to_timestamp(?::double precision / 1000), ?::jsonb)
                          ON CONFLICT (journal_id, local_id) DO NOTHING)"_s,
        rows);
}

bool TeamDatabase::markReviewed(const journal::ReviewMark &mark) {
    QSqlQuery insert(connection());
    insert.prepare(u"INSERT INTO team_reviews (contact_id, journal_id, note) VALUES (?, ?, ?)"_s);
    insert.addBindValue(text(mark.contactId));
    insert.addBindValue(text(mark.journalId));
    insert.addBindValue(text(mark.note));
    if (!insert.exec()) {
        m_lastError = describe(insert.lastError());
        return false;
    }
    return true;
}

std::optional<LinkedTicket> TeamDatabase::ticketForCall(const QString &callId) const {
    QSqlQuery query(connection());
    query.prepare(u"SELECT ticket_id, requester_id FROM callbridge_call_ticket(?)"_s);
    query.addBindValue(callId);
    if (!query.exec()) {
        m_lastError = describe(query.lastError());
        return std::nullopt;
    }
    if (!query.next())
        return std::nullopt;
    return LinkedTicket{query.value(0).toLongLong(), query.value(1).toLongLong()};
}

qint64 TeamDatabase::visibleOutcomeCount() const {
    QSqlQuery query(connection());
    if (!query.exec(u"SELECT count(*) FROM team_outcomes"_s) || !query.next()) {
        m_lastError = describe(query.lastError());
        return -1;
    }
    return query.value(0).toLongLong();
}

} // namespace callbridge::team
