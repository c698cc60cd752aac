#include "zendesk/httpgateway.h"
#include "zendesktestsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <gtest/gtest.h>

using namespace callbridge::zendesk;
using namespace callbridge::zendesk::test;
using namespace std::chrono_literals;
using namespace Qt::StringLiterals;

namespace {

class HttpGatewayTest : public ::testing::Test {
protected:
    Harness h;
    std::unique_ptr<HttpGateway> gateway = std::make_unique<HttpGateway>(*h.client);
    QObject context;

    void useShortTimeout() {
        ClientConfig config = h.config();
        config.timeout = 150ms;
        h.reset(config);
        gateway = std::make_unique<HttpGateway>(*h.client);
    }

    Result<WriteResult> write(const Write &w) {
        std::optional<Result<WriteResult>> result;
        gateway->write(w, &context, [&result](const Result<WriteResult> &r) { result = r; });
        EXPECT_TRUE(waitFor(result));
        return result.value_or(Result<WriteResult>::failure({}));
    }

    QList<RecordedRequest> requestsWithMethod(const QByteArray &method) const {
        QList<RecordedRequest> matching;
        for (const RecordedRequest &request : h.server.requests()) {
            if (request.method == method) {
                matching << request;
            }
        }
        return matching;
    }
};

QJsonObject ticketObject(qint64 id, const QString &externalId = {}, const QStringList &tags = {}) {
    return {{u"id"_s, id}, {u"external_id"_s, externalId}, {u"tags"_s, QJsonArray::fromStringList(tags)}};
}

Write createUserWrite() {
    Write w;
    w.kind = Write::Kind::CreateUser;
    w.payload = {{u"user"_s, QJsonObject{{u"name"_s, u"Caller +15551234567"_s},
                                         {u"phone"_s, u"+15551234567"_s},
                                         {u"external_id"_s, u"callbridge:+15551234567"_s}}}};
    return w;
}

Write createTicketWrite() {
    Write w;
    w.kind = Write::Kind::CreateTicket;
    w.idempotencyKey = u"cb-c1-create-ticket"_s;
    w.externalId = u"contact-1"_s;
    w.payload = {{u"ticket"_s, QJsonObject{{u"subject"_s, u"Inbound call"_s},
                                           {u"external_id"_s, u"contact-1"_s},
                                           {u"tags"_s, QJsonArray{u"callbridge"_s}}}}};
    return w;
}

Write noteWrite(qint64 ticketId) {
    Write w;
    w.kind = Write::Kind::UpdateTicket;
    w.targetId = ticketId;
    w.marker = u"[callbridge:cb-c1-details]"_s;
    w.payload = {
        {u"ticket"_s,
         QJsonObject{{u"comment"_s, QJsonObject{{u"body"_s, u"Call details\n[callbridge:cb-c1-details]"_s},
                                                {u"public"_s, false}}}}}};
    return w;
}

} // namespace

TEST_F(HttpGatewayTest, SearchesEndUsersByPhoneWithAnEncodedQuery) {
    h.server.enqueue(CannedResponse::json(
        200, {{u"results"_s, QJsonArray{QJsonObject{{u"result_type"_s, u"user"_s}, {u"id"_s, 11}}}}}));
    std::optional<Result<QList<User>>> result;
    gateway->searchEndUsersByPhone(u"5551234567"_s, &context,
                                   [&](const Result<QList<User>> &r) { result = r; });
    ASSERT_TRUE(waitFor(result));
    ASSERT_TRUE(result->ok());
    ASSERT_EQ(result->value.size(), 1);
    EXPECT_EQ(result->value.first().id, 11);

    const RecordedRequest &request = h.server.requests().first();
    EXPECT_EQ(request.path(), u"/api/v2/search"_s);
    EXPECT_EQ(request.query().queryItemValue(u"query"_s, QUrl::FullyDecoded),
              u"role:end-user phone:*5551234567"_s);
    EXPECT_FALSE(request.target.contains(' '));
    EXPECT_TRUE(request.target.contains("role%3Aend-user%20phone%3A"));
}

TEST_F(HttpGatewayTest, FreeTextSearchEncodesReservedCharacters) {
    h.server.enqueue(CannedResponse::json(200, {{u"users"_s, QJsonArray{}}}));
    const QString text = u"+1 555 & co=x#y"_s;
    std::optional<Result<QList<User>>> result;
    gateway->searchUsers(text, &context, [&](const Result<QList<User>> &r) { result = r; });
    ASSERT_TRUE(waitFor(result));
    EXPECT_TRUE(result->ok());
    const RecordedRequest &request = h.server.requests().first();
    EXPECT_EQ(request.path(), u"/api/v2/users/search"_s);
    EXPECT_FALSE(request.target.contains('+')) << request.target.toStdString();
    EXPECT_EQ(request.query().queryItemValue(u"query"_s, QUrl::FullyDecoded), text);
    EXPECT_EQ(request.query().queryItems().size(), 1);
}

TEST_F(HttpGatewayTest, RequestedTicketsUseOffsetSortParameters) {
    h.server.enqueue(
        CannedResponse::json(200, {{u"tickets"_s, QJsonArray{ticketObject(3), ticketObject(2)}}}));
    std::optional<Result<QList<Ticket>>> result;
    gateway->requestedTickets(42, 10, &context, [&](const Result<QList<Ticket>> &r) { result = r; });
    ASSERT_TRUE(waitFor(result));
    ASSERT_TRUE(result->ok());
    EXPECT_EQ(result->value.size(), 2);
    const RecordedRequest &request = h.server.requests().first();
    EXPECT_EQ(request.path(), u"/api/v2/users/42/tickets/requested"_s);
    EXPECT_EQ(request.query().queryItemValue(u"sort_by"_s), u"updated_at"_s);
    EXPECT_EQ(request.query().queryItemValue(u"sort_order"_s), u"desc"_s);
    EXPECT_EQ(request.query().queryItemValue(u"per_page"_s), u"10"_s);
}

TEST_F(HttpGatewayTest, ReadsReportMalformedBodies) {
    h.server.enqueue(CannedResponse::json(200, {{u"tickets"_s, u"nope"_s}}));
    std::optional<Result<QList<Ticket>>> result;
    gateway->ticketsByExternalId(u"contact-1"_s, &context,
                                 [&](const Result<QList<Ticket>> &r) { result = r; });
    ASSERT_TRUE(waitFor(result));
    EXPECT_EQ(result->error.kind, ErrorKind::Malformed);
    EXPECT_EQ(h.server.requests().first().query().queryItemValue(u"external_id"_s), u"contact-1"_s);
}

TEST_F(HttpGatewayTest, CallbacksAreNeverSynchronousAndDroppedWithTheirContext) {
    h.server.enqueue(CannedResponse::json(200, {{u"user"_s, QJsonObject{{u"id"_s, 1}}}}));
    auto shortLived = std::make_unique<QObject>();
    bool called = false;
    gateway->currentUser(shortLived.get(), [&called](const Result<User> &) { called = true; });
    EXPECT_FALSE(called);
    shortLived.reset();
    h.server.enqueue(CannedResponse::json(200, {{u"user"_s, QJsonObject{{u"id"_s, 2}}}}));
    std::optional<Result<User>> second;
    gateway->user(2, &context, [&second](const Result<User> &r) { second = r; });
    ASSERT_TRUE(waitFor(second));
    EXPECT_EQ(second->value.id, 2);
    EXPECT_FALSE(called);
}

TEST_F(HttpGatewayTest, CreateTicketSendsTheSameIdempotencyKeyOnEveryRetry) {
    // Each failure goes back to the caller at once; the outbox sends the same write again (outbox tests).
    h.server.enqueue(CannedResponse::json(500, {}));
    h.server.enqueue(CannedResponse::json(503, {}));
    h.server.enqueue(CannedResponse::json(201, {{u"ticket"_s, ticketObject(77, u"contact-1"_s)}},
                                          {{"x-idempotency-lookup", "hit"}}));
    Write w = createTicketWrite();
    for (const int status : {500, 503}) {
        const auto failed = write(w);
        EXPECT_EQ(failed.error.httpStatus, status);
        EXPECT_TRUE(failed.error.outcomeUnknown);
        w.mayHaveBeenApplied = true; // as the outbox marks it
    }
    const auto result = write(w);
    ASSERT_TRUE(result.ok()) << result.error.message.toStdString();
    EXPECT_EQ(result.value.id, 77);
    EXPECT_TRUE(result.value.alreadyApplied) << "x-idempotency-lookup: hit";
    EXPECT_EQ(result.value.resource.value(u"id").toInteger(), 77);
    EXPECT_TRUE(requestsWithMethod("GET").isEmpty()) << "the key covers it: no lookup";
    const auto posts = requestsWithMethod("POST");
    ASSERT_EQ(posts.size(), 3);
    for (const RecordedRequest &post : posts) {
        EXPECT_EQ(post.path(), u"/api/v2/tickets"_s);
        EXPECT_EQ(post.header("Idempotency-Key"), "cb-c1-create-ticket");
        EXPECT_EQ(post.json(), createTicketWrite().payload);
    }
}

TEST_F(HttpGatewayTest, CreateTicketPastTheKeyWindowIsLookedUpFirst) {
    Write w = createTicketWrite();
    w.firstAttemptAt = h.client->now().addSecs(-3 * 3600);
    h.server.enqueue(CannedResponse::json(
        200, {{u"tickets"_s, QJsonArray{ticketObject(5, u"contact-1"_s, {u"other"_s}),
                                        ticketObject(6, u"contact-1"_s, {u"callbridge"_s})}}}));
    const auto result = write(w);
    ASSERT_TRUE(result.ok());
    EXPECT_EQ(result.value.id, 6) << "only a ticket tagged by us counts";
    EXPECT_TRUE(result.value.alreadyApplied);
    EXPECT_TRUE(requestsWithMethod("POST").isEmpty());
    EXPECT_EQ(h.server.requests().first().query().queryItemValue(u"external_id"_s), u"contact-1"_s);
}

TEST_F(HttpGatewayTest, CreateTicketPastTheKeyWindowIsSentWhenNotFound) {
    Write w = createTicketWrite();
    w.firstAttemptAt = h.client->now().addSecs(-3 * 3600);
    h.server.enqueue(
        CannedResponse::json(200, {{u"tickets"_s, QJsonArray{ticketObject(5, u"contact-1"_s)}}}));
    h.server.enqueue(CannedResponse::json(201, {{u"ticket"_s, ticketObject(8)}}));
    const auto result = write(w);
    ASSERT_TRUE(result.ok());
    EXPECT_EQ(result.value.id, 8);
    EXPECT_FALSE(result.value.alreadyApplied);
    EXPECT_EQ(requestsWithMethod("POST").size(), 1);
}

TEST_F(HttpGatewayTest, IdempotentRequestErrorIsReconciledByExternalId) {
    h.server.enqueue(CannedResponse::json(400, {{u"error"_s, u"IdempotentRequestError"_s},
                                                {u"description"_s, u"Request parameters don't match"_s}}));
    h.server.enqueue(CannedResponse::json(
        200, {{u"tickets"_s, QJsonArray{ticketObject(12, u"contact-1"_s, {u"callbridge"_s})}}}));
    const auto result = write(createTicketWrite());
    ASSERT_TRUE(result.ok());
    EXPECT_EQ(result.value.id, 12);
    EXPECT_EQ(requestsWithMethod("POST").size(), 1);
}

TEST_F(HttpGatewayTest, TalkPartnerEditionPostsToTheVoiceEndpointWithViaId) {
    HttpGatewayOptions options;
    options.useTalkPartnerEdition = true;
    gateway = std::make_unique<HttpGateway>(*h.client, options);
    h.server.enqueue(CannedResponse::json(201, {{u"ticket"_s, ticketObject(30)}}));
    const auto result = write(createTicketWrite());
    ASSERT_TRUE(result.ok());
    const RecordedRequest &post = h.server.requests().first();
    EXPECT_EQ(post.path(), u"/api/v2/channels/voice/tickets"_s);
    EXPECT_EQ(post.json().value(u"ticket").toObject().value(u"via_id").toInt(), 45);
}

TEST_F(HttpGatewayTest, CreateUserWithUnknownOutcomeIsFoundByExternalIdWithoutASecondPost) {
    h.server.enqueue(CannedResponse::json(502, {}));
    h.server.enqueue(CannedResponse::json(
        200, {{u"users"_s,
               QJsonArray{QJsonObject{{u"id"_s, 501}, {u"external_id"_s, u"callbridge:+15551234567"_s}}}}}));
    const auto result = write(createUserWrite());
    ASSERT_TRUE(result.ok()) << result.error.message.toStdString();
    EXPECT_EQ(result.value.id, 501);
    EXPECT_TRUE(result.value.alreadyApplied);
    EXPECT_EQ(requestsWithMethod("POST").size(), 1);
    const auto gets = requestsWithMethod("GET");
    ASSERT_EQ(gets.size(), 1);
    EXPECT_EQ(gets.first().path(), u"/api/v2/users"_s);
    EXPECT_EQ(gets.first().query().queryItemValue(u"external_id"_s, QUrl::FullyDecoded),
              u"callbridge:+15551234567"_s);
}

TEST_F(HttpGatewayTest, CreateUserTimedOutAndNotFoundGoesBackThenIsLookedUpAndSentAgain) {
    useShortTimeout();
    h.server.enqueue(CannedResponse::hang());
    h.server.enqueue(CannedResponse::json(200, {{u"users"_s, QJsonArray{}}}));
    const auto timedOut = write(createUserWrite());
    EXPECT_EQ(timedOut.error.kind, ErrorKind::Timeout);
    EXPECT_TRUE(timedOut.error.outcomeUnknown) << "the outbox looks again before its next send";
    EXPECT_EQ(requestsWithMethod("POST").size(), 1) << "not sent twice behind the caller's back";
    EXPECT_EQ(requestsWithMethod("GET").size(), 1);
    EXPECT_EQ(h.time.pending(), 0);

    h.server.enqueue(CannedResponse::json(200, {{u"users"_s, QJsonArray{}}}));
    h.server.enqueue(CannedResponse::json(201, {{u"user"_s, QJsonObject{{u"id"_s, 502}}}}));
    Write again = createUserWrite();
    again.mayHaveBeenApplied = true;
    const auto result = write(again);
    ASSERT_TRUE(result.ok()) << result.error.message.toStdString();
    EXPECT_EQ(result.value.id, 502);
    EXPECT_FALSE(result.value.alreadyApplied);
    EXPECT_EQ(requestsWithMethod("POST").size(), 2);
}

TEST_F(HttpGatewayTest, CreateUserPhoneTakenReturnsZendeskDescriptionWithoutALookup) {
    h.server.enqueue(CannedResponse::json(
        422, {{u"error"_s, u"RecordInvalid"_s},
              {u"description"_s, u"Record validation errors"_s},
              {u"details"_s,
               QJsonObject{{u"phone"_s, QJsonArray{QJsonObject{
                                            {u"description"_s,
                                             u"Phone: +15551234567 is already being used by another user"_s},
                                            {u"error"_s, u"DuplicateValue"_s}}}}}}}));
    const auto result = write(createUserWrite());
    EXPECT_EQ(result.error.kind, ErrorKind::Invalid);
    EXPECT_EQ(result.error.httpStatus, 422);
    EXPECT_TRUE(result.error.message.contains(u"already being used"_s)) << result.error.message.toStdString();
    EXPECT_TRUE(isUserAlreadyTakenError(result.error));
    EXPECT_EQ(requestsWithMethod("POST").size(), 1);
    EXPECT_EQ(requestsWithMethod("GET").size(), 0); // the engine looks for the owner, once
}

TEST_F(HttpGatewayTest, UpdateTicketTimedOutIsNotResentWhenTheMarkerIsPresent) {
    useShortTimeout();
    h.server.enqueue(CannedResponse::hang());
    h.server.enqueue(CannedResponse::json(
        200,
        {{u"comments"_s,
          QJsonArray{QJsonObject{{u"id"_s, 1}, {u"body"_s, u"Call details\n[callbridge:cb-c1-details]"_s}},
                     QJsonObject{{u"id"_s, 0}, {u"body"_s, u"older"_s}}}}}));
    const auto result = write(noteWrite(99));
    ASSERT_TRUE(result.ok()) << result.error.message.toStdString();
    EXPECT_EQ(result.value.id, 99);
    EXPECT_TRUE(result.value.alreadyApplied);
    EXPECT_EQ(requestsWithMethod("PUT").size(), 1);
    const auto gets = requestsWithMethod("GET");
    ASSERT_EQ(gets.size(), 1);
    EXPECT_EQ(gets.first().path(), u"/api/v2/tickets/99/comments"_s);
    EXPECT_EQ(gets.first().query().queryItemValue(u"sort_order"_s), u"desc"_s);
}

TEST_F(HttpGatewayTest, UpdateTicketWithUnknownOutcomeIsResentWhenTheMarkerIsAbsent) {
    const QJsonObject otherNote{{u"comments"_s, QJsonArray{QJsonObject{{u"body"_s, u"other note"_s}}}}};
    h.server.enqueue(CannedResponse::json(500, {}));
    h.server.enqueue(CannedResponse::json(200, otherNote));
    const auto failed = write(noteWrite(99));
    EXPECT_EQ(failed.error.kind, ErrorKind::Unavailable);
    EXPECT_EQ(requestsWithMethod("PUT").size(), 1);

    h.server.enqueue(CannedResponse::json(200, otherNote));
    h.server.enqueue(CannedResponse::json(200, {{u"ticket"_s, ticketObject(99)}}));
    Write again = noteWrite(99);
    again.mayHaveBeenApplied = true; // the outbox's next attempt
    const auto result = write(again);
    ASSERT_TRUE(result.ok()) << result.error.message.toStdString();
    EXPECT_FALSE(result.value.alreadyApplied);
    const auto puts = requestsWithMethod("PUT");
    ASSERT_EQ(puts.size(), 2);
    EXPECT_EQ(puts.at(0).path(), u"/api/v2/tickets/99"_s);
    EXPECT_EQ(puts.at(1).json(), noteWrite(99).payload);
}

TEST_F(HttpGatewayTest, VoiceCommentIsMatchedByStartAndCaller) {
    Write w;
    w.kind = Write::Kind::UpdateTicket;
    w.targetId = 40;
    w.payload = {{u"ticket"_s,
                  QJsonObject{{u"voice_comment"_s, QJsonObject{{u"from"_s, u"+15551234567"_s},
                                                               {u"to"_s, u"+15550000000"_s},
                                                               {u"started_at"_s, u"2024-05-01T10:00:00Z"_s},
                                                               {u"call_duration"_s, 60}}}}}};
    h.server.enqueue(CannedResponse::json(500, {}));
    h.server.enqueue(CannedResponse::json(
        200,
        {{u"comments"_s, QJsonArray{QJsonObject{
                             {u"type"_s, u"VoiceComment"_s},
                             {u"data"_s, QJsonObject{{u"from"_s, u"+1 (555) 123-4567"_s},
                                                     {u"started_at"_s, u"2024-05-01T10:00:00.000Z"_s}}}}}}}));
    const auto result = write(w);
    ASSERT_TRUE(result.ok()) << result.error.message.toStdString();
    EXPECT_TRUE(result.value.alreadyApplied);
    EXPECT_EQ(requestsWithMethod("PUT").size(), 1);
}

TEST_F(HttpGatewayTest, ClosedTicketUpdateIsInvalidAndNotRetried) {
    h.server.enqueue(CannedResponse::json(
        422, {{u"error"_s, u"RecordInvalid"_s},
              {u"description"_s, u"Record validation errors"_s},
              {u"details"_s,
               QJsonObject{
                   {u"status"_s, QJsonArray{QJsonObject{
                                     {u"description"_s, u"Status: closed prevents ticket update"_s}}}}}}}));
    const auto result = write(noteWrite(99));
    EXPECT_EQ(result.error.kind, ErrorKind::Invalid);
    EXPECT_EQ(result.error.code, u"RecordInvalid"_s);
    EXPECT_TRUE(isClosedTicketError(result.error));
    EXPECT_EQ(h.server.requestCount(), 1);
}

TEST_F(HttpGatewayTest, UpdateUserPutsToTheUser) {
    Write w;
    w.kind = Write::Kind::UpdateUser;
    w.targetId = 501;
    w.payload = {{u"user"_s, QJsonObject{{u"phone"_s, u"+15551234567"_s}}}};
    h.server.enqueue(CannedResponse::json(503, {}));
    h.server.enqueue(CannedResponse::json(200, {{u"user"_s, QJsonObject{{u"id"_s, 501}}}}));
    const auto failed = write(w);
    EXPECT_EQ(failed.error.kind, ErrorKind::Unavailable) << "the outbox retries it, not the transport";
    EXPECT_EQ(requestsWithMethod("PUT").size(), 1);
    w.mayHaveBeenApplied = true;
    const auto result = write(w);
    ASSERT_TRUE(result.ok());
    EXPECT_EQ(result.value.id, 501);
    const auto puts = requestsWithMethod("PUT");
    ASSERT_EQ(puts.size(), 2) << "an idempotent PUT is sent again without a lookup";
    EXPECT_TRUE(requestsWithMethod("GET").isEmpty());
    EXPECT_EQ(puts.first().path(), u"/api/v2/users/501"_s);
}

TEST(WriteKindName, NamesEveryKind) {
    EXPECT_EQ(writeKindName(Write::Kind::CreateUser), u"CreateUser"_s);
    EXPECT_EQ(writeKindName(Write::Kind::UpdateTicket), u"UpdateTicket"_s);
    EXPECT_EQ(errorKindName(ErrorKind::RateLimited), u"RateLimited"_s);
}

TEST_F(HttpGatewayTest, UpdateThatMayHaveBeenAppliedIsLookedUpBeforeAnyPut) {
    h.server.enqueue(CannedResponse::json(
        200, {{u"comments"_s,
               QJsonArray{QJsonObject{{u"body"_s, u"Call details\n[callbridge:cb-c1-details]"_s}}}}}));
    Write w = noteWrite(99);
    w.mayHaveBeenApplied = true;
    const auto result = write(w);
    ASSERT_TRUE(result.ok()) << result.error.message.toStdString();
    EXPECT_TRUE(result.value.alreadyApplied);
    EXPECT_EQ(requestsWithMethod("PUT").size(), 0);
}

TEST_F(HttpGatewayTest, UpdateThatMayHaveBeenAppliedIsSentWhenNotFound) {
    h.server.enqueue(CannedResponse::json(200, {{u"comments"_s, QJsonArray{}}}));
    h.server.enqueue(CannedResponse::json(200, {{u"ticket"_s, ticketObject(99)}}));
    Write w = noteWrite(99);
    w.mayHaveBeenApplied = true;
    const auto result = write(w);
    ASSERT_TRUE(result.ok()) << result.error.message.toStdString();
    EXPECT_FALSE(result.value.alreadyApplied);
    EXPECT_EQ(requestsWithMethod("PUT").size(), 1);
}

TEST_F(HttpGatewayTest, AnswerCutOffMidBodyIsAnUnknownOutcomeNotMalformed) {
    h.server.enqueue(CannedResponse::truncated(
        201,
        QJsonDocument(QJsonObject{{u"user"_s, QJsonObject{{u"id"_s, 501}}}}).toJson(QJsonDocument::Compact)));
    h.server.enqueue(CannedResponse::json(
        200, {{u"users"_s,
               QJsonArray{QJsonObject{{u"id"_s, 501}, {u"external_id"_s, u"callbridge:+15551234567"_s}}}}}));
    const auto result = write(createUserWrite());
    ASSERT_TRUE(result.ok()) << result.error.message.toStdString();
    EXPECT_EQ(result.value.id, 501);
    EXPECT_TRUE(result.value.alreadyApplied);
    EXPECT_EQ(requestsWithMethod("POST").size(), 1);
}

TEST_F(HttpGatewayTest, ScreenPopPostsToTheTalkDisplayEndpoint) {
    h.server.enqueue(CannedResponse::json(200, {}));
    std::optional<Result<bool>> result;
    gateway->screenPop(1000, Writer::PopTarget::Ticket, 7004, &context,
                       [&result](const Result<bool> &r) { result = r; });
    ASSERT_TRUE(waitFor(result));
    EXPECT_TRUE(result->ok());
    const auto posts = requestsWithMethod("POST");
    ASSERT_EQ(posts.size(), 1);
    EXPECT_EQ(posts.first().path(), u"/api/v2/channels/voice/agents/1000/tickets/7004/display"_s);
}
