#include "teamreplication.h"

namespace callbridge::team {

ReplicationStep replicateStep(journal::JournalReplicationLog &log, TeamDatabase &team, const QString &target,
                              int batch) {
    ReplicationStep step;
    const QString journalId = log.journalId();
    if (journalId.isEmpty()) {
        step.error = QStringLiteral("the local journal has no id: ") + log.lastError();
        return step;
    }
    const qint64 from = log.cursor(target);
    const QList<journal::ReplicatedOutcome> rows = log.outcomesAfter(from, batch);
    if (rows.isEmpty()) {
        step.caughtUp = log.lastError().isEmpty() || log.lastOutcomeId() <= from;
        return step;
    }
    if (!team.insertOutcomes(journalId, rows)) {
        step.error = team.lastError();
        return step;
    }
    if (!log.setCursor(target, rows.last().record.id)) {
        step.error = QStringLiteral("the local journal did not keep its place: ") + log.lastError();
        return step;
    }
    step.copied = int(rows.size());
    step.caughtUp = rows.size() < batch;
    return step;
}

QString replicationTarget(const TeamDatabaseUrl &url) {
    return QStringLiteral("team:") + url.display();
}

} // namespace callbridge::team
