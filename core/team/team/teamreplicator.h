#pragma once

#include "journal/journal.h"
#include "journal/journalreplication.h"
#include "model/linkmemory.h"
#include "policy/teamurl.h"
#include "teamdatabase.h"
#include "timing/backoff.h"
#include "timing/scheduler.h"

#include <QObject>
#include <chrono>
#include <memory>

namespace callbridge::team {

// Copies the local journal's decisions to the team database in the background, in order and once each. The
// local journal stays the source of truth: when PostgreSQL is down or unreachable nothing else changes, the
// replicator tries again after the backoff (1 s, 2 s, … 60 s) and catches up when it is back.
class TeamReplicator : public QObject {
    Q_OBJECT
public:
    TeamReplicator(journal::Journal &journal, TeamDatabaseUrl url, QString password, Scheduler &scheduler,
                   Backoff retry = {}, QObject *parent = nullptr);
    ~TeamReplicator() override;

    void start(); // connects and copies what is waiting
    void poke();  // something new was journalled: copy it soon
    bool isCaughtUp() const;
    qint64 waiting() const; // decisions not in the team database yet
    // "Team database: up to date", or what is wrong and that the app works as usual.
    QString status() const;
    // The connection, made now if there is none (bounded by the connect timeout); null while the team
    // database is failing and the next try is not due yet.
    TeamDatabase *database();

Q_SIGNALS:
    void statusChanged();

private:
    void step();
    void stepAfter(std::chrono::milliseconds delay);
    bool connectIfNeeded();
    void fail(const QString &why);

    journal::JournalReplicationLog m_log;
    TeamDatabaseUrl m_url;
    QString m_password;
    QString m_target;
    std::unique_ptr<TeamDatabase> m_database;
    Scheduler &m_scheduler;
    Backoff m_retry;
    bool m_stepDue = false; // a step is scheduled: pokes wait for it
    int m_failures = 0;
    QString m_problem;
};

// Link memory that also asks the team database (another agent's machine may have linked the call).
class TeamLinkMemory final : public LinkMemory {
public:
    TeamLinkMemory(LinkMemory &local, TeamReplicator &team)
        : m_local(local)
        , m_team(team) {}
    std::optional<qint64> userForNumber(const QString &e164) const override {
        return m_local.userForNumber(e164);
    }
    void rememberUser(const QString &e164, qint64 userId) override { m_local.rememberUser(e164, userId); }
    void forgetUser(const QString &e164) override { m_local.forgetUser(e164); }
    std::optional<LinkedTicket> ticketForCall(const QString &callId) const override;
    void rememberTicket(const QString &callId, const LinkedTicket &ticket) override {
        m_local.rememberTicket(callId, ticket);
    }

private:
    LinkMemory &m_local;
    TeamReplicator &m_team;
};

} // namespace callbridge::team
