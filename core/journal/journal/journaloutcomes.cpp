// Journal: decisions (outcomes) and the current link of each contact.
#include "journal.h"
#include "journalrows.h"
#include "journalsql.h"
#include "journaltransaction.h"
#include "model/reviewconcerns.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace callbridge::journal {

using namespace Qt::StringLiterals;

namespace {

// Agent and number come from the contact row as it is when the decision is recorded.
const QString kInsertOutcome = uR"(
    INSERT INTO outcomes (contact_id, at, outcome, mode, user_id, user_created, ticket_id, ticket_created,
                          reason, notices, agent_username, agent_name, customer_phone, phone_rev, concerns,
                          imported, reason_phrase, notice_phrases)
    SELECT contact_id, ?, ?, ?, ?, ?, ?, ?, ?, ?, agent_username, agent_name, customer_phone, phone_rev, ?, ?,
           ?, ?
    FROM contacts WHERE contact_id = ?)"_s;

QString compact(const QJsonValue &value) {
    const QJsonDocument document =
        value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    return QString::fromUtf8(document.toJson(QJsonDocument::Compact));
}

const QString kUpsertLink = uR"(
    INSERT INTO links (contact_id, user_id, ticket_id, mode, outcome, reason, linked_at, agent_username,
                       agent_name, customer_phone, phone_rev)
    SELECT contact_id, ?, ?, ?, ?, ?, ?, agent_username, agent_name, customer_phone, phone_rev
    FROM contacts WHERE contact_id = ?
    ON CONFLICT (contact_id) DO UPDATE SET
      user_id = CASE WHEN excluded.user_id <> 0 THEN excluded.user_id ELSE user_id END,
      ticket_id = CASE WHEN excluded.ticket_id <> 0 THEN excluded.ticket_id ELSE ticket_id END,
      mode = excluded.mode, outcome = excluded.outcome, reason = excluded.reason,
      linked_at = excluded.linked_at, agent_username = excluded.agent_username,
      agent_name = excluded.agent_name, customer_phone = excluded.customer_phone,
      phone_rev = excluded.phone_rev)"_s;

} // namespace

bool Journal::recordOutcome(const CallOutcome &outcome, const QDateTime &at) {
    if (outcome.contactId.isEmpty()) {
        return fail(u"an outcome without a contact id cannot be journaled"_s);
    }
    const qint64 when = (at.isValid() ? at : now()).toMSecsSinceEpoch();
    const QString name = outcomeName(outcome.outcome);
    const QString mode = linkModeName(outcome.outcome);
    const QString reason = m_wording(outcome.reason);
    const QString notices = compact(QJsonArray::fromStringList(m_wording(outcome.notices)));
    // A value-only reason (a decision copied from a journal kept before phrases) is its text.
    const QVariant reasonPhrase = outcome.reason.isTemplate() ? QVariant(compact(outcome.reason.toJson()))
                                                              : QVariant(QMetaType(QMetaType::QString));
    const QVariant noticePhrases = outcome.notices.isEmpty()
                                       ? QVariant(QMetaType(QMetaType::QString))
                                       : QVariant(compact(phrasesToJson(outcome.notices)));
    const bool links = outcomeUpdatesLink(outcome.outcome) && (outcome.ticketId > 0 || outcome.userId > 0);

    Transaction transaction(*this, Durability::Normal);
    const bool ok = transaction.isOpen() && ensureContact(outcome.contactId, now())
                    && exec(kInsertOutcome,
                            {when, name, mode, outcome.userId, outcome.userCreated ? 1 : 0, outcome.ticketId,
                             outcome.ticketCreated ? 1 : 0, detail::textOrEmpty(reason), notices,
                             reviewConcerns(name, outcome.userCreated, outcome.reason, outcome.notices),
                             m_importing ? 1 : 0, reasonPhrase, noticePhrases, outcome.contactId})
                    && (!links
                        || exec(kUpsertLink, {outcome.userId, outcome.ticketId, mode, name,
                                              detail::textOrEmpty(reason), when, outcome.contactId}));
    return ok && transaction.commit();
}

QList<OutcomeRecord> Journal::outcomes(const QString &contactId) const {
    QList<OutcomeRecord> records;
    detail::Statement q = m_statements->get(u"SELECT "_s + detail::kOutcomeColumns
                                                + u" FROM outcomes WHERE contact_id = ? ORDER BY id"_s,
                                            &m_lastError);
    if (!q || !detail::execBound(*q, {contactId}, &m_lastError)) {
        return records;
    }
    while (q->next()) {
        records.append(detail::outcomeFromRow(*q));
    }
    return records;
}

std::optional<LinkRecord> Journal::link(const QString &contactId) const {
    detail::Statement q = m_statements->get(
        u"SELECT "_s + detail::kLinkColumns + u" FROM links WHERE contact_id = ?"_s, &m_lastError);
    if (!q || !detail::execBound(*q, {contactId}, &m_lastError) || !q->next()) {
        return std::nullopt;
    }
    LinkRecord record = detail::linkFromRow(*q);
    return record;
}

} // namespace callbridge::journal
