#pragma once

#include "journal/journalreplication.h"
#include "model/linkmemory.h"
#include "policy/teamurl.h"

#include <QSqlDatabase>
#include <QString>
#include <memory>
#include <optional>

namespace callbridge::team {

class TeamDatabase;

struct TeamOpenResult {
    std::unique_ptr<TeamDatabase> database; // null on failure
    QString error;
    explicit operator bool() const { return database != nullptr; }
};

// The team's PostgreSQL database (Qt Sql's QPSQL driver): every agent's decisions, copied from their local
// journals, for supervisors' review and for transfers between machines. Schema, roles and row-level security
// come from versioned migrations run by the database owner (`migrate`): agents (role callbridge_agent) insert
// and read their own rows only; supervisors (callbridge_supervisor) read all. Not thread-safe: use it from
// the thread that opened it.
class TeamDatabase {
public:
    static TeamOpenResult open(const TeamDatabaseUrl &url, const QString &password);
    ~TeamDatabase();
    TeamDatabase(const TeamDatabase &) = delete;
    TeamDatabase &operator=(const TeamDatabase &) = delete;

    // Brings the schema to this build's version (the owner's job: it creates roles and policies).
    bool migrate();
    int schemaVersion() const; // 0 before the first migration, -1 on error
    static int latestSchemaVersion();

    // Copies decisions of one journal, in order; a row already there is left as it is, so sending the same
    // rows again (after a crash, an outage, a kill) never duplicates one. Returns false on a database error.
    bool insertOutcomes(const QString &journalId, const QList<journal::ReplicatedOutcome> &outcomes);
    // The same for the contacts' events and the writes' state changes (keyed by the journal's seq / id).
    bool insertEvents(const QString &journalId, const QList<journal::EventRecord> &events);
    bool insertWrites(const QString &journalId, const QList<journal::WriteTransition> &writes);
    // A supervisor marks a contact reviewed, as the connection's login (agents are refused).
    bool markReviewed(const journal::ReviewMark &mark);
    // The ticket a call (its initial contact id) was last linked to, by any agent, however it was linked.
    std::optional<LinkedTicket> ticketForCall(const QString &callId) const;
    // Rows this connection may read (its own as an agent, everyone's as a supervisor or owner).
    qint64 visibleOutcomeCount() const;

    bool isOpen() const;
    QString lastError() const { return m_lastError; }
    QSqlDatabase connection() const;

private:
    explicit TeamDatabase(QString connectionName);
    bool exec(const QString &sql);
    bool insertRows(const QString &sql, const QList<QVariantList> &rows); // one transaction

    QString m_connectionName;
    mutable QString m_lastError;
};

} // namespace callbridge::team
