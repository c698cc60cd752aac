#include "teamreplication.h"

namespace callbridge::team {

namespace {

// One stream of a journal (decisions, events or write states): the rows after its cursor go to the team
// database first and the cursor moves after, so a crash between the two sends the same rows again — which the
// team database keeps once (each row's key is the journal's id and the row's local id).
template <typename Row, typename Read, typename Insert, typename IdOf>
bool copyStream(journal::JournalReplicationLog &log, const QString &cursorName, int batch, Read read,
                Insert insert, IdOf idOf, qint64 last, ReplicationStep &step, int &copied) {
    const qint64 from = log.cursor(cursorName);
    const QList<Row> rows = read(from, batch);
    if (rows.isEmpty()) {
        if (!log.lastError().isEmpty() && last > from) {
            step.error = QStringLiteral("the local journal could not be read: ") + log.lastError();
            return false;
        }
        return true;
    }
    if (!insert(rows))
        return false;
    if (!log.setCursor(cursorName, idOf(rows.last()))) {
        step.error = QStringLiteral("the local journal did not keep its place: ") + log.lastError();
        return false;
    }
    copied += int(rows.size());
    if (rows.size() >= batch)
        step.caughtUp = false;
    return true;
}

} // namespace

ReplicationStep replicateStep(journal::JournalReplicationLog &log, TeamDatabase &team, const QString &target,
                              int batch) {
    ReplicationStep step;
    const QString journalId = log.journalId();
    if (journalId.isEmpty()) {
        step.error = QStringLiteral("the local journal has no id: ") + log.lastError();
        return step;
    }
    step.caughtUp = true;
    auto failed = [&] {
        if (step.error.isEmpty())
            step.error = team.lastError();
        step.caughtUp = false;
        return step;
    };
    if (!copyStream<journal::ReplicatedOutcome>(
            log, target, batch, [&](qint64 after, int n) { return log.outcomesAfter(after, n); },
            [&](const auto &rows) { return team.insertOutcomes(journalId, rows); },
            [](const journal::ReplicatedOutcome &r) { return r.record.id; }, log.lastOutcomeId(), step,
            step.copied))
        return failed();
    if (!copyStream<journal::EventRecord>(
            log, journal::JournalReplicationLog::eventsTarget(target), batch,
            [&](qint64 after, int n) { return log.eventsAfter(after, n); },
            [&](const auto &rows) { return team.insertEvents(journalId, rows); },
            [](const journal::EventRecord &e) { return e.seq; }, log.lastEventSeq(), step, step.copiedEvents))
        return failed();
    if (!copyStream<journal::WriteTransition>(
            log, journal::JournalReplicationLog::writesTarget(target), batch,
            [&](qint64 after, int n) { return log.writesAfter(after, n); },
            [&](const auto &rows) { return team.insertWrites(journalId, rows); },
            [](const journal::WriteTransition &w) { return w.id; }, log.lastWriteId(), step,
            step.copiedWrites))
        return failed();
    return step;
}

QString replicationTarget(const TeamDatabaseUrl &url) {
    return QStringLiteral("team:") + url.display();
}

} // namespace callbridge::team
