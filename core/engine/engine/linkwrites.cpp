#include "linkwrites.h"

#include "attributechanges.h"

namespace callbridge::linkwrites {

using zendesk::Write;

namespace {

QJsonObject ticketUpdate(const QString &field, const QJsonObject &value) {
    return QJsonObject{{QStringLiteral("ticket"), QJsonObject{{field, value}}}};
}

} // namespace

// Talk Partner Edition: Zendesk reports the ticket as a phone call, inbound or outbound.
QJsonObject asVoiceTicket(const CallFacts &facts, QJsonObject payload) {
    if (!facts.talkPartnerEdition)
        return payload;
    QJsonObject ticket = payload.value(QStringLiteral("ticket")).toObject();
    ticket.insert(QStringLiteral("via_id"), talkViaId(facts.contact));
    payload.insert(QStringLiteral("ticket"), ticket);
    return payload;
}

int talkViaId(const ContactInfo &contact) {
    const bool agentDials =
        contact.direction == CallDirection::Outbound || contact.type == ContactType::QueueCallback;
    return agentDials ? 46 : 45;
}

QString key(const QString &contactId, const QString &step) {
    return QStringLiteral("cb-") + contactId + u'-' + step;
}

Write createUser(const QString &contactId, const QString &name, const QString &e164, const QString &email) {
    Write w;
    w.kind = Write::Kind::CreateUser;
    w.idempotencyKey = key(contactId, QStringLiteral("user"));
    w.externalId = calldetails::userExternalId(e164);
    w.payload = calldetails::newUser(name, e164);
    if (!email.isEmpty()) {
        QJsonObject user = w.payload.value(QStringLiteral("user")).toObject();
        user.insert(QStringLiteral("email"), email);
        w.payload.insert(QStringLiteral("user"), user);
    }
    return w;
}

Write createTicket(const CallFacts &facts, const Phrase &callerName, qint64 requesterId) {
    Write w;
    w.kind = Write::Kind::CreateTicket;
    w.idempotencyKey = key(facts.contact.contactId, QStringLiteral("ticket"));
    w.externalId = facts.contact.callId();
    w.marker = calldetails::marker(w.idempotencyKey);
    w.payload = asVoiceTicket(facts, calldetails::newTicket(facts, callerName, requesterId,
                                                            calldetails::detailsNote(facts, w.marker)));
    return w;
}

QString detailsNote(const CallFacts &facts) {
    return calldetails::detailsNote(
        facts, calldetails::marker(key(facts.contact.contactId, QStringLiteral("details"))));
}

Write addDetails(const CallFacts &facts, qint64 ticketId) {
    Write w;
    w.kind = Write::Kind::UpdateTicket;
    w.targetId = ticketId;
    w.idempotencyKey = key(facts.contact.contactId, QStringLiteral("details"));
    w.marker = calldetails::marker(w.idempotencyKey);
    w.payload = ticketUpdate(QStringLiteral("comment"), calldetails::internalComment(detailsNote(facts)));
    return w;
}

Write followUp(const CallFacts &facts, const QString &step, qint64 closedTicketId, const Phrase &callerName,
               qint64 requesterId, const QString &note) {
    Write w;
    w.kind = Write::Kind::CreateTicket;
    w.idempotencyKey = key(facts.contact.contactId, step + QStringLiteral("-followup"));
    w.externalId = facts.contact.callId();
    w.marker = calldetails::marker(w.idempotencyKey);
    w.payload = asVoiceTicket(
        facts, calldetails::followUpTicket(facts, closedTicketId, callerName, requesterId, note));
    return w;
}

QString endOfCallNote(const CallFacts &facts) {
    return calldetails::endOfCallNote(
        facts, calldetails::marker(key(facts.contact.contactId, QStringLiteral("end"))));
}

Write changedAttributes(const CallFacts &facts, qint64 ticketId, const QHash<QString, QString> &changes) {
    Write w;
    w.kind = Write::Kind::UpdateTicket;
    w.targetId = ticketId;
    w.idempotencyKey = key(facts.contact.contactId, QStringLiteral("attributes"));
    w.marker = calldetails::marker(w.idempotencyKey);
    w.payload = ticketUpdate(
        QStringLiteral("comment"),
        calldetails::internalComment(attributechanges::changedAttributesNote(
            facts.contact.contactId, changes, facts.policy.noteAttributes, w.marker, facts.wording)));
    return w;
}

Write endOfCall(const CallFacts &facts, qint64 ticketId) {
    Write w;
    w.kind = Write::Kind::UpdateTicket;
    w.targetId = ticketId;
    w.idempotencyKey = key(facts.contact.contactId, QStringLiteral("end"));
    w.marker = calldetails::marker(w.idempotencyKey);
    w.payload =
        facts.policy.voiceComment
            ? ticketUpdate(QStringLiteral("voice_comment"), calldetails::voiceComment(facts))
            : ticketUpdate(QStringLiteral("comment"), calldetails::internalComment(endOfCallNote(facts)));
    return w;
}

} // namespace callbridge::linkwrites
