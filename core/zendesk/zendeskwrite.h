#pragma once

#include <QJsonObject>
#include <QString>

namespace callbridge::zendesk {

// Every write Callbridge makes to Zendesk, as a value: the operation, an idempotency key that is stable for the
// contact and step it belongs to, and the JSON payload. A durable outbox stores these before sending.
struct Write {
    enum class Kind {
        CreateUser,     // POST /api/v2/users                         payload {"user": {...}}
        CreateTicket,   // POST /api/v2/tickets (Idempotency-Key)     payload {"ticket": {...}}
        UpdateTicket,   // PUT  /api/v2/tickets/{targetId}            payload {"ticket": {comment|voice_comment}}
        UpdateUser,     // PUT  /api/v2/users/{targetId}              payload {"user": {...}}
    };

    Kind kind = Kind::CreateTicket;
    qint64 targetId = 0;    // ticket or user id for Update*
    QString idempotencyKey; // e.g. "cb-<contactId>-create-ticket"; unique per contact and step
    QString externalId;     // ticket external_id, used to look a create up when its outcome is unknown
    QJsonObject payload;
};

QString writeKindName(Write::Kind kind);

} // namespace callbridge::zendesk
