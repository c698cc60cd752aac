// Journal: the outbox of Zendesk writes. Every change commits with synchronous=FULL.
#include "journal.h"
#include "journalrows.h"
#include "journalsql.h"
#include "journaltransaction.h"

#include <QJsonDocument>

namespace callbridge::journal {

using namespace Qt::StringLiterals;
using detail::msOrNull;
using detail::textOrEmpty;

namespace {

const QString kOpen = u"state IN ('pending', 'sending')"_s;

// The write's state as it is now, appended to its history. The write itself goes along when it is first
// stored and when it failed for good (what a retry from the review needs); other states only say what
// changed.
const QString kLogTransition = uR"(
    INSERT INTO write_log (idempotency_key, contact_id, kind, target_id, state, attempts, error, result_id, at,
                           payload)
    SELECT idempotency_key, ?, kind, target_id, state, attempts, last_error, COALESCE(result_id, 0), updated_at,
           CASE WHEN state = 'failed' OR (state = 'pending' AND attempts = 0) THEN payload ELSE '' END
    FROM outbox WHERE idempotency_key = ?)"_s;

QString compact(const QJsonObject &object) {
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

} // namespace

std::optional<WriteRecord> Journal::enqueueWrite(const zendesk::Write &write, const QDateTime &at) {
    if (write.idempotencyKey.isEmpty()) {
        fail(u"a write needs an idempotency key to be queued"_s);
        return std::nullopt;
    }
    const qint64 enqueued = (at.isValid() ? at : now()).toMSecsSinceEpoch();
    Transaction transaction(*this, Durability::Full);
    const int added =
        transaction.isOpen() ? execChanges(
            u"INSERT INTO outbox (idempotency_key, kind, target_id, external_id, marker, payload, state, "
            u"enqueued_at, first_attempt_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, 'pending', ?, ?, ?) "
            u"ON CONFLICT (idempotency_key) DO NOTHING"_s,
            {write.idempotencyKey, zendesk::writeKindName(write.kind), write.targetId,
             textOrEmpty(write.externalId), textOrEmpty(write.marker), compact(write.payload), enqueued,
             msOrNull(write.firstAttemptAt), enqueued})
                             : -1;
    const bool ok = added == 0 || (added == 1 && logTransition(write.idempotencyKey));
    if (!ok || !transaction.commit()) {
        return std::nullopt;
    }
    return readWrite(write.idempotencyKey);
}

bool Journal::markSending(const QString &key) {
    const qint64 at = now().toMSecsSinceEpoch();
    Transaction transaction(*this, Durability::Full);
    const int changed = transaction.isOpen()
                            ? execChanges(u"UPDATE outbox SET state = 'sending', attempts = attempts + 1, "
                                          u"first_attempt_at = COALESCE(first_attempt_at, ?), updated_at = ? "
                                          u"WHERE idempotency_key = ? AND state IN ('pending', 'sending')"_s,
                                          {at, at, key})
                            : -1;
    if (changed < 0 || (changed == 1 && !logTransition(key)) || !transaction.commit()) {
        return false;
    }
    return changed == 1 || explainRefusal(key, u"sending"_s);
}

bool Journal::markDone(const QString &key, const zendesk::WriteResult &result) {
    const qint64 at = now().toMSecsSinceEpoch();
    Transaction transaction(*this, Durability::Full);
    const int changed =
        transaction.isOpen() ? execChanges(
            u"UPDATE outbox SET state = 'done', result_id = ?, already_applied = ?, result_json = ?, "
            u"last_error = '', next_attempt_at = NULL, updated_at = ? "
            u"WHERE idempotency_key = ? AND state <> 'done'"_s,
            {result.id, result.alreadyApplied ? 1 : 0, compact(result.resource), at, key})
                             : -1;
    if (changed < 0 || (changed == 1 && !logTransition(key)) || !transaction.commit()) {
        return false;
    }
    if (changed == 1) {
        return true;
    }
    // Confirming a write twice is harmless: the first confirmation is kept.
    const std::optional<WriteRecord> stored = readWrite(key);
    return (stored && stored->state == WriteRecord::State::Done) || explainRefusal(key, u"done"_s);
}

bool Journal::markFailed(const QString &key, const QString &error, bool permanent,
                         const QDateTime &nextAttempt) {
    const qint64 at = now().toMSecsSinceEpoch();
    Transaction transaction(*this, Durability::Full);
    const int changed =
        transaction.isOpen()
            ? execChanges(u"UPDATE outbox SET state = ?, last_error = ?, next_attempt_at = ?, updated_at = ? "
                          u"WHERE idempotency_key = ? AND state IN ('pending', 'sending')"_s,
                          {permanent ? u"failed"_s : u"pending"_s, textOrEmpty(error),
                           permanent ? QVariant() : msOrNull(nextAttempt), at, key})
            : -1;
    if (changed < 0 || (changed == 1 && !logTransition(key)) || !transaction.commit()) {
        return false;
    }
    return changed == 1 || explainRefusal(key, permanent ? u"failed"_s : u"pending"_s);
}

bool Journal::requeueFailed(const QString &key) {
    const qint64 at = now().toMSecsSinceEpoch();
    Transaction transaction(*this, Durability::Full);
    const int changed =
        transaction.isOpen()
            ? execChanges(u"UPDATE outbox SET state = 'pending', next_attempt_at = NULL, updated_at = ? "
                          u"WHERE idempotency_key = ? AND state = 'failed'"_s,
                          {at, key})
            : -1;
    if (changed < 0 || (changed == 1 && !logTransition(key)) || !transaction.commit()) {
        return false;
    }
    return changed == 1 || explainRefusal(key, u"pending"_s);
}

bool Journal::logTransition(const QString &key) {
    return exec(kLogTransition, {textOrEmpty(detail::contactOfWriteKey(key)), key});
}

QList<WriteTransition> Journal::writeHistory(const QString &contactId) const {
    QList<WriteTransition> out;
    detail::Statement q = m_statements->get(u"SELECT "_s + detail::kWriteLogColumns
                                                + u" FROM write_log WHERE contact_id = ? ORDER BY id"_s,
                                            &m_lastError);
    if (!q || !detail::execBound(*q, {contactId}, &m_lastError)) {
        return out;
    }
    while (q->next()) {
        out.append(detail::writeTransitionFromRow(*q));
    }
    return out;
}

bool Journal::explainRefusal(const QString &key, const QString &target) const {
    const std::optional<WriteRecord> stored = readWrite(key);
    if (!stored) {
        return fail(u"no queued write with key %1"_s.arg(key));
    }
    return fail(u"write %1 is %2; it cannot become %3"_s.arg(key, writeStateName(stored->state), target));
}

std::optional<WriteRecord> Journal::write(const QString &key) const {
    return readWrite(key);
}

std::optional<WriteRecord> Journal::readWrite(const QString &key) const {
    detail::Statement q = m_statements->get(
        u"SELECT "_s + detail::kWriteColumns + u" FROM outbox WHERE idempotency_key = ?"_s, &m_lastError);
    if (!q || !detail::execBound(*q, {key}, &m_lastError) || !q->next()) {
        return std::nullopt;
    }
    WriteRecord record = detail::writeFromRow(*q);
    return record;
}

QList<WriteRecord> Journal::pendingWrites() const {
    QList<WriteRecord> records;
    detail::Statement q = m_statements->get(u"SELECT "_s + detail::kWriteColumns + u" FROM outbox WHERE "_s
                                                + kOpen + u" ORDER BY id"_s,
                                            &m_lastError);
    if (!q || !detail::execBound(*q, {}, &m_lastError)) {
        return records;
    }
    while (q->next()) {
        records.append(detail::writeFromRow(*q));
    }
    return records;
}

int Journal::pendingCount() const {
    detail::Statement q = m_statements->get(u"SELECT COUNT(*) FROM outbox WHERE "_s + kOpen, &m_lastError);
    if (!q || !detail::execBound(*q, {}, &m_lastError) || !q->next()) {
        return -1;
    }
    const int count = q->value(0).toInt();
    return count;
}

std::optional<QDateTime> Journal::oldestPendingAt() const {
    detail::Statement q =
        m_statements->get(u"SELECT MIN(enqueued_at) FROM outbox WHERE "_s + kOpen, &m_lastError);
    if (!q || !detail::execBound(*q, {}, &m_lastError) || !q->next() || q->value(0).isNull()) {
        return std::nullopt;
    }
    const QDateTime oldest = detail::fromMs(q->value(0));
    return oldest;
}

} // namespace callbridge::journal
