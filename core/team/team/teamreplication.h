#pragma once

#include "journal/journalreplication.h"
#include "teamdatabase.h"

#include <QString>

namespace callbridge::team {

struct ReplicationStep {
    int copied = 0;       // decisions sent in this step (already-present ones count: they are confirmed)
    int copiedEvents = 0; // contact events sent
    int copiedWrites = 0; // write state changes sent
    int total() const { return copied + copiedEvents + copiedWrites; }
    bool caughtUp = false; // nothing left after this step
    QString error;         // the team database failed; the cursor did not move
};

// Copies the next `batch` decisions, events and write states of a local journal to the team database, then
// moves the journal's cursor of each for that database. The rows go first and the cursor after, so a crash or
// an outage between the two sends the same rows again — which the team database keeps once.
ReplicationStep replicateStep(journal::JournalReplicationLog &log, TeamDatabase &team, const QString &target,
                              int batch = 500);

// The cursor's name for a team database: one per database, so a journal can feed several.
QString replicationTarget(const TeamDatabaseUrl &url);

} // namespace callbridge::team
