// Local Zendesk: tickets, comments, voice comments, follow-ups, requested tickets, TPE.
#include "sandboxharness.h"

#include <QJsonArray>
#include <QUrlQuery>
#include <gtest/gtest.h>

using namespace callbridge::sandbox;
using namespace callbridge::sandbox::testing;

namespace {

QJsonObject ticketBody(const QJsonObject &fields) {
    return QJsonObject{{QStringLiteral("ticket"), fields}};
}

QJsonObject note(const QString &body) {
    return QJsonObject{{QStringLiteral("body"), body}, {QStringLiteral("public"), false}};
}

QJsonObject voiceComment() {
    return QJsonObject{{QStringLiteral("from"), QStringLiteral("+15550100001")},
                       {QStringLiteral("to"), QStringLiteral("+15559990000")},
                       {QStringLiteral("recording_url"), QStringLiteral("https://example.com/rec.mp3")},
                       {QStringLiteral("started_at"), QStringLiteral("2026-03-02T08:55:00Z")},
                       {QStringLiteral("call_duration"), 123},
                       {QStringLiteral("answered_by_id"), 1000}};
}

QList<qint64> ids(const QJsonArray &array) {
    QList<qint64> out;
    for (const QJsonValue &value : array)
        out.append(value.toObject().value(QLatin1String("id")).toInteger());
    return out;
}

QString pathOf(const QString &absoluteUrl) {
    const QUrl url(absoluteUrl);
    return url.path() + QLatin1Char('?') + url.query(QUrl::FullyEncoded);
}

} // namespace

TEST(ZendeskTickets, ShowAndNotFound) {
    SandboxHarness harness;
    const ApiReply ticket = harness.get(QStringLiteral("/api/v2/tickets/7001.json"));
    ASSERT_EQ(ticket.status, 200);
    const QJsonObject json = ticket.json.value(QLatin1String("ticket")).toObject();
    EXPECT_EQ(json.value(QLatin1String("status")).toString(), QStringLiteral("open"));
    EXPECT_EQ(json.value(QLatin1String("requester_id")).toInteger(), 1001);
    EXPECT_EQ(harness.get(QStringLiteral("/api/v2/tickets/1")).json.value(QLatin1String("error")).toString(),
              QStringLiteral("RecordNotFound"));
}

TEST(ZendeskTickets, CreateWithInternalNote) {
    SandboxHarness harness;
    const ApiReply created = harness.post(
        QStringLiteral("/api/v2/tickets.json"),
        ticketBody({{QStringLiteral("subject"), QStringLiteral("Inbound call from +15550100001")},
                    {QStringLiteral("requester_id"), 1001},
                    {QStringLiteral("assignee_id"), 1000},
                    {QStringLiteral("external_id"), QStringLiteral("contact-abc")},
                    {QStringLiteral("tags"), QJsonArray{QStringLiteral("amazon_connect")}},
                    {QStringLiteral("comment"), note(QStringLiteral("Call details"))}}));
    ASSERT_EQ(created.status, 201);
    const QJsonObject ticket = created.json.value(QLatin1String("ticket")).toObject();
    EXPECT_EQ(ticket.value(QLatin1String("status")).toString(), QStringLiteral("open"));
    EXPECT_EQ(ticket.value(QLatin1String("via")).toObject().value(QLatin1String("channel")).toString(),
              QStringLiteral("api"));
    EXPECT_EQ(ticket.value(QLatin1String("description")).toString(), QStringLiteral("Call details"));
    EXPECT_TRUE(created.header("Location").contains("/api/v2/tickets/"));

    const qint64 id = ticket.value(QLatin1String("id")).toInteger();
    const QJsonArray comments = harness.get(QStringLiteral("/api/v2/tickets/%1/comments.json").arg(id))
                                    .json.value(QLatin1String("comments"))
                                    .toArray();
    ASSERT_EQ(comments.size(), 1);
    const QJsonObject comment = comments.at(0).toObject();
    EXPECT_EQ(comment.value(QLatin1String("type")).toString(), QStringLiteral("Comment"));
    EXPECT_FALSE(comment.value(QLatin1String("public")).toBool());
    EXPECT_EQ(comment.value(QLatin1String("author_id")).toInteger(), 1000);
    EXPECT_EQ(comment.value(QLatin1String("plain_body")).toString(), QStringLiteral("Call details"));
    EXPECT_TRUE(comment.value(QLatin1String("html_body")).toString().contains(QLatin1String("Call details")));
}

TEST(ZendeskTickets, CreateNeedsACommentAndAValidRequester) {
    SandboxHarness harness;
    const ApiReply blank = harness.post(QStringLiteral("/api/v2/tickets"),
                                        ticketBody({{QStringLiteral("subject"), QStringLiteral("x")}}));
    EXPECT_EQ(blank.status, 422);
    EXPECT_TRUE(blank.json.value(QLatin1String("details")).toObject().contains(QLatin1String("description")));
    const ApiReply requester =
        harness.post(QStringLiteral("/api/v2/tickets"),
                     ticketBody({{QStringLiteral("requester_id"), 5},
                                 {QStringLiteral("comment"), note(QStringLiteral("x"))}}));
    EXPECT_EQ(requester.status, 422);
    EXPECT_TRUE(
        requester.json.value(QLatin1String("details")).toObject().contains(QLatin1String("requester")));
}

TEST(ZendeskTickets, UpdateAddsACommentAndVoiceCommentIsStoredAsVoiceComment) {
    SandboxHarness harness;
    harness.advance(10);
    const ApiReply updated = harness.put(
        QStringLiteral("/api/v2/tickets/7001.json"),
        ticketBody({{QStringLiteral("comment"), note(QStringLiteral("Queue: Support"))},
                    {QStringLiteral("voice_comment"), voiceComment()},
                    {QStringLiteral("additional_tags"), QJsonArray{QStringLiteral("amazon_connect")}}}));
    ASSERT_EQ(updated.status, 200);
    const QJsonObject ticket = updated.json.value(QLatin1String("ticket")).toObject();
    EXPECT_TRUE(ticket.value(QLatin1String("tags")).toArray().contains(QStringLiteral("amazon_connect")));
    EXPECT_EQ(ticket.value(QLatin1String("updated_at")).toString(), QStringLiteral("2026-03-02T09:00:10Z"));

    const QJsonArray comments = harness.get(QStringLiteral("/api/v2/tickets/7001/comments"))
                                    .json.value(QLatin1String("comments"))
                                    .toArray();
    ASSERT_EQ(comments.size(), 3);
    EXPECT_EQ(comments.at(1).toObject().value(QLatin1String("body")).toString(),
              QStringLiteral("Queue: Support"));
    const QJsonObject voice = comments.at(2).toObject();
    EXPECT_EQ(voice.value(QLatin1String("type")).toString(), QStringLiteral("VoiceComment"));
    const QJsonObject data = voice.value(QLatin1String("data")).toObject();
    EXPECT_EQ(data.value(QLatin1String("recording_url")).toString(),
              QStringLiteral("https://example.com/rec.mp3"));
    EXPECT_EQ(data.value(QLatin1String("call_duration")).toInt(), 123);
    EXPECT_EQ(data.value(QLatin1String("answered_by_id")).toInteger(), 1000);
    EXPECT_TRUE(voice.value(QLatin1String("body")).toString().contains(QLatin1String("+15550100001")));
}

TEST(ZendeskTickets, InvalidVoiceCommentIs422) {
    SandboxHarness harness;
    QJsonObject voice = voiceComment();
    voice.insert(QStringLiteral("answered_by_id"), 1001); // an end user
    EXPECT_EQ(harness
                  .put(QStringLiteral("/api/v2/tickets/7001"),
                       ticketBody({{QStringLiteral("voice_comment"), voice}}))
                  .status,
              422);
    voice = voiceComment();
    voice.remove(QStringLiteral("started_at"));
    EXPECT_EQ(harness
                  .put(QStringLiteral("/api/v2/tickets/7001"),
                       ticketBody({{QStringLiteral("voice_comment"), voice}}))
                  .status,
              422);
}

TEST(ZendeskTickets, ClosedTicketCannotBeUpdated) {
    SandboxHarness harness;
    const ApiReply reply =
        harness.put(QStringLiteral("/api/v2/tickets/7003"),
                    ticketBody({{QStringLiteral("comment"), note(QStringLiteral("late note"))}}));
    EXPECT_EQ(reply.status, 422);
    EXPECT_EQ(reply.json.value(QLatin1String("error")).toString(), QStringLiteral("RecordInvalid"));
    const QJsonObject problem = reply.json.value(QLatin1String("details"))
                                    .toObject()
                                    .value(QLatin1String("status"))
                                    .toArray()
                                    .at(0)
                                    .toObject();
    EXPECT_EQ(problem.value(QLatin1String("description")).toString(),
              QStringLiteral("Status: closed prevents ticket update"));
    // A solved ticket can still be updated.
    EXPECT_EQ(harness
                  .put(QStringLiteral("/api/v2/tickets/7002"),
                       ticketBody({{QStringLiteral("comment"), note(QStringLiteral("ok"))}}))
                  .status,
              200);
}

TEST(ZendeskTickets, FollowUpOnlyForClosedSources) {
    SandboxHarness harness;
    const ApiReply followup =
        harness.post(QStringLiteral("/api/v2/tickets"),
                     ticketBody({{QStringLiteral("via_followup_source_id"), 7003},
                                 {QStringLiteral("comment"), note(QStringLiteral("Caller rang again"))}}));
    ASSERT_EQ(followup.status, 201);
    const QJsonObject ticket = followup.json.value(QLatin1String("ticket")).toObject();
    EXPECT_EQ(ticket.value(QLatin1String("requester_id")).toInteger(), 1001);
    EXPECT_EQ(ticket.value(QLatin1String("via"))
                  .toObject()
                  .value(QLatin1String("source"))
                  .toObject()
                  .value(QLatin1String("rel"))
                  .toString(),
              QStringLiteral("follow_up"));
    const QJsonArray followupIds = harness.get(QStringLiteral("/api/v2/tickets/7003"))
                                       .json.value(QLatin1String("ticket"))
                                       .toObject()
                                       .value(QLatin1String("followup_ids"))
                                       .toArray();
    EXPECT_TRUE(followupIds.contains(ticket.value(QLatin1String("id"))));

    const ApiReply notClosed =
        harness.post(QStringLiteral("/api/v2/tickets"),
                     ticketBody({{QStringLiteral("via_followup_source_id"), 7002},
                                 {QStringLiteral("comment"), note(QStringLiteral("x"))}}));
    EXPECT_EQ(notClosed.status, 422);
    EXPECT_TRUE(notClosed.json.value(QLatin1String("details"))
                    .toObject()
                    .contains(QLatin1String("via_followup_source_id")));
}

TEST(ZendeskTickets, ExternalIdLookupReturnsEveryMatchImmediately) {
    SandboxHarness harness;
    EXPECT_EQ(ids(harness.get(QStringLiteral("/api/v2/tickets.json?external_id=seed-contact-7004"))
                      .json.value(QLatin1String("tickets"))
                      .toArray()),
              QList<qint64>{7004});
    const QJsonObject body = ticketBody({{QStringLiteral("external_id"), QStringLiteral("seed-contact-7004")},
                                         {QStringLiteral("comment"), note(QStringLiteral("second"))}});
    const qint64 id = harness.post(QStringLiteral("/api/v2/tickets"), body)
                          .json.value(QLatin1String("ticket"))
                          .toObject()
                          .value(QLatin1String("id"))
                          .toInteger();
    EXPECT_EQ(ids(harness.get(QStringLiteral("/api/v2/tickets?external_id=seed-contact-7004"))
                      .json.value(QLatin1String("tickets"))
                      .toArray()),
              (QList<qint64>{7004, id}));
}

TEST(ZendeskTickets, RequestedTicketsSortedByUpdatedAtWithOffsetPagination) {
    SandboxHarness harness;
    const ApiReply page1 = harness.get(QStringLiteral(
        "/api/v2/users/1001/tickets/requested.json?sort_by=updated_at&sort_order=desc&per_page=2"));
    ASSERT_EQ(page1.status, 200);
    EXPECT_EQ(ids(page1.json.value(QLatin1String("tickets")).toArray()), (QList<qint64>{7002, 7001}));
    EXPECT_EQ(page1.json.value(QLatin1String("count")).toInt(), 3);
    EXPECT_TRUE(page1.json.value(QLatin1String("previous_page")).isNull());
    const QString next = page1.json.value(QLatin1String("next_page")).toString();
    ASSERT_FALSE(next.isEmpty());
    const ApiReply page2 = harness.get(pathOf(next));
    EXPECT_EQ(ids(page2.json.value(QLatin1String("tickets")).toArray()), QList<qint64>{7003});
    EXPECT_TRUE(page2.json.value(QLatin1String("next_page")).isNull());

    const ApiReply ascending =
        harness.get(QStringLiteral("/api/v2/users/1001/tickets/requested?sort_by=updated_at&sort_order=asc"));
    EXPECT_EQ(ids(ascending.json.value(QLatin1String("tickets")).toArray()),
              (QList<qint64>{7003, 7001, 7002}));
    EXPECT_EQ(harness.get(QStringLiteral("/api/v2/users/4242/tickets/requested")).status, 404);
}

TEST(ZendeskTickets, RequestedTicketsWithCursorPagination) {
    SandboxHarness harness;
    const ApiReply first = harness.get(QStringLiteral(
        "/api/v2/users/1001/tickets/requested?sort_by=updated_at&sort_order=desc&page%5Bsize%5D=2"));
    ASSERT_EQ(first.status, 200);
    EXPECT_EQ(ids(first.json.value(QLatin1String("tickets")).toArray()), (QList<qint64>{7002, 7001}));
    const QJsonObject meta = first.json.value(QLatin1String("meta")).toObject();
    EXPECT_TRUE(meta.value(QLatin1String("has_more")).toBool());
    EXPECT_FALSE(meta.value(QLatin1String("after_cursor")).toString().isEmpty());
    const QString next =
        first.json.value(QLatin1String("links")).toObject().value(QLatin1String("next")).toString();
    ASSERT_FALSE(next.isEmpty());
    const ApiReply second = harness.get(pathOf(next));
    EXPECT_EQ(ids(second.json.value(QLatin1String("tickets")).toArray()), QList<qint64>{7003});
    EXPECT_FALSE(
        second.json.value(QLatin1String("meta")).toObject().value(QLatin1String("has_more")).toBool());
    EXPECT_TRUE(second.json.value(QLatin1String("links")).toObject().value(QLatin1String("next")).isNull());
}

TEST(ZendeskVoice, CreateVoiceTicketNeedsAValidViaId) {
    SandboxHarness harness;
    const QString path = QStringLiteral("/api/v2/channels/voice/tickets.json");
    const ApiReply missing =
        harness.post(path, ticketBody({{QStringLiteral("requester_id"), 1001},
                                       {QStringLiteral("comment"), note(QStringLiteral("x"))}}));
    EXPECT_EQ(missing.status, 422);
    EXPECT_TRUE(missing.json.value(QLatin1String("details")).toObject().contains(QLatin1String("via_id")));
    EXPECT_EQ(harness
                  .post(path, ticketBody({{QStringLiteral("via_id"), 47},
                                          {QStringLiteral("comment"), note(QStringLiteral("x"))}}))
                  .status,
              422);
    // Voicemail (44) needs a voice_comment.
    EXPECT_EQ(harness
                  .post(path, ticketBody({{QStringLiteral("via_id"), 44},
                                          {QStringLiteral("comment"), note(QStringLiteral("x"))}}))
                  .status,
              422);

    QJsonObject body = ticketBody({{QStringLiteral("via_id"), 45},
                                   {QStringLiteral("requester_id"), 1001},
                                   {QStringLiteral("voice_comment"), voiceComment()},
                                   {QStringLiteral("comment"), note(QStringLiteral("Inbound call"))}});
    body.insert(QStringLiteral("display_to_agent"), 1001); // not an agent
    const ApiReply badAgent = harness.post(path, body);
    EXPECT_EQ(badAgent.status, 422);
    EXPECT_TRUE(
        badAgent.json.value(QLatin1String("details")).toObject().contains(QLatin1String("display_to_agent")));

    body.insert(QStringLiteral("display_to_agent"), 1000);
    const ApiReply created = harness.post(path, body);
    ASSERT_EQ(created.status, 201);
    const QJsonObject via =
        created.json.value(QLatin1String("ticket")).toObject().value(QLatin1String("via")).toObject();
    EXPECT_EQ(via.value(QLatin1String("channel")).toString(), QStringLiteral("voice"));
    EXPECT_EQ(via.value(QLatin1String("source")).toObject().value(QLatin1String("rel")).toString(),
              QStringLiteral("inbound"));
    EXPECT_EQ(harness.control("GET", QStringLiteral("/sandbox/zendesk/displays"))
                  .json.value(QLatin1String("displays"))
                  .toArray()
                  .size(),
              1);
}

TEST(ZendeskVoice, DisplayEndpointsAnswer200Or404) {
    SandboxHarness harness;
    EXPECT_EQ(harness.post(QStringLiteral("/api/v2/channels/voice/agents/1000/tickets/7001/display.json"), {})
                  .status,
              200);
    EXPECT_EQ(
        harness.post(QStringLiteral("/api/v2/channels/voice/agents/1000/users/1001/display.json"), {}).status,
        200);
    EXPECT_EQ(harness.post(QStringLiteral("/api/v2/channels/voice/agents/1000/tickets/1/display"), {}).status,
              404);
    EXPECT_EQ(
        harness.post(QStringLiteral("/api/v2/channels/voice/agents/1001/users/1002/display"), {}).status,
        404);
    EXPECT_EQ(
        harness.post(QStringLiteral("/api/v2/channels/voice/agents/1000/users/99999/display"), {}).status,
        404);
    EXPECT_EQ(harness.control("GET", QStringLiteral("/sandbox/zendesk/displays"))
                  .json.value(QLatin1String("displays"))
                  .toArray()
                  .size(),
              2);
}
