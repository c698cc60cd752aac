#include "contactevent.h"

#include <QJsonDocument>
#include <QJsonParseError>
#include <QRegularExpression>
#include <algorithm>
#include <cmath>

namespace callbridge {

namespace {

using Code = ContactEventError::Code;

struct NamedKind {
    ContactEventKind kind;
    QLatin1String name;
};

constexpr NamedKind kEventNames[] = {
    {ContactEventKind::Connecting, QLatin1String("connecting")},
    {ContactEventKind::Connected, QLatin1String("connected")},
    {ContactEventKind::Ended, QLatin1String("ended")},
    {ContactEventKind::Missed, QLatin1String("missed")},
    {ContactEventKind::AfterCallWork, QLatin1String("acw")},
    {ContactEventKind::Destroyed, QLatin1String("destroyed")},
    {ContactEventKind::AgentAction, QLatin1String("agent_action")},
};

struct NamedType {
    ContactType type;
    QLatin1String name;
};

constexpr NamedType kContactTypes[] = {
    {ContactType::Voice, QLatin1String("voice")},
    {ContactType::QueueCallback, QLatin1String("queue_callback")},
    {ContactType::Chat, QLatin1String("chat")},
    {ContactType::Task, QLatin1String("task")},
};

struct NamedActionKind {
    AgentAction::Kind kind;
    QLatin1String name;
};

constexpr NamedActionKind kActionKinds[] = {
    {AgentAction::Kind::CreateTicket, QLatin1String("create_ticket")},
    {AgentAction::Kind::Attach, QLatin1String("attach")},
    {AgentAction::Kind::SetUser, QLatin1String("set_user")},
};

// Largest integer a JSON number (an IEEE double) carries exactly.
constexpr double kMaxExactInteger = 9007199254740992.0; // 2^53

QString typeName(const QJsonValue &value) {
    switch (value.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return QStringLiteral("a boolean");
    case QJsonValue::Double:
        return QStringLiteral("a number");
    case QJsonValue::String:
        return QStringLiteral("a string");
    case QJsonValue::Array:
        return QStringLiteral("an array");
    case QJsonValue::Object:
        return QStringLiteral("an object");
    case QJsonValue::Undefined:
        break;
    }
    return QStringLiteral("nothing");
}

// For messages only: a short, printable rendering of a vocabulary word the bridge sent.
QString shortPrintable(const QString &text) {
    constexpr int kMaxShown = 40;
    QString shown;
    for (const QChar c : text.left(kMaxShown)) {
        shown.append(c.isPrint() ? c : QChar(u'?'));
    }
    if (text.size() > kMaxShown) {
        shown.append(u'…');
    }
    return shown;
}

QString joinPath(const QString &parent, const QString &key) {
    return parent.isEmpty() ? key : parent + u'.' + key;
}

bool isValidContactId(const QString &id) {
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9_:.\\-]{1,128}$"));
    return pattern.match(id).hasMatch();
}

// Parses one event. The first problem found stops parsing and is kept in m_error.
class EventReader {
public:
    ContactEventParse read(const QJsonObject &root);

private:
    bool fail(Code code, const QString &field, const QString &message) {
        if (!m_error) {
            m_error = ContactEventError{code, field, message};
        }
        return false;
    }

    bool checkSize(const QString &field, const QString &value);
    bool readString(const QJsonObject &object, const QString &parent, const QString &key, QString *out,
                    bool required = false);
    bool readBool(const QJsonObject &object, const QString &parent, const QString &key, bool *out);
    bool readObject(const QJsonObject &object, const QString &parent, const QString &key, QJsonObject *out,
                    bool required);
    bool readPositiveId(const QJsonObject &object, const QString &parent, const QString &key, qint64 *out,
                        bool required);

    bool readKind(const QJsonObject &root, ContactEventKind *kind);
    bool readTimestamp(const QJsonObject &root, QDateTime *at);
    bool readContact(const QJsonObject &root, ContactInfo *contact);
    bool readContactId(const QJsonObject &contact, const QString &key, QString *out, bool required);
    bool readContactType(const QJsonObject &contact, ContactType *type);
    bool readDirection(const QJsonObject &contact, CallDirection *direction);
    bool readQueue(const QJsonObject &contact, QueueInfo *queue);
    bool readAttributes(const QJsonObject &contact, QHash<QString, QString> *attributes);
    bool readAttributeValue(const QString &field, const QJsonValue &value, QString *out);
    bool readAgent(const QJsonObject &root, AgentInfo *agent);
    bool readAction(const QJsonObject &root, AgentAction *action);

    std::optional<ContactEventError> m_error;
};

bool EventReader::checkSize(const QString &field, const QString &value) {
    if (value.size() > kMaxValueBytes || value.toUtf8().size() > kMaxValueBytes) {
        return fail(Code::TooLarge, field,
                    QStringLiteral("%1 is longer than %2 bytes").arg(field).arg(kMaxValueBytes));
    }
    return true;
}

bool EventReader::readString(const QJsonObject &object, const QString &parent, const QString &key,
                             QString *out, bool required) {
    const QString field = joinPath(parent, key);
    const QJsonValue value = object.value(key);
    if (value.isUndefined()) {
        return !required || fail(Code::MissingField, field, QStringLiteral("%1 is missing").arg(field));
    }
    if (!value.isString()) {
        return fail(Code::WrongType, field,
                    QStringLiteral("%1 must be a string, got %2").arg(field, typeName(value)));
    }
    const QString text = value.toString();
    if (!checkSize(field, text)) {
        return false;
    }
    *out = text;
    return true;
}

bool EventReader::readBool(const QJsonObject &object, const QString &parent, const QString &key, bool *out) {
    const QString field = joinPath(parent, key);
    const QJsonValue value = object.value(key);
    if (value.isUndefined()) {
        return true;
    }
    if (!value.isBool()) {
        return fail(Code::WrongType, field,
                    QStringLiteral("%1 must be true or false, got %2").arg(field, typeName(value)));
    }
    *out = value.toBool();
    return true;
}

bool EventReader::readObject(const QJsonObject &object, const QString &parent, const QString &key,
                             QJsonObject *out, bool required) {
    const QString field = joinPath(parent, key);
    const QJsonValue value = object.value(key);
    if (value.isUndefined()) {
        return !required || fail(Code::MissingField, field, QStringLiteral("%1 is missing").arg(field));
    }
    if (!value.isObject()) {
        return fail(Code::WrongType, field,
                    QStringLiteral("%1 must be an object, got %2").arg(field, typeName(value)));
    }
    *out = value.toObject();
    return true;
}

bool EventReader::readPositiveId(const QJsonObject &object, const QString &parent, const QString &key,
                                 qint64 *out, bool required) {
    const QString field = joinPath(parent, key);
    const QJsonValue value = object.value(key);
    if (value.isUndefined()) {
        return !required || fail(Code::MissingField, field, QStringLiteral("%1 is missing").arg(field));
    }
    if (!value.isDouble()) {
        return fail(Code::WrongType, field,
                    QStringLiteral("%1 must be a number, got %2").arg(field, typeName(value)));
    }
    const double number = value.toDouble();
    if (number < 1 || number > kMaxExactInteger || std::floor(number) != number) {
        return fail(Code::BadValue, field, QStringLiteral("%1 must be a positive whole number").arg(field));
    }
    *out = static_cast<qint64>(number);
    return true;
}

bool EventReader::readKind(const QJsonObject &root, ContactEventKind *kind) {
    QString name;
    if (!readString(root, {}, QStringLiteral("event"), &name, true)) {
        return false;
    }
    for (const NamedKind &known : kEventNames) {
        if (name == known.name) {
            *kind = known.kind;
            return true;
        }
    }
    return fail(Code::UnknownEvent, QStringLiteral("event"),
                QStringLiteral("unknown event \"%1\"").arg(shortPrintable(name)));
}

bool EventReader::readTimestamp(const QJsonObject &root, QDateTime *at) {
    // Strict ISO 8601 with an explicit zone: a time without one would silently mean "local time".
    static const QRegularExpression shape(
        QStringLiteral("^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?(Z|[+-]\\d{2}:\\d{2})$"));
    QString text;
    if (!readString(root, {}, QStringLiteral("at"), &text, true)) {
        return false;
    }
    const QDateTime parsed = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!shape.match(text).hasMatch() || !parsed.isValid()) {
        return fail(Code::BadValue, QStringLiteral("at"),
                    QStringLiteral("at must be an ISO 8601 time with a zone, e.g. 2026-11-25T10:00:00.000Z"));
    }
    *at = parsed.toUTC();
    return true;
}

bool EventReader::readContactId(const QJsonObject &contact, const QString &key, QString *out, bool required) {
    const QString parent = QStringLiteral("contact");
    QString id;
    if (!readString(contact, parent, key, &id, required)) {
        return false;
    }
    if (id.isEmpty() && !required) {
        return true;
    }
    if (!isValidContactId(id)) {
        return fail(Code::BadValue, joinPath(parent, key),
                    QStringLiteral("%1 must be 1 to 128 characters from A-Z a-z 0-9 - _ : .")
                        .arg(joinPath(parent, key)));
    }
    *out = id;
    return true;
}

bool EventReader::readContactType(const QJsonObject &contact, ContactType *type) {
    QString name;
    if (!readString(contact, QStringLiteral("contact"), QStringLiteral("type"), &name)) {
        return false;
    }
    if (name.isNull()) {
        return true; // absent: voice
    }
    for (const NamedType &known : kContactTypes) {
        if (name == known.name) {
            *type = known.type;
            return true;
        }
    }
    return fail(Code::BadValue, QStringLiteral("contact.type"),
                QStringLiteral("contact.type must be voice, queue_callback, chat or task, got \"%1\"")
                    .arg(shortPrintable(name)));
}

bool EventReader::readDirection(const QJsonObject &contact, CallDirection *direction) {
    QString name;
    if (!readString(contact, QStringLiteral("contact"), QStringLiteral("direction"), &name)) {
        return false;
    }
    if (name.isNull() || name == QLatin1String("inbound")) {
        *direction = CallDirection::Inbound;
        return true;
    }
    if (name == QLatin1String("outbound")) {
        *direction = CallDirection::Outbound;
        return true;
    }
    return fail(Code::BadValue, QStringLiteral("contact.direction"),
                QStringLiteral("contact.direction must be inbound or outbound, got \"%1\"")
                    .arg(shortPrintable(name)));
}

bool EventReader::readQueue(const QJsonObject &contact, QueueInfo *queue) {
    QJsonObject object;
    const QString parent = QStringLiteral("contact.queue");
    return readObject(contact, QStringLiteral("contact"), QStringLiteral("queue"), &object, false)
           && readString(object, parent, QStringLiteral("name"), &queue->name)
           && readString(object, parent, QStringLiteral("arn"), &queue->arn);
}

bool EventReader::readAttributeValue(const QString &field, const QJsonValue &value, QString *out) {
    // Connect attributes are strings. Numbers and booleans (hand-written replay files) are stringified;
    // anything else is a bridge bug. Values are never quoted in messages: they may be credentials.
    switch (value.type()) {
    case QJsonValue::String:
        *out = value.toString();
        return checkSize(field, *out);
    case QJsonValue::Bool:
        *out = value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
        return true;
    case QJsonValue::Double: {
        const double number = value.toDouble();
        const bool exactInteger = std::floor(number) == number && std::fabs(number) <= kMaxExactInteger;
        *out = exactInteger ? QString::number(static_cast<qint64>(number))
                            : QString::number(number, 'g', QLocale::FloatingPointShortest);
        return true;
    }
    case QJsonValue::Null:
    case QJsonValue::Array:
    case QJsonValue::Object:
    case QJsonValue::Undefined:
        break;
    }
    return fail(Code::WrongType, field,
                QStringLiteral("%1 must be a string, number or boolean, got %2").arg(field, typeName(value)));
}

bool EventReader::readAttributes(const QJsonObject &contact, QHash<QString, QString> *attributes) {
    const QString field = QStringLiteral("contact.attributes");
    QJsonObject object;
    if (!readObject(contact, QStringLiteral("contact"), QStringLiteral("attributes"), &object, false)) {
        return false;
    }
    if (object.size() > kMaxAttributes) {
        return fail(Code::TooManyAttributes, field,
                    QStringLiteral("contact.attributes has %1 entries; at most %2 are accepted")
                        .arg(object.size())
                        .arg(kMaxAttributes));
    }
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        const QString name = it.key();
        if (name.isEmpty()) {
            return fail(Code::BadValue, field,
                        QStringLiteral("contact.attributes has an empty attribute name"));
        }
        if (name.toUtf8().size() > kMaxValueBytes) {
            return fail(Code::TooLarge, field,
                        QStringLiteral("an attribute name is longer than %1 bytes").arg(kMaxValueBytes));
        }
        QString value;
        if (!readAttributeValue(joinPath(field, name), it.value(), &value)) {
            return false;
        }
        attributes->insert(name, value);
    }
    return true;
}

bool EventReader::readContact(const QJsonObject &root, ContactInfo *contact) {
    const QString parent = QStringLiteral("contact");
    QJsonObject object;
    return readObject(root, {}, parent, &object, true)
           && readContactId(object, QStringLiteral("contactId"), &contact->contactId, true)
           && readContactId(object, QStringLiteral("initialContactId"), &contact->initialContactId, false)
           && readContactType(object, &contact->type) && readDirection(object, &contact->direction)
           && readString(object, parent, QStringLiteral("initiationMethod"), &contact->initiationMethod)
           && readString(object, parent, QStringLiteral("customerPhone"), &contact->customerPhone)
           && readString(object, parent, QStringLiteral("systemPhone"), &contact->systemPhone)
           && readQueue(object, &contact->queue)
           && readBool(object, parent, QStringLiteral("monitoring"), &contact->monitoring)
           && readAttributes(object, &contact->attributes);
}

bool EventReader::readAgent(const QJsonObject &root, AgentInfo *agent) {
    const QString parent = QStringLiteral("agent");
    QJsonObject object;
    return readObject(root, {}, parent, &object, false)
           && readString(object, parent, QStringLiteral("name"), &agent->name)
           && readString(object, parent, QStringLiteral("username"), &agent->username)
           && readString(object, parent, QStringLiteral("routingProfile"), &agent->routingProfile)
           && readString(object, parent, QStringLiteral("extension"), &agent->extension);
}

bool EventReader::readAction(const QJsonObject &root, AgentAction *action) {
    const QString parent = QStringLiteral("action");
    QJsonObject object;
    QString kindName;
    if (!readObject(root, {}, parent, &object, true)
        || !readString(object, parent, QStringLiteral("kind"), &kindName, true)) {
        return false;
    }
    const auto known = std::find_if(std::begin(kActionKinds), std::end(kActionKinds),
                                    [&kindName](const NamedActionKind &k) { return kindName == k.name; });
    if (known == std::end(kActionKinds)) {
        return fail(Code::BadValue, QStringLiteral("action.kind"),
                    QStringLiteral("action.kind must be create_ticket, attach or set_user, got \"%1\"")
                        .arg(shortPrintable(kindName)));
    }
    action->kind = known->kind;
    switch (action->kind) {
    case AgentAction::Kind::CreateTicket:
        return readPositiveId(object, parent, QStringLiteral("userId"), &action->userId, false)
               && readString(object, parent, QStringLiteral("userName"), &action->userName)
               && readString(object, parent, QStringLiteral("userEmail"), &action->userEmail)
               && readString(object, parent, QStringLiteral("userPhone"), &action->userPhone)
               && readString(object, parent, QStringLiteral("subject"), &action->subject)
               && readString(object, parent, QStringLiteral("requesterName"), &action->requesterName);
    case AgentAction::Kind::Attach:
        return readPositiveId(object, parent, QStringLiteral("ticketId"), &action->ticketId, true);
    case AgentAction::Kind::SetUser:
        return readPositiveId(object, parent, QStringLiteral("userId"), &action->userId, true);
    }
    return false;
}

ContactEventParse EventReader::read(const QJsonObject &root) {
    ContactEvent event;
    bool ok = readKind(root, &event.kind) && readTimestamp(root, &event.at)
              && readContact(root, &event.contact) && readAgent(root, &event.agent);
    if (ok && event.kind == ContactEventKind::AgentAction) {
        AgentAction action;
        ok = readAction(root, &action);
        event.action = action;
    }
    ContactEventParse result;
    if (ok) {
        result.event = event;
    } else {
        result.error = m_error;
    }
    return result;
}

ContactEventParse errorResult(Code code, const QString &message) {
    ContactEventParse result;
    result.error = ContactEventError{code, {}, message};
    return result;
}

QLatin1String contactTypeName(ContactType type) {
    for (const NamedType &known : kContactTypes) {
        if (known.type == type) {
            return known.name;
        }
    }
    return QLatin1String("voice");
}

QLatin1String actionKindName(AgentAction::Kind kind) {
    for (const NamedActionKind &known : kActionKinds) {
        if (known.kind == kind) {
            return known.name;
        }
    }
    return QLatin1String("create_ticket");
}

QJsonObject actionToJson(const AgentAction &action) {
    QJsonObject object{{QStringLiteral("kind"), actionKindName(action.kind)}};
    switch (action.kind) {
    case AgentAction::Kind::CreateTicket:
        for (const auto &[name, value] : {std::pair{QStringLiteral("userName"), action.userName},
                                          std::pair{QStringLiteral("userEmail"), action.userEmail},
                                          std::pair{QStringLiteral("userPhone"), action.userPhone},
                                          std::pair{QStringLiteral("subject"), action.subject},
                                          std::pair{QStringLiteral("requesterName"), action.requesterName}}) {
            if (!value.isEmpty()) {
                object.insert(name, value);
            }
        }
        [[fallthrough]];
    case AgentAction::Kind::SetUser:
        if (action.userId > 0) {
            object.insert(QStringLiteral("userId"), action.userId);
        }
        break;
    case AgentAction::Kind::Attach:
        object.insert(QStringLiteral("ticketId"), action.ticketId);
        break;
    }
    return object;
}

} // namespace

ContactEventParse parseContactEvent(const QByteArray &json) {
    if (json.size() > kMaxDocumentBytes) {
        return errorResult(Code::TooLarge, QStringLiteral("the event is %1 bytes; at most %2 are accepted")
                                               .arg(json.size())
                                               .arg(kMaxDocumentBytes));
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return errorResult(Code::NotJson, QStringLiteral("the event is not valid JSON: %1 at offset %2")
                                              .arg(parseError.errorString())
                                              .arg(parseError.offset));
    }
    if (!document.isObject()) {
        return errorResult(Code::NotAnObject, QStringLiteral("the event must be a JSON object"));
    }
    return parseContactEvent(document.object());
}

ContactEventParse parseContactEvent(const QJsonObject &object) {
    return EventReader().read(object);
}

QJsonObject toJson(const ContactEvent &event) {
    const ContactInfo &c = event.contact;
    QJsonObject attributes;
    for (auto it = c.attributes.constBegin(); it != c.attributes.constEnd(); ++it) {
        attributes.insert(it.key(), it.value());
    }
    QJsonObject contact{
        {QStringLiteral("contactId"), c.contactId},
        {QStringLiteral("type"), contactTypeName(c.type)},
        {QStringLiteral("direction"),
         c.direction == CallDirection::Outbound ? QStringLiteral("outbound") : QStringLiteral("inbound")},
        {QStringLiteral("initiationMethod"), c.initiationMethod},
        {QStringLiteral("customerPhone"), c.customerPhone},
        {QStringLiteral("systemPhone"), c.systemPhone},
        {QStringLiteral("queue"),
         QJsonObject{{QStringLiteral("name"), c.queue.name}, {QStringLiteral("arn"), c.queue.arn}}},
        {QStringLiteral("monitoring"), c.monitoring},
        {QStringLiteral("attributes"), attributes},
    };
    if (!c.initialContactId.isEmpty()) {
        contact.insert(QStringLiteral("initialContactId"), c.initialContactId);
    }
    QJsonObject root{
        {QStringLiteral("event"), eventKindName(event.kind)},
        {QStringLiteral("at"), event.at.toUTC().toString(Qt::ISODateWithMs)},
        {QStringLiteral("contact"), contact},
        {QStringLiteral("agent"), QJsonObject{{QStringLiteral("name"), event.agent.name},
                                              {QStringLiteral("username"), event.agent.username},
                                              {QStringLiteral("routingProfile"), event.agent.routingProfile},
                                              {QStringLiteral("extension"), event.agent.extension}}},
    };
    if (event.kind == ContactEventKind::AgentAction && event.action) {
        root.insert(QStringLiteral("action"), actionToJson(*event.action));
    }
    return root;
}

QString eventKindName(ContactEventKind kind) {
    for (const NamedKind &known : kEventNames) {
        if (known.kind == kind) {
            return known.name;
        }
    }
    return QString();
}

} // namespace callbridge
