#pragma once

#include "journaltypes.h"

#include <QList>
#include <QString>
#include <optional>

namespace callbridge::journal {

class Journal;

// A decision as it leaves this journal for another database: the journal's row with the contact's call id
// and direction.
struct ReplicatedOutcome {
    OutcomeRecord record;
    QString initialContactId;
    QString direction;
};

// What another database (the team database) needs to copy this journal's decisions once each, in order: the
// journal's id, the decisions after a cursor, and the cursor itself, kept in the journal next to what it
// counts.
class JournalReplicationLog {
public:
    explicit JournalReplicationLog(Journal &journal);

    QString journalId() const;                  // stable for the life of the journal file
    qint64 cursor(const QString &target) const; // 0 when nothing was copied yet
    bool setCursor(const QString &target, qint64 lastOutcomeId);
    // Decisions with an id above `afterId`, oldest first, at most `limit`.
    QList<ReplicatedOutcome> outcomesAfter(qint64 afterId, int limit) const;
    qint64 lastOutcomeId() const;
    // The contacts' events (seq above `afterSeq`) and the writes' state changes (write_log id above
    // `afterId`), oldest first, at most `limit`: what the review's detail pane shows. Their cursors are
    // kept under eventsTarget()/writesTarget() of the same target.
    QList<EventRecord> eventsAfter(qint64 afterSeq, int limit) const;
    QList<WriteTransition> writesAfter(qint64 afterId, int limit) const;
    qint64 lastEventSeq() const;
    qint64 lastWriteId() const;
    static QString eventsTarget(const QString &target) { return target + QStringLiteral("#events"); }
    static QString writesTarget(const QString &target) { return target + QStringLiteral("#writes"); }
    QString lastError() const { return m_lastError; }

private:
    Journal &m_journal;
    mutable QString m_lastError;
};

} // namespace callbridge::journal
