#include "journalcorrectionlog.h"

#include "journal.h"
#include "journalsql.h"
#include "journaltransaction.h"

#include <QLoggingCategory>

namespace callbridge::journal {

using namespace Qt::StringLiterals;

namespace {

Q_LOGGING_CATEGORY(lcJournal, "callbridge.journal")

const QString kCorrectionColumns =
    u"contact_id, sequence, kind, ticket_id, user_id, subject, corrected_by, reason, supervisor, "
    u"end_written, "
    u"from_ticket_id, from_user_id, from_ticket_created, to_ticket_id, requested_at, done_at"_s;

CorrectionRecord correctionFromRow(const QSqlQuery &row) {
    CorrectionRecord r;
    r.contactId = row.value(0).toString();
    r.sequence = row.value(1).toInt();
    r.correction.kind =
        correctionKindFromName(row.value(2).toString()).value_or(LinkCorrection::Kind::NewTicket);
    r.correction.ticketId = row.value(3).toLongLong();
    r.correction.userId = row.value(4).toLongLong();
    r.correction.subject = row.value(5).toString();
    r.correction.by = row.value(6).toString();
    r.correction.reason = row.value(7).toString();
    r.supervisor = row.value(8).toInt() != 0;
    r.endWritten = row.value(9).toInt() != 0;
    r.fromTicketId = row.value(10).toLongLong();
    r.fromUserId = row.value(11).toLongLong();
    r.fromTicketCreated = row.value(12).toInt() != 0;
    r.toTicketId = row.value(13).toLongLong();
    r.requestedAt = detail::fromMs(row.value(14));
    r.doneAt = detail::fromMs(row.value(15));
    return r;
}

} // namespace

// --- storage, in Journal ---------------------------------------------------------------------------------

bool Journal::recordCorrection(const CorrectionRecord &r) {
    if (r.contactId.isEmpty() || r.sequence <= 0) {
        return fail(u"a correction needs a contact and a positive sequence number"_s);
    }
    const QDateTime requested = r.requestedAt.isValid() ? r.requestedAt : now();
    Transaction transaction(*this, Durability::Full);
    return transaction.isOpen() && ensureContact(r.contactId, requested)
           && exec(
               u"INSERT OR IGNORE INTO corrections (contact_id, sequence, kind, ticket_id, user_id, subject, "
               u"corrected_by, reason, supervisor, end_written, from_ticket_id, from_user_id, "
               u"from_ticket_created, requested_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
               {r.contactId, r.sequence, correctionKindName(r.correction.kind), r.correction.ticketId,
                r.correction.userId, detail::textOrEmpty(r.correction.subject),
                detail::textOrEmpty(r.correction.by), detail::textOrEmpty(r.correction.reason),
                r.supervisor ? 1 : 0, r.endWritten ? 1 : 0, r.fromTicketId, r.fromUserId,
                r.fromTicketCreated ? 1 : 0, requested.toMSecsSinceEpoch()})
           && transaction.commit();
}

bool Journal::markCorrectionDone(const CorrectionRecord &r, qint64 toTicketId, const QDateTime &at) {
    const QDateTime done = at.isValid() ? at : now();
    Transaction transaction(*this, Durability::Full);
    const int changed =
        transaction.isOpen() ? execChanges(
            u"UPDATE corrections SET from_ticket_id = ?, from_user_id = ?, from_ticket_created = ?, "
            u"to_ticket_id = ?, done_at = ? WHERE contact_id = ? AND sequence = ? AND done_at IS NULL"_s,
            {r.fromTicketId, r.fromUserId, r.fromTicketCreated ? 1 : 0, toTicketId, done.toMSecsSinceEpoch(),
             r.contactId, r.sequence})
                             : -1;
    return changed >= 0 && transaction.commit();
}

QList<CorrectionRecord> Journal::corrections(const QString &contactId) const {
    QList<CorrectionRecord> records;
    detail::Statement q = m_statements->get(
        u"SELECT "_s + kCorrectionColumns + u" FROM corrections WHERE contact_id = ? ORDER BY sequence"_s,
        &m_lastError);
    if (!q || !detail::execBound(*q, {contactId}, &m_lastError)) {
        return records;
    }
    while (q->next()) {
        records.append(correctionFromRow(*q));
    }
    return records;
}

QList<CorrectionRecord> Journal::unfinishedCorrections() const {
    QList<CorrectionRecord> records;
    detail::Statement q =
        m_statements->get(u"SELECT "_s + kCorrectionColumns
                              + u" FROM corrections WHERE done_at IS NULL ORDER BY requested_at, sequence"_s,
                          &m_lastError);
    if (!q || !detail::execBound(*q, {}, &m_lastError)) {
        return records;
    }
    while (q->next()) {
        records.append(correctionFromRow(*q));
    }
    return records;
}

// --- the engine's interface --------------------------------------------------------------------------------

JournalCorrectionLog::JournalCorrectionLog(Journal &journal)
    : m_journal(journal) {}

QList<CorrectionRecord> JournalCorrectionLog::corrections(const QString &contactId) const {
    return m_journal.corrections(contactId);
}

QList<CorrectionRecord> JournalCorrectionLog::unfinishedCorrections() const {
    return m_journal.unfinishedCorrections();
}

bool JournalCorrectionLog::recordRequested(const CorrectionRecord &record) {
    if (m_journal.recordCorrection(record)) {
        return true;
    }
    qCWarning(lcJournal) << "could not journal correction" << record.sequence << "of" << record.contactId
                         << ":" << m_journal.lastError();
    return false;
}

bool JournalCorrectionLog::recordDone(const CorrectionRecord &record, qint64 toTicketId,
                                      const QDateTime &at) {
    if (m_journal.markCorrectionDone(record, toTicketId, at)) {
        return true;
    }
    qCWarning(lcJournal) << "could not mark correction" << record.sequence << "of" << record.contactId
                         << "done:" << m_journal.lastError();
    return false;
}

} // namespace callbridge::journal
