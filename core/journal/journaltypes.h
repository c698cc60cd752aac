#pragma once

#include "contact/contactevent.h"
#include "engine/calloutcome.h"
#include "zendesk/zendeskgateway.h"
#include "zendesk/zendeskwrite.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace callbridge::journal {

// The value types the journal stores and returns. Times are UTC; the database keeps them as epoch ms.

// How a contact was linked, derived from the outcome: auto, ivr, recent, transfer, agent, forced, none,
// failed, details.
QString linkModeName(Outcome outcome);
// The engine's outcome name ("ticket_created", …), kept here so the journal does not link the engine.
QString outcomeStorageName(Outcome outcome);
std::optional<Outcome> outcomeFromStorageName(const QString &name);
// Outcomes that set or replace the contact's current link (when they carry a user or ticket id).
bool outcomeUpdatesLink(Outcome outcome);

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
    QString outcome; // outcomeStorageName()
    QString mode;    // linkModeName()
    qint64 userId = 0;
    bool userCreated = false;
    qint64 ticketId = 0;
    bool ticketCreated = false;
    QString reason;
    QStringList notices;
    QString agentUsername;
    QString agentName;
    QString customerNumber;
};

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

// One Zendesk write as the outbox keeps it. Pending → Sending → Done, or → Pending again (transient failure,
// with nextAttemptAt) or → Failed (permanent). A row still Sending after a restart means "outcome unknown":
// reconcile (Idempotency-Key / external_id / marker) before sending again.
struct WriteRecord {
    enum class State { Pending, Sending, Done, Failed };
    zendesk::Write write; // firstAttemptAt is set on the first markSending when the caller left it empty
    State state = State::Pending;
    int attempts = 0; // markSending calls
    QString lastError;
    QDateTime enqueuedAt;
    QDateTime nextAttemptAt; // invalid = as soon as possible
    QDateTime updatedAt;
    std::optional<zendesk::WriteResult> result; // Done only
};

QString writeStateName(WriteRecord::State state);
std::optional<WriteRecord::State> writeStateFromName(const QString &name);
std::optional<zendesk::Write::Kind> writeKindFromName(const QString &name);

} // namespace callbridge::journal
