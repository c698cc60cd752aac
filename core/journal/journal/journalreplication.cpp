#include "journalreplication.h"

#include "journal.h"
#include "journalrows.h"
#include "journalsql.h"

#include <QSqlQuery>

namespace callbridge::journal {

using namespace Qt::StringLiterals;

JournalReplicationLog::JournalReplicationLog(Journal &journal)
    : m_journal(journal) {}

QString JournalReplicationLog::journalId() const {
    detail::Statement q = m_journal.statements().get(
        u"SELECT value FROM journal_meta WHERE key = 'journal_id'"_s, &m_lastError);
    if (!q || !detail::execBound(*q, {}, &m_lastError) || !q->next())
        return {};
    return q->value(0).toString();
}

qint64 JournalReplicationLog::cursor(const QString &target) const {
    detail::Statement q = m_journal.statements().get(
        u"SELECT last_outcome_id FROM replication_cursors WHERE target = ?"_s, &m_lastError);
    if (!q || !detail::execBound(*q, {target}, &m_lastError) || !q->next())
        return 0;
    return q->value(0).toLongLong();
}

bool JournalReplicationLog::setCursor(const QString &target, qint64 lastOutcomeId) {
    detail::Statement q =
        m_journal.statements().get(uR"(INSERT INTO replication_cursors (target, last_outcome_id) VALUES (?, ?)
            ON CONFLICT (target) DO UPDATE SET last_outcome_id = MAX(last_outcome_id, excluded.last_outcome_id))"_s,
                                   &m_lastError);
    return q && detail::execBound(*q, {target, lastOutcomeId}, &m_lastError);
}

QList<ReplicatedOutcome> JournalReplicationLog::outcomesAfter(qint64 afterId, int limit) const {
    QList<ReplicatedOutcome> out;
    QString columns;
    for (const QString &column : detail::kOutcomeColumns.split(u','))
        columns += (columns.isEmpty() ? u"o."_s : u", o."_s) + column.trimmed();
    detail::Statement q =
        m_journal.statements().get(u"SELECT "_s + columns
                                       + u", c.initial_contact_id, c.direction FROM outcomes o JOIN contacts "
                                         u"c ON c.contact_id = o.contact_id "
                                         u"WHERE o.id > ? AND o.imported = 0 ORDER BY o.id LIMIT ?"_s,
                                   &m_lastError);
    if (!q || !detail::execBound(*q, {afterId, limit}, &m_lastError))
        return out;
    const int extra = int(detail::kOutcomeColumns.count(u',')) + 1;
    while (q->next()) {
        ReplicatedOutcome r;
        r.record = detail::outcomeFromRow(*q);
        r.initialContactId = q->value(extra).toString();
        r.direction = q->value(extra + 1).toString();
        out << r;
    }
    return out;
}

namespace {
qint64 maxOf(const Journal &journal, const QString &sql, QString *error) {
    detail::Statement q = journal.statements().get(sql, error);
    if (!q || !detail::execBound(*q, {}, error) || !q->next())
        return 0;
    return q->value(0).toLongLong();
}
} // namespace

qint64 JournalReplicationLog::lastOutcomeId() const {
    return maxOf(m_journal, u"SELECT COALESCE(MAX(id), 0) FROM outcomes"_s, &m_lastError);
}

qint64 JournalReplicationLog::lastEventSeq() const {
    return maxOf(m_journal, u"SELECT COALESCE(MAX(seq), 0) FROM events"_s, &m_lastError);
}

qint64 JournalReplicationLog::lastWriteId() const {
    return maxOf(m_journal, u"SELECT COALESCE(MAX(id), 0) FROM write_log"_s, &m_lastError);
}

QList<EventRecord> JournalReplicationLog::eventsAfter(qint64 afterSeq, int limit) const {
    QList<EventRecord> out;
    detail::Statement q = m_journal.statements().get(
        u"SELECT "_s + detail::kEventColumns
            + u" FROM events WHERE seq > ? AND imported = 0 ORDER BY seq LIMIT ?"_s,
        &m_lastError);
    if (!q || !detail::execBound(*q, {afterSeq, limit}, &m_lastError))
        return out;
    while (q->next())
        out << detail::eventFromRow(*q);
    return out;
}

QList<WriteTransition> JournalReplicationLog::writesAfter(qint64 afterId, int limit) const {
    QList<WriteTransition> out;
    detail::Statement q = m_journal.statements().get(
        u"SELECT "_s + detail::kWriteLogColumns + u" FROM write_log WHERE id > ? ORDER BY id LIMIT ?"_s,
        &m_lastError);
    if (!q || !detail::execBound(*q, {afterId, limit}, &m_lastError))
        return out;
    while (q->next())
        out << detail::writeTransitionFromRow(*q);
    return out;
}

} // namespace callbridge::journal
