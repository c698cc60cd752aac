// Journal: contacts and their events, unfinished contacts.
#include "journal.h"
#include "journalrows.h"
#include "journalsql.h"
#include "journaltransaction.h"

#include <QJsonDocument>

namespace callbridge::journal {

using namespace Qt::StringLiterals;
using detail::fromMs;
using detail::msOrNull;
using detail::textOrEmpty;

namespace {

// A later event fills in what an earlier one lacked; an E.164 number is never replaced by a raw one.
const QString kUpsertContact = uR"(
    INSERT INTO contacts (contact_id, initial_contact_id, direction, customer_phone, phone_rev, agent_username,
                          agent_name, first_seen)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?)
    ON CONFLICT (contact_id) DO UPDATE SET
      initial_contact_id = CASE WHEN excluded.initial_contact_id <> '' THEN excluded.initial_contact_id
                                ELSE initial_contact_id END,
      direction = excluded.direction,
      customer_phone = CASE WHEN excluded.customer_phone = ''
                              OR (customer_phone LIKE '+%' AND excluded.customer_phone NOT LIKE '+%')
                            THEN customer_phone ELSE excluded.customer_phone END,
      phone_rev = CASE WHEN excluded.customer_phone = ''
                         OR (customer_phone LIKE '+%' AND excluded.customer_phone NOT LIKE '+%')
                       THEN phone_rev ELSE excluded.phone_rev END,
      agent_username = CASE WHEN excluded.agent_username <> '' THEN excluded.agent_username
                            ELSE agent_username END,
      agent_name = CASE WHEN excluded.agent_name <> '' THEN excluded.agent_name ELSE agent_name END)"_s;

const QString kInsertEvent =
    u"INSERT INTO events (contact_id, kind, at, received_at, json, imported) VALUES (?, ?, ?, ?, ?, ?)"_s;

} // namespace

bool Journal::recordEvent(const ContactEvent &event, const QString &customerE164) {
    const ContactInfo &c = event.contact;
    if (c.contactId.isEmpty()) {
        return fail(u"an event without a contact id cannot be journaled"_s);
    }
    const QString number = customerE164.isEmpty() ? c.customerPhone : customerE164;
    const QDateTime received = now();
    const QByteArray json = QJsonDocument(toJson(event)).toJson(QJsonDocument::Compact);

    Transaction transaction(*this, Durability::Normal);
    const bool ok =
        transaction.isOpen()
        && exec(kUpsertContact,
                {c.contactId, textOrEmpty(c.initialContactId),
                 c.direction == CallDirection::Outbound ? u"outbound"_s : u"inbound"_s, textOrEmpty(number),
                 detail::reversedDigits(number), textOrEmpty(event.agent.username),
                 textOrEmpty(event.agent.name), received.toMSecsSinceEpoch()})
        && exec(kInsertEvent, {c.contactId, eventKindName(event.kind), msOrNull(event.at),
                               received.toMSecsSinceEpoch(), QString::fromUtf8(json), m_importing ? 1 : 0});
    return ok && transaction.commit();
}

std::optional<ContactRecord> Journal::contact(const QString &contactId) const {
    detail::Statement q = m_statements->get(
        u"SELECT contact_id, initial_contact_id, direction, customer_phone, agent_username, agent_name, "
        u"first_seen, finished, finished_at FROM contacts WHERE contact_id = ?"_s,
        &m_lastError);
    if (!q || !detail::execBound(*q, {contactId}, &m_lastError) || !q->next()) {
        return std::nullopt;
    }
    ContactRecord r;
    r.contactId = q->value(0).toString();
    r.initialContactId = q->value(1).toString();
    r.direction = q->value(2).toString();
    r.customerNumber = q->value(3).toString();
    r.agentUsername = q->value(4).toString();
    r.agentName = q->value(5).toString();
    r.firstSeen = fromMs(q->value(6));
    r.finished = q->value(7).toBool();
    r.finishedAt = fromMs(q->value(8));
    return r;
}

QList<EventRecord> Journal::events(const QString &contactId) const {
    QList<EventRecord> events;
    detail::Statement q = m_statements->get(u"SELECT "_s + detail::kEventColumns
                                                + u" FROM events WHERE contact_id = ? ORDER BY seq"_s,
                                            &m_lastError);
    if (!q || !detail::execBound(*q, {contactId}, &m_lastError)) {
        return events;
    }
    while (q->next()) {
        events.append(detail::eventFromRow(*q));
    }
    return events;
}

QList<UnfinishedContact> Journal::unfinishedContacts() const {
    QList<UnfinishedContact> contacts;
    detail::Statement q =
        m_statements->get(u"SELECT c.contact_id, e.json FROM contacts c "
                          u"LEFT JOIN events e ON e.contact_id = c.contact_id "
                          u"WHERE c.finished = 0 ORDER BY c.first_seen, c.contact_id, e.seq"_s,
                          &m_lastError);
    if (!q || !detail::execBound(*q, {}, &m_lastError)) {
        return contacts;
    }
    while (q->next()) {
        const QString contactId = q->value(0).toString();
        if (contacts.isEmpty() || contacts.constLast().contactId != contactId) {
            contacts.append(UnfinishedContact{contactId, {}, 0});
        }
        if (q->value(1).isNull()) {
            continue; // a contact known only from an outcome
        }
        const ContactEventParse parsed = parseContactEvent(q->value(1).toString().toUtf8());
        if (parsed.event) {
            contacts.last().events.append(*parsed.event);
        } else {
            ++contacts.last().unreadableEvents;
        }
    }
    return contacts;
}

bool Journal::markFinished(const QString &contactId, const QDateTime &at) {
    const QDateTime finishedAt = at.isValid() ? at : now();
    if (!exec(u"UPDATE contacts SET finished = 1, finished_at = ? WHERE contact_id = ? AND finished = 0"_s,
              {finishedAt.toMSecsSinceEpoch(), contactId})) {
        return false;
    }
    if (!contact(contactId)) {
        return fail(u"unknown contact %1"_s.arg(contactId));
    }
    return true;
}

bool Journal::isFinished(const QString &contactId) const {
    const std::optional<ContactRecord> record = contact(contactId);
    return record && record->finished;
}

bool Journal::ensureContact(const QString &contactId, const QDateTime &at) {
    return exec(u"INSERT OR IGNORE INTO contacts (contact_id, first_seen) VALUES (?, ?)"_s,
                {contactId, at.toMSecsSinceEpoch()});
}

} // namespace callbridge::journal
