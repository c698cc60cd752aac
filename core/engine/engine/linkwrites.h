#pragma once

#include "calldetails.h"
#include "zendesk/zendeskwrite.h"

#include <QString>

namespace callbridge::linkwrites {

// Every write a contact makes, as a value with its idempotency key ("cb-<contactId>-<step>"), marker and
// payload. Pure: the contact session decides when; these say exactly what.

QString key(const QString &contactId, const QString &step);
// The Talk Partner Edition via_id of a new ticket for the contact: 45 inbound, 46 outbound
// (a queued callback too: the agent's leg dials the customer).
int talkViaId(const ContactInfo &contact);
// Talk Partner Edition: a new ticket's payload made a voice ticket (via_id); unchanged otherwise.
QJsonObject asVoiceTicket(const CallFacts &facts, QJsonObject payload);

// A new end user for the caller's number; `email` (customer_email), when given, becomes their address.
zendesk::Write createUser(const QString &contactId, const QString &name, const QString &e164,
                          const QString &email = {});
// A new ticket whose first comment is the call-details note.
zendesk::Write createTicket(const CallFacts &facts, const Phrase &callerName, qint64 requesterId);
// The call-details note added to an existing ticket.
zendesk::Write addDetails(const CallFacts &facts, qint64 ticketId);
// A follow-up of a closed ticket carrying `note` (the step's own note, e.g. details or end of call).
zendesk::Write followUp(const CallFacts &facts, const QString &step, qint64 closedTicketId,
                        const Phrase &callerName, qint64 requesterId, const QString &note);
// End of call, before the voice comment: the attributes added or changed since the details note.
zendesk::Write changedAttributes(const CallFacts &facts, qint64 ticketId,
                                 const QHash<QString, QString> &changes);
// End of call: a voice comment, or a duration note when voice_comment is off.
zendesk::Write endOfCall(const CallFacts &facts, qint64 ticketId);
// The notes themselves, for the follow-up a closed ticket gets instead.
QString detailsNote(const CallFacts &facts);
QString endOfCallNote(const CallFacts &facts);

} // namespace callbridge::linkwrites
