#include "journallinkmemory.h"

#include "journal.h"
#include "journalsql.h"
#include "journaltransaction.h"

#include <QLoggingCategory>

namespace callbridge::journal {

using namespace Qt::StringLiterals;

namespace {
Q_LOGGING_CATEGORY(lcJournal, "callbridge.journal")
}

// --- storage, in Journal ---------------------------------------------------------------------------------

std::optional<qint64> Journal::knownUser(const QString &e164) const {
    detail::Statement q =
        m_statements->get(u"SELECT user_id FROM known_users WHERE e164 = ?"_s, &m_lastError);
    if (!q || !detail::execBound(*q, {e164}, &m_lastError) || !q->next()) {
        return std::nullopt;
    }
    const qint64 userId = q->value(0).toLongLong();
    return userId;
}

bool Journal::rememberUser(const QString &e164, qint64 userId) {
    if (e164.isEmpty() || userId <= 0) {
        return fail(u"a remembered user needs a number and a positive id"_s);
    }
    Transaction transaction(*this, Durability::Full);
    return transaction.isOpen()
           && exec(
               u"INSERT INTO known_users (e164, user_id, updated) VALUES (?, ?, ?) "
               u"ON CONFLICT (e164) DO UPDATE SET user_id = excluded.user_id, updated = excluded.updated"_s,
               {e164, userId, now().toMSecsSinceEpoch()})
           && transaction.commit();
}

bool Journal::forgetUser(const QString &e164) {
    Transaction transaction(*this, Durability::Full);
    return transaction.isOpen() && exec(u"DELETE FROM known_users WHERE e164 = ?"_s, {e164})
           && transaction.commit();
}

std::optional<LinkedTicket> Journal::callTicket(const QString &callId) const {
    detail::Statement q = m_statements->get(
        u"SELECT ticket_id, requester_id FROM call_tickets WHERE call_id = ?"_s, &m_lastError);
    if (!q || !detail::execBound(*q, {callId}, &m_lastError) || !q->next()) {
        return std::nullopt;
    }
    LinkedTicket ticket;
    ticket.ticketId = q->value(0).toLongLong();
    ticket.requesterId = q->value(1).toLongLong();
    return ticket;
}

bool Journal::rememberCallTicket(const QString &callId, const LinkedTicket &ticket) {
    if (callId.isEmpty() || ticket.ticketId <= 0) {
        return fail(u"a remembered call ticket needs a call id and a positive ticket id"_s);
    }
    Transaction transaction(*this, Durability::Full);
    return transaction.isOpen()
           && exec(
               u"INSERT INTO call_tickets (call_id, ticket_id, requester_id, updated) VALUES (?, ?, ?, ?) "
               u"ON CONFLICT (call_id) DO UPDATE SET ticket_id = excluded.ticket_id, "
               u"requester_id = excluded.requester_id, updated = excluded.updated"_s,
               {callId, ticket.ticketId, ticket.requesterId, now().toMSecsSinceEpoch()})
           && transaction.commit();
}

// --- the LinkMemory adapter ------------------------------------------------------------------------------

JournalLinkMemory::JournalLinkMemory(Journal &journal)
    : m_journal(journal) {}

std::optional<qint64> JournalLinkMemory::userForNumber(const QString &e164) const {
    return m_journal.knownUser(e164);
}

void JournalLinkMemory::rememberUser(const QString &e164, qint64 userId) {
    if (!m_journal.rememberUser(e164, userId)) {
        qCWarning(lcJournal) << "could not remember user" << userId << ":" << m_journal.lastError();
    }
}

void JournalLinkMemory::forgetUser(const QString &e164) {
    if (!m_journal.forgetUser(e164)) {
        qCWarning(lcJournal) << "could not forget the user of a number:" << m_journal.lastError();
    }
}

std::optional<LinkedTicket> JournalLinkMemory::ticketForCall(const QString &callId) const {
    return m_journal.callTicket(callId);
}

void JournalLinkMemory::rememberTicket(const QString &callId, const LinkedTicket &ticket) {
    if (!m_journal.rememberCallTicket(callId, ticket)) {
        qCWarning(lcJournal) << "could not remember ticket" << ticket.ticketId << "of call" << callId << ":"
                             << m_journal.lastError();
    }
}

} // namespace callbridge::journal
