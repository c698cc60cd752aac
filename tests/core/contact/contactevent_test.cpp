#include "contact/contactevent.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTimeZone>
#include <gtest/gtest.h>

using namespace callbridge;
using Code = ContactEventError::Code;

namespace {

QJsonObject validEvent() {
    return QJsonObject{
        {QStringLiteral("event"), QStringLiteral("connecting")},
        {QStringLiteral("at"), QStringLiteral("2026-11-25T10:00:00.000Z")},
        {QStringLiteral("contact"),
         QJsonObject{
             {QStringLiteral("contactId"), QStringLiteral("5b1d0c4e-1111-4aaa-9bbb-0123456789ab")},
             {QStringLiteral("initialContactId"), QStringLiteral("0f0e0d0c-2222-4aaa-9bbb-0123456789ab")},
             {QStringLiteral("type"), QStringLiteral("voice")},
             {QStringLiteral("direction"), QStringLiteral("inbound")},
             {QStringLiteral("initiationMethod"), QStringLiteral("transfer")},
             {QStringLiteral("customerPhone"), QStringLiteral("+15551234567")},
             {QStringLiteral("systemPhone"), QStringLiteral("+18005550100")},
             {QStringLiteral("queue"),
              QJsonObject{{QStringLiteral("name"), QStringLiteral("Support")},
                          {QStringLiteral("arn"), QStringLiteral("arn:aws:connect:q")}}},
             {QStringLiteral("monitoring"), false},
             {QStringLiteral("attributes"),
              QJsonObject{{QStringLiteral("zendesk_ticket"), QStringLiteral("123")}}},
         }},
        {QStringLiteral("agent"), QJsonObject{{QStringLiteral("name"), QStringLiteral("Ann Agent")},
                                              {QStringLiteral("username"), QStringLiteral("ann")},
                                              {QStringLiteral("routingProfile"), QStringLiteral("Basic")},
                                              {QStringLiteral("extension"), QStringLiteral("softphone")}}},
    };
}

// Replaces the value at a dotted path ("contact.queue.name"); an undefined value removes the key.
QJsonObject withValue(QJsonObject object, const QStringList &path, const QJsonValue &value) {
    const QString &key = path.first();
    if (path.size() == 1) {
        if (value.isUndefined()) {
            object.remove(key);
        } else {
            object.insert(key, value);
        }
        return object;
    }
    object.insert(key, withValue(object.value(key).toObject(), path.mid(1), value));
    return object;
}

QJsonObject withValue(const QString &dottedPath, const QJsonValue &value) {
    return withValue(validEvent(), dottedPath.split(u'.'), value);
}

QJsonObject agentAction(const QJsonObject &action) {
    QJsonObject event = validEvent();
    event.insert(QStringLiteral("event"), QStringLiteral("agent_action"));
    event.insert(QStringLiteral("action"), action);
    return event;
}

} // namespace

TEST(ContactEventParse, ParsesEveryFieldOfAValidEvent) {
    const ContactEventParse parsed = parseContactEvent(QJsonDocument(validEvent()).toJson());
    ASSERT_TRUE(parsed.event) << parsed.error->message.toStdString();
    EXPECT_FALSE(parsed.error);
    const ContactEvent &e = *parsed.event;
    EXPECT_EQ(e.kind, ContactEventKind::Connecting);
    EXPECT_EQ(e.at, QDateTime(QDate(2026, 11, 25), QTime(10, 0), QTimeZone::utc()));
    EXPECT_EQ(e.contact.contactId, QStringLiteral("5b1d0c4e-1111-4aaa-9bbb-0123456789ab"));
    EXPECT_EQ(e.contact.initialContactId, QStringLiteral("0f0e0d0c-2222-4aaa-9bbb-0123456789ab"));
    EXPECT_TRUE(e.contact.isTransfer());
    EXPECT_EQ(e.contact.type, ContactType::Voice);
    EXPECT_EQ(e.contact.direction, CallDirection::Inbound);
    EXPECT_EQ(e.contact.initiationMethod, QStringLiteral("transfer"));
    EXPECT_EQ(e.contact.customerPhone, QStringLiteral("+15551234567"));
    EXPECT_EQ(e.contact.systemPhone, QStringLiteral("+18005550100"));
    EXPECT_EQ(e.contact.queue.name, QStringLiteral("Support"));
    EXPECT_EQ(e.contact.queue.arn, QStringLiteral("arn:aws:connect:q"));
    EXPECT_FALSE(e.contact.monitoring);
    EXPECT_EQ(e.contact.attributes.value(QStringLiteral("zendesk_ticket")), QStringLiteral("123"));
    EXPECT_EQ(e.agent.name, QStringLiteral("Ann Agent"));
    EXPECT_EQ(e.agent.username, QStringLiteral("ann"));
    EXPECT_EQ(e.agent.routingProfile, QStringLiteral("Basic"));
    EXPECT_EQ(e.agent.extension, QStringLiteral("softphone"));
    EXPECT_FALSE(e.action);
}

TEST(ContactEventParse, MinimalEventGetsDefaults) {
    const QJsonObject minimal{
        {QStringLiteral("event"), QStringLiteral("ended")},
        {QStringLiteral("at"), QStringLiteral("2026-11-25T10:00:00Z")},
        {QStringLiteral("contact"), QJsonObject{{QStringLiteral("contactId"), QStringLiteral("abc")}}},
    };
    const ContactEventParse parsed = parseContactEvent(minimal);
    ASSERT_TRUE(parsed.event);
    EXPECT_EQ(parsed.event->contact.type, ContactType::Voice);
    EXPECT_EQ(parsed.event->contact.direction, CallDirection::Inbound);
    EXPECT_TRUE(parsed.event->contact.attributes.isEmpty());
    EXPECT_EQ(parsed.event->contact.callId(), QStringLiteral("abc"));
    EXPECT_TRUE(parsed.event->agent.name.isEmpty());
}

struct KindCase {
    const char *name;
    ContactEventKind kind;
};

class EventKindNames : public ::testing::TestWithParam<KindCase> {};

TEST_P(EventKindNames, ParsesAndNamesEveryKind) {
    const KindCase c = GetParam();
    const QString name = QString::fromLatin1(c.name);
    EXPECT_EQ(eventKindName(c.kind), name);
    QJsonObject event = withValue(QStringLiteral("event"), name);
    if (c.kind == ContactEventKind::AgentAction) {
        event.insert(QStringLiteral("action"), QJsonObject{{QStringLiteral("kind"), QStringLiteral("attach")},
                                                           {QStringLiteral("ticketId"), 34}});
    }
    const ContactEventParse parsed = parseContactEvent(event);
    ASSERT_TRUE(parsed.event);
    EXPECT_EQ(parsed.event->kind, c.kind);
}

INSTANTIATE_TEST_SUITE_P(All, EventKindNames,
                         ::testing::Values(KindCase{"connecting", ContactEventKind::Connecting},
                                           KindCase{"connected", ContactEventKind::Connected},
                                           KindCase{"ended", ContactEventKind::Ended},
                                           KindCase{"missed", ContactEventKind::Missed},
                                           KindCase{"acw", ContactEventKind::AfterCallWork},
                                           KindCase{"destroyed", ContactEventKind::Destroyed},
                                           KindCase{"agent_action", ContactEventKind::AgentAction}));

TEST(ContactEventParse, ParsesContactTypesAndDirections) {
    const std::pair<const char *, ContactType> types[] = {{"voice", ContactType::Voice},
                                                          {"queue_callback", ContactType::QueueCallback},
                                                          {"chat", ContactType::Chat},
                                                          {"task", ContactType::Task}};
    for (const auto &[name, type] : types) {
        const ContactEventParse parsed =
            parseContactEvent(withValue(QStringLiteral("contact.type"), QLatin1String(name)));
        ASSERT_TRUE(parsed.event) << name;
        EXPECT_EQ(parsed.event->contact.type, type) << name;
    }
    const ContactEventParse outbound =
        parseContactEvent(withValue(QStringLiteral("contact.direction"), QStringLiteral("outbound")));
    ASSERT_TRUE(outbound.event);
    EXPECT_EQ(outbound.event->contact.direction, CallDirection::Outbound);
}

TEST(ContactEventParse, TimestampWithOffsetIsConvertedToUtc) {
    const ContactEventParse parsed =
        parseContactEvent(withValue(QStringLiteral("at"), QStringLiteral("2026-11-25T12:30:00.250+02:00")));
    ASSERT_TRUE(parsed.event);
    EXPECT_EQ(parsed.event->at, QDateTime(QDate(2026, 11, 25), QTime(10, 30, 0, 250), QTimeZone::utc()));
    EXPECT_EQ(parsed.event->at.timeSpec(), Qt::UTC);
}

TEST(ContactEventAgentAction, CreateTicketWithAndWithoutUser) {
    const ContactEventParse withUser = parseContactEvent(agentAction(QJsonObject{
        {QStringLiteral("kind"), QStringLiteral("create_ticket")}, {QStringLiteral("userId"), 12}}));
    ASSERT_TRUE(withUser.event);
    ASSERT_TRUE(withUser.event->action);
    EXPECT_EQ(withUser.event->action->kind, AgentAction::Kind::CreateTicket);
    EXPECT_EQ(withUser.event->action->userId, 12);

    const ContactEventParse withoutUser = parseContactEvent(
        agentAction(QJsonObject{{QStringLiteral("kind"), QStringLiteral("create_ticket")}}));
    ASSERT_TRUE(withoutUser.event);
    EXPECT_EQ(withoutUser.event->action->userId, 0);
}

TEST(ContactEventAgentAction, AttachAndSetUser) {
    const ContactEventParse attach = parseContactEvent(agentAction(
        QJsonObject{{QStringLiteral("kind"), QStringLiteral("attach")}, {QStringLiteral("ticketId"), 34}}));
    ASSERT_TRUE(attach.event);
    EXPECT_EQ(attach.event->action->kind, AgentAction::Kind::Attach);
    EXPECT_EQ(attach.event->action->ticketId, 34);

    const ContactEventParse setUser =
        parseContactEvent(agentAction(QJsonObject{{QStringLiteral("kind"), QStringLiteral("set_user")},
                                                  {QStringLiteral("userId"), 9007199254740992.0}}));
    ASSERT_TRUE(setUser.event);
    EXPECT_EQ(setUser.event->action->kind, AgentAction::Kind::SetUser);
    EXPECT_EQ(setUser.event->action->userId, Q_INT64_C(9007199254740992));
}

TEST(ContactEventAgentAction, CreateTicketCarriesTheAgentsNewUserAndSubjectBothWays) {
    const ContactEventParse parsed = parseContactEvent(
        agentAction(QJsonObject{{QStringLiteral("kind"), QStringLiteral("create_ticket")},
                                {QStringLiteral("userName"), QStringLiteral("Grace Hopper")},
                                {QStringLiteral("userEmail"), QStringLiteral("grace@example.com")},
                                {QStringLiteral("userPhone"), QStringLiteral("+15550109999")},
                                {QStringLiteral("subject"), QStringLiteral("Compiler question")}}));
    ASSERT_TRUE(parsed.event) << parsed.error->message.toStdString();
    const AgentAction &action = *parsed.event->action;
    EXPECT_EQ(action.userName, QStringLiteral("Grace Hopper"));
    EXPECT_EQ(action.userEmail, QStringLiteral("grace@example.com"));
    EXPECT_EQ(action.userPhone, QStringLiteral("+15550109999"));
    EXPECT_EQ(action.subject, QStringLiteral("Compiler question"));
    const ContactEventParse again = parseContactEvent(toJson(*parsed.event));
    ASSERT_TRUE(again.event);
    EXPECT_EQ(again.event->action->subject, QStringLiteral("Compiler question"));
    EXPECT_EQ(again.event->action->userPhone, QStringLiteral("+15550109999"));

    const ContactEventParse chosen = parseContactEvent(
        agentAction(QJsonObject{{QStringLiteral("kind"), QStringLiteral("create_ticket")},
                                {QStringLiteral("userId"), 77},
                                {QStringLiteral("requesterName"), QStringLiteral("Ada Lovelace")}}));
    ASSERT_TRUE(chosen.event) << chosen.error->message.toStdString();
    EXPECT_EQ(chosen.event->action->requesterName, QStringLiteral("Ada Lovelace"));
    EXPECT_EQ(parseContactEvent(toJson(*chosen.event)).event->action->requesterName,
              QStringLiteral("Ada Lovelace"));

    const ContactEventParse wrongType = parseContactEvent(agentAction(QJsonObject{
        {QStringLiteral("kind"), QStringLiteral("create_ticket")}, {QStringLiteral("subject"), 12}}));
    ASSERT_TRUE(wrongType.error);
    EXPECT_EQ(wrongType.error->field, QStringLiteral("action.subject"));
}

TEST(ContactEventAgentAction, ActionIsIgnoredOnOtherEvents) {
    QJsonObject event = validEvent();
    event.insert(QStringLiteral("action"), QStringLiteral("junk"));
    const ContactEventParse parsed = parseContactEvent(event);
    ASSERT_TRUE(parsed.event);
    EXPECT_FALSE(parsed.event->action);
}

struct BadCase {
    const char *label;
    QJsonObject event;
    Code code;
    const char *field;
};

void PrintTo(const BadCase &c, std::ostream *os) {
    *os << c.label;
}

class ContactEventRejects : public ::testing::TestWithParam<BadCase> {};

TEST_P(ContactEventRejects, WithCodeFieldAndMessage) {
    const BadCase c = GetParam();
    const ContactEventParse parsed = parseContactEvent(c.event);
    EXPECT_FALSE(parsed.event);
    ASSERT_TRUE(parsed.error);
    EXPECT_EQ(parsed.error->code, c.code) << parsed.error->message.toStdString();
    EXPECT_EQ(parsed.error->field, QString::fromLatin1(c.field));
    EXPECT_FALSE(parsed.error->message.isEmpty());
}

QJsonObject attributesWith(int count) {
    QJsonObject attributes;
    for (int i = 0; i < count; ++i) {
        attributes.insert(QStringLiteral("a%1").arg(i), QStringLiteral("v"));
    }
    return attributes;
}

QJsonObject removed(const char *path) {
    return withValue(QString::fromLatin1(path), QJsonValue(QJsonValue::Undefined));
}

const QString kTooLong = QString(kMaxValueBytes + 1, u'x');
// 342 three-byte characters: 342 UTF-16 units but 1026 UTF-8 bytes.
const QString kTooManyUtf8Bytes = QString(342, QChar(0x20AC));

INSTANTIATE_TEST_SUITE_P(
    Table, ContactEventRejects,
    ::testing::Values(
        BadCase{"missing event", removed("event"), Code::MissingField, "event"},
        BadCase{"unknown event", withValue(QStringLiteral("event"), QStringLiteral("ringing")),
                Code::UnknownEvent, "event"},
        BadCase{"event case", withValue(QStringLiteral("event"), QStringLiteral("Connected")),
                Code::UnknownEvent, "event"},
        BadCase{"event number", withValue(QStringLiteral("event"), 3), Code::WrongType, "event"},
        BadCase{"missing at", removed("at"), Code::MissingField, "at"},
        BadCase{"at not a string", withValue(QStringLiteral("at"), 1764064800), Code::WrongType, "at"},
        BadCase{"at without zone", withValue(QStringLiteral("at"), QStringLiteral("2026-11-25T10:00:00")),
                Code::BadValue, "at"},
        BadCase{"at garbage", withValue(QStringLiteral("at"), QStringLiteral("yesterday")), Code::BadValue,
                "at"},
        BadCase{"at month 13", withValue(QStringLiteral("at"), QStringLiteral("2026-13-25T10:00:00Z")),
                Code::BadValue, "at"},
        BadCase{"at space", withValue(QStringLiteral("at"), QStringLiteral("2026-11-25 10:00:00Z")),
                Code::BadValue, "at"},
        BadCase{"missing contact", removed("contact"), Code::MissingField, "contact"},
        BadCase{"contact array", withValue(QStringLiteral("contact"), QJsonArray{}), Code::WrongType,
                "contact"},
        BadCase{"missing contactId", removed("contact.contactId"), Code::MissingField, "contact.contactId"},
        BadCase{"empty contactId", withValue(QStringLiteral("contact.contactId"), QString()), Code::BadValue,
                "contact.contactId"},
        BadCase{"contactId number", withValue(QStringLiteral("contact.contactId"), 5), Code::WrongType,
                "contact.contactId"},
        BadCase{"contactId charset", withValue(QStringLiteral("contact.contactId"), QStringLiteral("a b")),
                Code::BadValue, "contact.contactId"},
        BadCase{"contactId slash", withValue(QStringLiteral("contact.contactId"), QStringLiteral("../x")),
                Code::BadValue, "contact.contactId"},
        BadCase{"contactId 129", withValue(QStringLiteral("contact.contactId"), QString(129, u'a')),
                Code::BadValue, "contact.contactId"},
        BadCase{"initialContactId charset",
                withValue(QStringLiteral("contact.initialContactId"), QStringLiteral("x\ny")), Code::BadValue,
                "contact.initialContactId"},
        BadCase{"type unknown", withValue(QStringLiteral("contact.type"), QStringLiteral("email")),
                Code::BadValue, "contact.type"},
        BadCase{"type bool", withValue(QStringLiteral("contact.type"), true), Code::WrongType,
                "contact.type"},
        BadCase{"direction unknown",
                withValue(QStringLiteral("contact.direction"), QStringLiteral("sideways")), Code::BadValue,
                "contact.direction"},
        BadCase{"monitoring string", withValue(QStringLiteral("contact.monitoring"), QStringLiteral("false")),
                Code::WrongType, "contact.monitoring"},
        BadCase{"queue string", withValue(QStringLiteral("contact.queue"), QStringLiteral("Support")),
                Code::WrongType, "contact.queue"},
        BadCase{"queue name number", withValue(QStringLiteral("contact.queue.name"), 1), Code::WrongType,
                "contact.queue.name"},
        BadCase{"customerPhone null", withValue(QStringLiteral("contact.customerPhone"), QJsonValue()),
                Code::WrongType, "contact.customerPhone"},
        BadCase{"customerPhone too long", withValue(QStringLiteral("contact.customerPhone"), kTooLong),
                Code::TooLarge, "contact.customerPhone"},
        BadCase{"agent name too many bytes", withValue(QStringLiteral("agent.name"), kTooManyUtf8Bytes),
                Code::TooLarge, "agent.name"},
        BadCase{"agent array", withValue(QStringLiteral("agent"), QJsonArray{}), Code::WrongType, "agent"},
        BadCase{"attributes array", withValue(QStringLiteral("contact.attributes"), QJsonArray{}),
                Code::WrongType, "contact.attributes"},
        BadCase{"101 attributes",
                withValue(QStringLiteral("contact.attributes"), attributesWith(kMaxAttributes + 1)),
                Code::TooManyAttributes, "contact.attributes"},
        BadCase{"attribute object", withValue(QStringLiteral("contact.attributes.x"), QJsonObject{}),
                Code::WrongType, "contact.attributes.x"},
        BadCase{"attribute array", withValue(QStringLiteral("contact.attributes.x"), QJsonArray{1}),
                Code::WrongType, "contact.attributes.x"},
        BadCase{"attribute null", withValue(QStringLiteral("contact.attributes.x"), QJsonValue()),
                Code::WrongType, "contact.attributes.x"},
        BadCase{"attribute too long", withValue(QStringLiteral("contact.attributes.x"), kTooLong),
                Code::TooLarge, "contact.attributes.x"},
        BadCase{"attribute name too long",
                withValue(QStringLiteral("contact.attributes"), QJsonObject{{kTooLong, QStringLiteral("v")}}),
                Code::TooLarge, "contact.attributes"},
        BadCase{
            "attribute name empty",
            withValue(QStringLiteral("contact.attributes"), QJsonObject{{QString(), QStringLiteral("v")}}),
            Code::BadValue, "contact.attributes"},
        BadCase{"action missing", withValue(QStringLiteral("event"), QStringLiteral("agent_action")),
                Code::MissingField, "action"},
        BadCase{"action kind unknown",
                agentAction(QJsonObject{{QStringLiteral("kind"), QStringLiteral("delete")}}), Code::BadValue,
                "action.kind"},
        BadCase{"action kind missing", agentAction(QJsonObject{}), Code::MissingField, "action.kind"},
        BadCase{"attach without ticket",
                agentAction(QJsonObject{{QStringLiteral("kind"), QStringLiteral("attach")}}),
                Code::MissingField, "action.ticketId"},
        BadCase{"attach ticket string",
                agentAction(QJsonObject{{QStringLiteral("kind"), QStringLiteral("attach")},
                                        {QStringLiteral("ticketId"), QStringLiteral("34")}}),
                Code::WrongType, "action.ticketId"},
        BadCase{"attach ticket fraction",
                agentAction(QJsonObject{{QStringLiteral("kind"), QStringLiteral("attach")},
                                        {QStringLiteral("ticketId"), 3.5}}),
                Code::BadValue, "action.ticketId"},
        BadCase{"attach ticket zero",
                agentAction(QJsonObject{{QStringLiteral("kind"), QStringLiteral("attach")},
                                        {QStringLiteral("ticketId"), 0}}),
                Code::BadValue, "action.ticketId"},
        BadCase{"set_user without user",
                agentAction(QJsonObject{{QStringLiteral("kind"), QStringLiteral("set_user")}}),
                Code::MissingField, "action.userId"},
        BadCase{"set_user negative",
                agentAction(QJsonObject{{QStringLiteral("kind"), QStringLiteral("set_user")},
                                        {QStringLiteral("userId"), -4}}),
                Code::BadValue, "action.userId"},
        BadCase{"create_ticket user 2^53+2",
                agentAction(QJsonObject{{QStringLiteral("kind"), QStringLiteral("create_ticket")},
                                        {QStringLiteral("userId"), 9007199254740994.0}}),
                Code::BadValue, "action.userId"}),
    [](const ::testing::TestParamInfo<BadCase> &paramInfo) {
        std::string name = paramInfo.param.label;
        for (char &ch : name) {
            if (!std::isalnum(static_cast<unsigned char>(ch))) {
                ch = '_';
            }
        }
        return name;
    });

TEST(ContactEventParse, AcceptsLimitsExactly) {
    QJsonObject event = withValue(QStringLiteral("contact.attributes"), attributesWith(kMaxAttributes));
    event =
        withValue(event, {QStringLiteral("agent"), QStringLiteral("name")}, QString(kMaxValueBytes, u'x'));
    event = withValue(event, {QStringLiteral("contact"), QStringLiteral("contactId")}, QString(128, u'a'));
    const ContactEventParse parsed = parseContactEvent(event);
    ASSERT_TRUE(parsed.event);
    EXPECT_EQ(parsed.event->contact.attributes.size(), kMaxAttributes);
}

TEST(ContactEventParse, StringifiesNumberAndBooleanAttributes) {
    const QJsonObject attributes{{QStringLiteral("zendesk_ticket"), 123},
                                 {QStringLiteral("ratio"), 1.5},
                                 {QStringLiteral("big"), 1e20},
                                 {QStringLiteral("pop_incoming"), false}};
    const ContactEventParse parsed =
        parseContactEvent(withValue(QStringLiteral("contact.attributes"), attributes));
    ASSERT_TRUE(parsed.event);
    const auto &a = parsed.event->contact.attributes;
    EXPECT_EQ(a.value(QStringLiteral("zendesk_ticket")), QStringLiteral("123"));
    EXPECT_EQ(a.value(QStringLiteral("ratio")), QStringLiteral("1.5"));
    EXPECT_EQ(a.value(QStringLiteral("big")), QStringLiteral("1e+20"));
    EXPECT_EQ(a.value(QStringLiteral("pop_incoming")), QStringLiteral("false"));
}

TEST(ContactEventParse, ErrorMessagesNeverQuoteAttributeValues) {
    const QString secret = QStringLiteral("wJalrXUtnFEMI/K7MDENG") + QString(kMaxValueBytes, u'x');
    const ContactEventParse parsed =
        parseContactEvent(withValue(QStringLiteral("contact.attributes.sak"), secret));
    ASSERT_TRUE(parsed.error);
    EXPECT_FALSE(parsed.error->message.contains(QStringLiteral("wJalr")));
}

TEST(ContactEventParse, DocumentLevelErrors) {
    EXPECT_EQ(parseContactEvent(QByteArrayLiteral("{\"event\":")).error->code, Code::NotJson);
    EXPECT_EQ(parseContactEvent(QByteArray()).error->code, Code::NotJson);
    EXPECT_EQ(parseContactEvent(QByteArrayLiteral("[1,2]")).error->code, Code::NotAnObject);
    EXPECT_EQ(parseContactEvent(QByteArrayLiteral("\"connecting\"")).error->code, Code::NotJson);
    const QByteArray huge =
        QByteArray("{\"pad\":\"") + QByteArray(kMaxDocumentBytes, 'x') + QByteArray("\"}");
    const ContactEventParse tooLarge = parseContactEvent(huge);
    ASSERT_TRUE(tooLarge.error);
    EXPECT_EQ(tooLarge.error->code, Code::TooLarge);
    EXPECT_TRUE(tooLarge.error->field.isEmpty());
}

TEST(ContactEventParse, NextEventParsesAfterAnError) {
    EXPECT_TRUE(parseContactEvent(QByteArrayLiteral("\x00\xff garbage")).error);
    EXPECT_TRUE(parseContactEvent(QJsonDocument(validEvent()).toJson()).event);
}

TEST(ContactEventRoundTrip, ToJsonThenParseGivesTheSameEvent) {
    QJsonObject source = agentAction(QJsonObject{{QStringLiteral("kind"), QStringLiteral("create_ticket")},
                                                 {QStringLiteral("userId"), 12}});
    source = withValue(source, {QStringLiteral("at")}, QStringLiteral("2026-11-25T10:00:00.123Z"));
    source = withValue(source, {QStringLiteral("contact"), QStringLiteral("type")},
                       QStringLiteral("queue_callback"));
    source = withValue(source, {QStringLiteral("contact"), QStringLiteral("direction")},
                       QStringLiteral("outbound"));
    source = withValue(source, {QStringLiteral("contact"), QStringLiteral("monitoring")}, true);
    const ContactEventParse first = parseContactEvent(source);
    ASSERT_TRUE(first.event);

    const QJsonObject json = toJson(*first.event);
    const ContactEventParse second = parseContactEvent(QJsonDocument(json).toJson(QJsonDocument::Compact));
    ASSERT_TRUE(second.event) << second.error->message.toStdString();
    const ContactEvent &a = *first.event;
    const ContactEvent &b = *second.event;
    EXPECT_EQ(b.kind, a.kind);
    EXPECT_EQ(b.at, a.at);
    EXPECT_EQ(b.contact.contactId, a.contact.contactId);
    EXPECT_EQ(b.contact.initialContactId, a.contact.initialContactId);
    EXPECT_EQ(b.contact.type, ContactType::QueueCallback);
    EXPECT_EQ(b.contact.direction, CallDirection::Outbound);
    EXPECT_EQ(b.contact.initiationMethod, a.contact.initiationMethod);
    EXPECT_EQ(b.contact.customerPhone, a.contact.customerPhone);
    EXPECT_EQ(b.contact.systemPhone, a.contact.systemPhone);
    EXPECT_EQ(b.contact.queue.name, a.contact.queue.name);
    EXPECT_EQ(b.contact.queue.arn, a.contact.queue.arn);
    EXPECT_TRUE(b.contact.monitoring);
    EXPECT_EQ(b.contact.attributes, a.contact.attributes);
    EXPECT_EQ(b.agent.name, a.agent.name);
    EXPECT_EQ(b.agent.username, a.agent.username);
    EXPECT_EQ(b.agent.routingProfile, a.agent.routingProfile);
    EXPECT_EQ(b.agent.extension, a.agent.extension);
    ASSERT_TRUE(b.action);
    EXPECT_EQ(b.action->kind, AgentAction::Kind::CreateTicket);
    EXPECT_EQ(b.action->userId, 12);
    EXPECT_EQ(toJson(b), json);
    EXPECT_EQ(json.value(QStringLiteral("at")).toString(), QStringLiteral("2026-11-25T10:00:00.123Z"));
}

TEST(ContactEventRoundTrip, EveryActionKindSurvives) {
    const AgentAction actions[] = {{AgentAction::Kind::CreateTicket, 0, 0},
                                   {AgentAction::Kind::Attach, 0, 34},
                                   {AgentAction::Kind::SetUser, 12, 0}};
    for (const AgentAction &action : actions) {
        ContactEvent event;
        event.kind = ContactEventKind::AgentAction;
        event.at = QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5), QTimeZone::utc());
        event.contact.contactId = QStringLiteral("c-1");
        event.action = action;
        const ContactEventParse parsed = parseContactEvent(toJson(event));
        ASSERT_TRUE(parsed.event) << parsed.error->message.toStdString();
        ASSERT_TRUE(parsed.event->action);
        EXPECT_EQ(parsed.event->action->kind, action.kind);
        EXPECT_EQ(parsed.event->action->userId, action.userId);
        EXPECT_EQ(parsed.event->action->ticketId, action.ticketId);
    }
}
