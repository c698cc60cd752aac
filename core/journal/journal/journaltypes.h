#pragma once

#include "contact/contactevent.h"
#include "model/calloutcome.h"
#include "model/writeledger.h"
#include "zendesk/zendeskgateway.h"
#include "zendesk/zendeskwrite.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace callbridge::journal {

// The value types the journal stores and returns. Times are UTC; the database keeps them as epoch ms.

struct ContactRecord {
    QString contactId;
    QString initialContactId;
    QString direction;      // "inbound" / "outbound"
    QString customerNumber; // E.164 when known, else as the CCP reported it
    QString agentUsername;
    QString agentName;
    QDateTime firstSeen;
    bool finished = false;
    QDateTime finishedAt;
};

struct EventRecord {
    qint64 seq = 0; // arrival order across the whole journal
    QString contactId;
    QString kind; // eventKindName()
    QDateTime at; // the event's own time
    QDateTime receivedAt;
    QByteArray json; // toJson(ContactEvent), compact
};

struct UnfinishedContact {
    QString contactId;
    QList<ContactEvent> events; // in arrival order
    int unreadableEvents =
        0; // rows whose JSON no longer parses (never expected; counted, not dropped silently)
};

struct OutcomeRecord {
    qint64 id = 0;
    QDateTime at;
    QString contactId;
    QString outcome; // outcomeName()
    QString mode;    // linkModeName()
    qint64 userId = 0;
    bool userCreated = false;
    qint64 ticketId = 0;
    bool ticketCreated = false;
    QString reason;      // in the notes' language ([zendesk] note_language)
    QStringList notices; // likewise
    Phrase reasonPhrase; // the same as phrases; empty for decisions kept before phrases
    Phrases noticePhrases;
    QString agentUsername;
    QString agentName;
    QString customerNumber;
    int concerns = 0; // ReviewConcern bits (model/reviewconcerns.h)

    // The phrases, or for a decision kept before phrases its text (shown as it is in every language).
    Phrase reasonOrText() const { return reasonPhrase.isEmpty() ? Phrase(reason) : reasonPhrase; }
    Phrases noticesOrText() const;
    QString journalId; // whose journal: set by the team database, empty for the local journal's own rows
};

// The decision as the engine made it (for replaying a contact's history, or copying it to another journal).
CallOutcome callOutcomeOf(const OutcomeRecord &record);

struct LinkRecord {
    QString contactId;
    qint64 userId = 0;
    qint64 ticketId = 0;
    QString mode;
    QString outcome;
    QString reason;
    QDateTime linkedAt;
    QString agentUsername;
    QString agentName;
    QString customerNumber;
};

// The outbox's record of one write, as the journal stores it.
using WriteRecord = StoredWrite;

// One change of state of a stored write (enqueued as pending, sending, pending again after a passing failure,
// done, failed), appended in order: the write's history for the review.
struct WriteTransition {
    qint64 id = 0; // order across the whole journal
    QString idempotencyKey;
    QString contactId; // from the key (cb-<contact>-<step>); empty for a key of another shape
    QString kind;      // zendesk::writeKindName()
    qint64 targetId = 0;
    QString state; // writeStateName()
    int attempts = 0;
    QString error;       // Zendesk's answer (or the network's) when it failed
    qint64 resultId = 0; // done: the user or ticket written
    QDateTime at;
    QByteArray payload; // the write itself (compact JSON) on its first and its failed transitions, else empty
    QString journalId;  // team database rows only
};

// A supervisor marked a contact reviewed.
struct ReviewMark {
    QString contactId;
    QString by;
    QDateTime at;
    QString note;
    QString journalId; // the team database: whose journal the contact came from (may be empty)
};

} // namespace callbridge::journal
