#pragma once

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QString>
#include <optional>

namespace callbridge {

// The contract between the softphone bridge (or the replay CLI) and core: one JSON object per contact event.
enum class ContactEventKind { Connecting, Connected, Ended, Missed, AfterCallWork, Destroyed, AgentAction };
enum class ContactType { Voice, QueueCallback, Chat, Task };
enum class CallDirection { Inbound, Outbound };

struct QueueInfo {
    QString name;
    QString arn;
};

struct AgentInfo {
    QString name;
    QString username;
    QString routingProfile;
    QString extension; // "softphone" or a desk-phone number
};

struct AgentAction {
    enum class Kind { CreateTicket, Attach, SetUser };
    Kind kind = Kind::CreateTicket;
    qint64 userId = 0;   // CreateTicket (0 = create the user from the caller's number), SetUser
    qint64 ticketId = 0; // Attach
    // CreateTicket without a userId: the new user's name, email and phone instead of the customer_name and
    // customer_email attributes and the caller's number (each optional: empty keeps that default).
    QString userName{};
    QString userEmail{};
    QString userPhone{};
    QString subject{}; // CreateTicket: the new ticket's subject instead of "Incoming call from <name>"
    // CreateTicket for a user the agent chose (userId): their name as the agent saw it, which names them in
    // the default subject (written in the notes' language); empty: "user #<id>".
    QString requesterName{};
};

struct ContactInfo {
    QString contactId;
    QString initialContactId;
    ContactType type = ContactType::Voice;
    CallDirection direction = CallDirection::Inbound;
    QString initiationMethod;
    QString customerPhone; // raw, as the CCP reports it
    QString systemPhone;
    QueueInfo queue;
    bool monitoring = false;
    QHash<QString, QString> attributes;

    bool isTransfer() const {
        return !initialContactId.isEmpty() && initialContactId != contactId
               && type != ContactType::QueueCallback;
    }
    // The id that names the whole call across transfers.
    QString callId() const { return initialContactId.isEmpty() ? contactId : initialContactId; }
};

struct ContactEvent {
    ContactEventKind kind = ContactEventKind::Connecting;
    QDateTime at;
    ContactInfo contact;
    AgentInfo agent;
    std::optional<AgentAction> action; // only for AgentAction
};

// Parse errors are values, never exceptions or crashes.
struct ContactEventError {
    enum class Code {
        NotJson,
        NotAnObject,
        UnknownEvent,
        MissingField,
        WrongType,
        TooLarge,
        TooManyAttributes,
        BadValue
    };
    Code code = Code::NotJson;
    QString field;   // JSON path of the offending field, e.g. "contact.attributes.zendesk_ticket"
    QString message; // clear, human readable
};

struct ContactEventParse {
    std::optional<ContactEvent> event;
    std::optional<ContactEventError> error;
};

constexpr int kMaxValueBytes = 1024;     // any string value, attribute names too (UTF-8 bytes)
constexpr int kMaxAttributes = 100;      // entries in contact.attributes
constexpr int kMaxDocumentBytes = 65536; // the whole JSON text

// Validation rules (the first problem found is reported; nothing throws, nothing is logged):
// - required: "event" (closed vocabulary), "at", "contact" and "contact.contactId". Missing "at" is rejected
// rather
//   than defaulted to now: the parser stays deterministic and replays keep their original times. "at" must be
//   ISO 8601 with an explicit zone ("Z" or "+hh:mm"); it is converted to UTC.
// - contactId/initialContactId: 1..128 characters of [A-Za-z0-9-_:.]; initialContactId may be absent or
// empty.
// - optional with defaults: type (voice), direction (inbound), monitoring (false), queue, agent, phones,
//   initiationMethod (free text), attributes. Present values must have the right type and vocabulary.
// - attribute values: strings; numbers and booleans are accepted and stringified ("123", "1.5", "true");
//   null, arrays and objects are rejected. Attribute values are never quoted in error messages (credentials).
// - "action" is required for agent_action and ignored for other events. Ids are positive whole JSON numbers;
//   create_ticket's userId may be absent (0 = create the user from the caller's number); create_ticket may
//   carry "userName", "userEmail", "userPhone" and "subject" strings.
// - unknown keys are ignored (forward compatibility).
ContactEventParse parseContactEvent(const QByteArray &json);
ContactEventParse parseContactEvent(const QJsonObject &object);
QJsonObject toJson(const ContactEvent &event); // inverse of parseContactEvent, for journal and tests

QString eventKindName(ContactEventKind kind);

} // namespace callbridge
