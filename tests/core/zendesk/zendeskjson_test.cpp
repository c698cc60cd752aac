#include "zendesk/zendeskjson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTimeZone>
#include <gtest/gtest.h>

using namespace callbridge::zendesk;
using namespace Qt::StringLiterals;

namespace {
QJsonObject parse(const char *text) {
    return QJsonDocument::fromJson(QByteArray(text)).object();
}
} // namespace

TEST(ZendeskJson, ParsesAFullUser) {
    const auto user = json::userFromEnvelope(parse(R"({"user": {"id": 35436, "name": "Johnny Agent",
        "email": "johnny@example.com", "phone": "+15551234567", "role": "end-user",
        "external_id": "callbridge:+15551234567", "shared_phone_number": false,
        "updated_at": "2024-03-01T12:30:00Z", "extra": {"ignored": true}}})"));
    ASSERT_TRUE(user.ok()) << user.error.message.toStdString();
    EXPECT_EQ(user.value.id, 35436);
    EXPECT_EQ(user.value.name, u"Johnny Agent"_s);
    EXPECT_EQ(user.value.phone, u"+15551234567"_s);
    EXPECT_EQ(user.value.role, u"end-user"_s);
    EXPECT_EQ(user.value.externalId, u"callbridge:+15551234567"_s);
    EXPECT_FALSE(user.value.sharedPhoneNumber);
    EXPECT_EQ(user.value.updatedAt, QDateTime(QDate(2024, 3, 1), QTime(12, 30), QTimeZone::utc()));
}

TEST(ZendeskJson, ToleratesMissingAndNullOptionalFields) {
    const auto ticket = json::ticketFromEnvelope(
        parse(R"({"ticket": {"id": 9, "assignee_id": null, "external_id": null, "updated_at": "garbage"}})"));
    ASSERT_TRUE(ticket.ok()) << ticket.error.message.toStdString();
    EXPECT_EQ(ticket.value.id, 9);
    EXPECT_EQ(ticket.value.assigneeId, 0);
    EXPECT_TRUE(ticket.value.externalId.isEmpty());
    EXPECT_TRUE(ticket.value.tags.isEmpty());
    EXPECT_FALSE(ticket.value.updatedAt.isValid());
}

TEST(ZendeskJson, ParsesTicketListsWithTags) {
    const auto tickets = json::ticketsFromList(parse(R"({"tickets": [
        {"id": 1, "status": "closed", "requester_id": 5, "tags": ["callbridge", "inbound_call"]},
        {"id": 2, "status": "open", "requester_id": 5}], "next_page": null, "count": 2})"));
    ASSERT_TRUE(tickets.ok()) << tickets.error.message.toStdString();
    ASSERT_EQ(tickets.value.size(), 2);
    EXPECT_TRUE(tickets.value.at(0).isClosed());
    EXPECT_EQ(tickets.value.at(0).tags, (QStringList{u"callbridge"_s, u"inbound_call"_s}));
    EXPECT_EQ(tickets.value.at(1).requesterId, 5);
}

TEST(ZendeskJson, RejectsWrongTypesNamingTheField) {
    const auto stringId = json::userFromEnvelope(parse(R"({"user": {"id": "35436"}})"));
    EXPECT_EQ(stringId.error.kind, ErrorKind::Malformed);
    EXPECT_TRUE(stringId.error.message.contains(u"user.id"_s)) << stringId.error.message.toStdString();

    const auto notArray = json::ticketsFromList(parse(R"({"tickets": {"id": 1}})"));
    EXPECT_EQ(notArray.error.kind, ErrorKind::Malformed);
    EXPECT_TRUE(notArray.error.message.startsWith(u"tickets"_s));

    const auto badTag =
        json::ticketsFromList(parse(R"({"tickets": [{"id": 1}, {"id": 2, "tags": ["a", 3]}]})"));
    EXPECT_EQ(badTag.error.kind, ErrorKind::Malformed);
    EXPECT_TRUE(badTag.error.message.contains(u"tickets[1].tags"_s)) << badTag.error.message.toStdString();

    const auto fractional = json::usersFromList(parse(R"({"users": [{"id": 1.5}]})"));
    EXPECT_EQ(fractional.error.kind, ErrorKind::Malformed);

    const auto missingId = json::usersFromList(parse(R"({"users": [{"name": "x"}]})"));
    EXPECT_TRUE(missingId.error.message.contains(u"users[0].id"_s));

    const auto boolShared =
        json::userFromEnvelope(parse(R"({"user": {"id": 1, "shared_phone_number": "no"}})"));
    EXPECT_TRUE(boolShared.error.message.contains(u"shared_phone_number"_s));

    EXPECT_EQ(json::userFromEnvelope(parse(R"({"users": []})")).error.kind, ErrorKind::Malformed);
}

TEST(ZendeskJson, SearchKeepsOnlyTheAskedResultType) {
    const QJsonObject body = parse(R"({"results": [
        {"result_type": "user", "id": 1, "name": "A", "phone": "+1 555 123 4567"},
        {"result_type": "ticket", "id": 2, "subject": "Call"},
        {"result_type": "group", "id": "not-an-int"},
        {"result_type": "user", "id": 3, "name": "B"}], "count": 4})");
    const auto users = json::usersFromSearch(body);
    ASSERT_TRUE(users.ok()) << users.error.message.toStdString();
    ASSERT_EQ(users.value.size(), 2);
    EXPECT_EQ(users.value.at(0).id, 1);
    EXPECT_EQ(users.value.at(1).id, 3);

    const auto tickets = json::ticketsFromSearch(body);
    ASSERT_TRUE(tickets.ok());
    ASSERT_EQ(tickets.value.size(), 1);
    EXPECT_EQ(tickets.value.at(0).subject, u"Call"_s);

    EXPECT_EQ(json::usersFromSearch(parse(R"({"results": null})")).error.kind, ErrorKind::Malformed);
    EXPECT_TRUE(json::usersFromSearch(parse(R"({"results": []})")).ok());
}
