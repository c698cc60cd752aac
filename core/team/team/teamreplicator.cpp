#include "teamreplicator.h"

#include "teamreplication.h"

#include <algorithm>

namespace callbridge::team {

using namespace std::chrono;

TeamReplicator::TeamReplicator(journal::Journal &journal, TeamDatabaseUrl url, QString password,
                               Scheduler &scheduler, Backoff retry, QObject *parent)
    : QObject(parent)
    , m_log(journal)
    , m_url(std::move(url))
    , m_password(std::move(password))
    , m_target(replicationTarget(m_url))
    , m_scheduler(scheduler)
    , m_retry(std::move(retry)) {}

void TeamReplicator::stepAfter(milliseconds delay) {
    if (m_stepDue)
        return;
    m_stepDue = true;
    m_scheduler.schedule(delay, this, [this] {
        m_stepDue = false;
        step();
    });
}

TeamReplicator::~TeamReplicator() = default;

void TeamReplicator::start() {
    stepAfter(milliseconds(0));
}

void TeamReplicator::poke() {
    if (m_failures == 0)
        stepAfter(milliseconds(0)); // while failing, the backoff decides when to try again
}

bool TeamReplicator::isCaughtUp() const {
    using journal::JournalReplicationLog;
    return m_problem.isEmpty() && waiting() == 0
           && m_log.lastEventSeq() <= m_log.cursor(JournalReplicationLog::eventsTarget(m_target))
           && m_log.lastWriteId() <= m_log.cursor(JournalReplicationLog::writesTarget(m_target));
}

qint64 TeamReplicator::waiting() const {
    return std::max<qint64>(0, m_log.lastOutcomeId() - m_log.cursor(m_target));
}

QString TeamReplicator::status() const {
    if (!m_problem.isEmpty())
        return QStringLiteral("Team database %1: %2 — %3 decisions waiting; calls are linked as usual.")
            .arg(m_url.display(), m_problem)
            .arg(waiting());
    const qint64 n = waiting();
    return n == 0 ? QStringLiteral("Team database: up to date.")
                  : QStringLiteral("Team database: sending %1 decisions.").arg(n);
}

TeamDatabase *TeamReplicator::database() {
    if (m_failures > 0 && m_stepDue)
        return nullptr; // failing: wait for the backoff instead of holding up a call
    return connectIfNeeded() ? m_database.get() : nullptr;
}

bool TeamReplicator::connectIfNeeded() {
    if (m_database && m_database->isOpen())
        return true;
    TeamOpenResult opened = TeamDatabase::open(m_url, m_password);
    if (!opened) {
        fail(opened.error);
        return false;
    }
    const int version = opened.database->schemaVersion();
    if (version != TeamDatabase::latestSchemaVersion()) {
        fail(version < 0 ? opened.database->lastError()
                         : QStringLiteral("schema version %1, this build needs %2 (the database owner runs "
                                          "`callbridge team-setup`)")
                               .arg(version)
                               .arg(TeamDatabase::latestSchemaVersion()));
        return false;
    }
    m_database = std::move(opened.database);
    return true;
}

void TeamReplicator::step() {
    if (!connectIfNeeded())
        return;
    const ReplicationStep done = replicateStep(m_log, *m_database, m_target);
    if (!done.error.isEmpty()) {
        m_database.reset(); // a broken connection is not reused: the next try connects afresh
        return fail(done.error);
    }
    const bool changed = m_failures > 0 || done.total() > 0;
    m_failures = 0;
    m_problem.clear();
    if (!done.caughtUp)
        stepAfter(milliseconds(0));
    if (changed)
        Q_EMIT statusChanged();
}

void TeamReplicator::fail(const QString &why) {
    ++m_failures;
    m_problem = why;
    stepAfter(m_retry.delay(m_failures));
    Q_EMIT statusChanged();
}

std::optional<LinkedTicket> TeamLinkMemory::ticketForCall(const QString &callId) const {
    if (const auto local = m_local.ticketForCall(callId))
        return local;
    TeamDatabase *team = m_team.database();
    return team ? team->ticketForCall(callId) : std::nullopt;
}

} // namespace callbridge::team
