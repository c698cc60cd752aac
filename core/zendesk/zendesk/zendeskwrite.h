#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <optional>

namespace callbridge::zendesk {

// Every write Callbridge makes to Zendesk, as a value: the operation, an idempotency key that is stable for
// the contact and step it belongs to, and the JSON payload. A durable outbox stores these before sending.
struct Write {
    enum class Kind {
        CreateUser,      // POST /api/v2/users                         payload {"user": {...}}
        CreateTicket,    // POST /api/v2/tickets (Idempotency-Key)     payload {"ticket": {...}}
        UpdateTicket,    // PUT  /api/v2/tickets/{targetId}  payload {"ticket": {comment|voice_comment}}
        UpdateUser,      // PUT  /api/v2/users/{targetId}              payload {"user": {...}}
        AddUserIdentity, // POST /api/v2/users/{targetId}/identities  payload {"identity": {type, value}}
    };

    Kind kind = Kind::CreateTicket;
    qint64 targetId = 0;    // ticket or user id for Update*
    QString idempotencyKey; // e.g. "cb-<contactId>-create-ticket"; unique per contact and step
    QString externalId;     // ticket external_id, used to look a create up when its outcome is unknown
    QJsonObject payload;
    // UpdateTicket: a string contained in the comment body sent (e.g. "[callbridge:cb-<contactId>-details]"),
    // so a write whose outcome is unknown can be found among the ticket's comments instead of being sent
    // twice.
    QString marker;
    // CreateTicket: when the first attempt was made. Zendesk remembers an Idempotency-Key for about 2 hours;
    // past that, the ticket is looked up by external_id before it is created again.
    QDateTime firstAttemptAt;
    // A previous attempt may have been applied (e.g. the app stopped while it was in flight): look the write
    // up before sending it again. Creates of tickets inside the Idempotency-Key window need no lookup.
    bool mayHaveBeenApplied = false;
};

QString writeKindName(Write::Kind kind); // "CreateUser", … (how the journal stores it)
std::optional<Write::Kind> writeKindFromName(const QString &name);

} // namespace callbridge::zendesk
