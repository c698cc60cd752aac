#pragma once

#include "contact/contactevent.h"
#include "policy/callpolicy.h"
#include "wording/notewording.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QString>
#include <QUrl>

namespace callbridge {

// Everything known about one call that ends up in Zendesk. Filled by the contact session.
struct CallFacts {
    ContactInfo contact;
    AgentInfo agent;
    CallPolicy policy;
    QUrl connectInstanceUrl;
    QString timeZone;
    QString entryPointNumber; // settings' default entry point number
    QString customerE164;     // normalised caller/callee number, empty when anonymous
    qint64 agentUserId = 0;   // the agent's Zendesk user id
    QDateTime connectedAt;
    QDateTime endedAt;
    Phrase decisionReason;
    bool talkPartnerEdition = false; // new tickets are voice tickets (via_id 45 inbound, 46 outbound)
    QString ticketSubject;           // a new ticket's subject as the agent typed it; empty: the default
    NoteWording wording;             // the notes' language ([zendesk] note_language)
};

// Pure builders for what Callbridge writes. No I/O here.
namespace calldetails {

// Zendesk accepts comments of about 65,000 characters; a details note stays below this many bytes of UTF-8.
constexpr qsizetype kMaxCommentBytes = 64'000;

// Whether a note lists the attribute: [policy] note_attributes allows it and it is not one of the legacy
// speech-analysis flow's own attributes.
bool isAttributeShownInNotes(const QString &name, const NoteAttributeRule &rule);
// `heading`, then "  name: value" for each attribute a note lists (values redacted), sorted by name, each on
// one line, then which were redacted; bounded like the details note.
QStringList attributeLines(const QHash<QString, QString> &attributes, const NoteAttributeRule &rule,
                           const QString &heading, const NoteWording &wording);

QUrl contactDetailsUrl(const QUrl &instanceUrl, const QString &contactId, const QString &timeZone);
QUrl recordingUrl(const QUrl &instanceUrl, const QString &contactId);

// "[callbridge:<key>]": embedded in every comment so that a write with an unknown outcome can be found again.
QString marker(const QString &idempotencyKey);

QString detailsNote(const CallFacts &facts, const QString &marker);
QString endOfCallNote(const CallFacts &facts, const QString &marker); // used when voice_comment is off
QJsonObject voiceComment(const CallFacts &facts); // {from,to,recording_url,started_at,…}
// A subject the agent typed is kept to this many characters.
constexpr qsizetype kMaxSubjectChars = 250;
// The agent's subject when given, else "Incoming call from <caller>" ("Outgoing call to" when outbound).
QString ticketSubject(const CallFacts &facts, const Phrase &callerName);
QJsonObject newTicket(const CallFacts &facts, const Phrase &callerName, qint64 requesterId,
                      const QString &note);
QJsonObject followUpTicket(const CallFacts &facts, qint64 closedTicketId, const Phrase &callerName,
                           qint64 requesterId, const QString &note);
QJsonObject newUser(const QString &name, const QString &e164);
QString userExternalId(const QString &e164); // "callbridge:+15551234567" — makes user creation idempotent
QJsonObject internalComment(const QString &body);

int callDurationSeconds(const CallFacts &facts);

} // namespace calldetails
} // namespace callbridge
