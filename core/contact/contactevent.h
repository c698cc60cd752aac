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

    bool isTransfer() const
    {
        return !initialContactId.isEmpty() && initialContactId != contactId && type != ContactType::QueueCallback;
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
    enum class Code { NotJson, NotAnObject, UnknownEvent, MissingField, WrongType, TooLarge, TooManyAttributes,
                      BadValue };
    Code code = Code::NotJson;
    QString field;   // JSON path of the offending field, e.g. "contact.attributes.zendesk_ticket"
    QString message; // clear, human readable
};

struct ContactEventParse {
    std::optional<ContactEvent> event;
    std::optional<ContactEventError> error;
};

constexpr int kMaxValueBytes = 1024;
constexpr int kMaxAttributes = 100;

ContactEventParse parseContactEvent(const QByteArray &json);
ContactEventParse parseContactEvent(const QJsonObject &object);
QJsonObject toJson(const ContactEvent &event); // inverse of parseContactEvent, for journal and tests

QString eventKindName(ContactEventKind kind);

} // namespace callbridge
