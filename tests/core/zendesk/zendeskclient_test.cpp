#include "zendesk/zendeskhttperror.h"
#include "zendesktestsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <gtest/gtest.h>

using namespace callbridge::zendesk;
using namespace callbridge::zendesk::test;
using namespace std::chrono_literals;
using namespace Qt::StringLiterals;

namespace {

std::optional<Reply> sendAndWait(Harness &h, Request request) {
    std::optional<Reply> reply;
    h.client->send(std::move(request), h.client.get(), [&reply](const Reply &r) { reply = r; });
    waitFor(reply);
    return reply;
}

// Sends `request` and waits (in real time) until the client has put a pause or a resend on manual time.
void sendUntilWaiting(Harness &h, Request request, std::optional<Reply> &reply) {
    h.client->send(std::move(request), h.client.get(), [&reply](const Reply &r) { reply = r; });
    ASSERT_TRUE(QTest::qWaitFor([&] { return h.time.pending() > 0 || reply.has_value(); }, 10000));
    ASSERT_FALSE(reply.has_value()) << "answered without waiting: " << reply->error.message.toStdString();
}

QJsonObject userBody(qint64 id) {
    return QJsonObject{{u"user"_s, QJsonObject{{u"id"_s, id}, {u"name"_s, u"Agent"_s}}}};
}

} // namespace

TEST(ZendeskClient, SendsBasicTokenAuthAndJsonHeaders) {
    Harness h;
    h.server.enqueue(CannedResponse::json(200, userBody(7)));
    const auto reply = sendAndWait(h, Request::get(u"/api/v2/users/me"_s));
    ASSERT_TRUE(reply.has_value());
    EXPECT_TRUE(reply->ok()) << reply->error.message.toStdString();
    EXPECT_EQ(reply->json.value(u"user").toObject().value(u"id").toInteger(), 7);
    ASSERT_EQ(h.server.requestCount(), 1);
    const RecordedRequest &request = h.server.requests().first();
    EXPECT_EQ(request.method, "GET");
    EXPECT_EQ(request.path(), u"/api/v2/users/me"_s);
    EXPECT_EQ(request.header("Authorization"),
              "Basic " + QByteArray("agent@example.com/token:s3cr3t-token").toBase64());
    EXPECT_EQ(request.header("Accept"), "application/json");
    EXPECT_TRUE(request.header("Content-Type").isEmpty());
    EXPECT_TRUE(request.header("Idempotency-Key").isEmpty());
    EXPECT_EQ(h.client->requestsSent(), 1u);
}

TEST(ZendeskClient, WritesSendJsonBodyWithContentType) {
    Harness h;
    h.server.enqueue(CannedResponse::json(201, userBody(9)));
    const QJsonObject body{{u"user"_s, QJsonObject{{u"name"_s, u"Caller"_s}}}};
    const auto reply = sendAndWait(h, Request::post(u"/api/v2/users"_s, body));
    ASSERT_TRUE(reply.has_value());
    EXPECT_TRUE(reply->ok());
    EXPECT_EQ(reply->httpStatus, 201);
    ASSERT_EQ(h.server.requestCount(), 1);
    EXPECT_EQ(h.server.requests().first().method, "POST");
    EXPECT_EQ(h.server.requests().first().header("Content-Type"), "application/json");
    EXPECT_EQ(h.server.requests().first().json(), body);
}

TEST(ZendeskClient, RateLimitWaitsRetryAfterThenSucceeds) {
    Harness h;
    QSignalSpy limited(h.client.get(), &ZendeskClient::rateLimited);
    h.server.enqueue(CannedResponse::json(429, {}, {{"Retry-After", "7"}}));
    h.server.enqueue(CannedResponse::json(200, userBody(1)));
    std::optional<Reply> reply;
    sendUntilWaiting(h, Request::get(u"/api/v2/users/me"_s), reply);
    EXPECT_TRUE(h.client->isPaused());
    EXPECT_EQ(h.time.nextDelay(), std::optional<std::chrono::milliseconds>(7000ms));
    ASSERT_EQ(limited.size(), 1);
    EXPECT_EQ(limited.first().first().toLongLong(), 7);

    h.time.advance(7000ms);
    ASSERT_TRUE(waitFor(reply));
    EXPECT_TRUE(reply->ok());
    EXPECT_EQ(reply->attempts, 2);
    EXPECT_EQ(h.server.requestCount(), 2);
    EXPECT_EQ(h.client->requestsSent(), 2u);
}

TEST(ZendeskClient, RateLimitPauseIsRetryAfterCappedOrTheDefaultWithoutOne) {
    const struct {
        QList<std::pair<QByteArray, QByteArray>> headers;
        std::chrono::milliseconds pause;
    } cases[] = {{{{"Retry-After", "99999"}}, 120s}, {{}, 10s}};
    for (const auto &c : cases) {
        Harness h;
        h.server.enqueue(CannedResponse::json(429, {}, c.headers));
        h.server.enqueue(CannedResponse::json(200, userBody(1)));
        std::optional<Reply> reply;
        sendUntilWaiting(h, Request::get(u"/api/v2/users/me"_s), reply);
        EXPECT_EQ(h.time.nextDelay(), std::optional<std::chrono::milliseconds>(c.pause));
        h.time.advance(c.pause);
        ASSERT_TRUE(waitFor(reply));
        EXPECT_TRUE(reply->ok());
    }
}

TEST(ZendeskClient, RateLimitPausesTheWholeQueue) {
    Harness h;
    h.server.enqueue(CannedResponse::json(429, {}, {{"Retry-After", "30"}}));
    std::optional<Reply> first;
    h.client->send(Request::get(u"/api/v2/users/me"_s), nullptr, [&](const Reply &r) { first = r; });
    ASSERT_TRUE(QTest::qWaitFor([&] { return h.client->isPaused(); }, 10000));

    std::optional<Reply> second;
    h.client->send(Request::get(u"/api/v2/users/2"_s), nullptr, [&](const Reply &r) { second = r; });
    EXPECT_EQ(h.server.requestCount(), 1) << "nothing is sent while the account is rate limited";
    EXPECT_FALSE(first.has_value());

    h.server.enqueue(CannedResponse::json(200, userBody(1)));
    h.server.enqueue(CannedResponse::json(200, userBody(2)));
    EXPECT_EQ(h.time.nextDelay(), std::optional<std::chrono::milliseconds>(30s));
    h.time.advance(29s);
    EXPECT_TRUE(h.client->isPaused()) << "a second early is still paused";
    EXPECT_EQ(h.server.requestCount(), 1);
    h.time.advance(1s); // Retry-After has passed
    ASSERT_TRUE(QTest::qWaitFor([&] { return first.has_value() && second.has_value(); }, 10000));
    EXPECT_TRUE(first->ok());
    EXPECT_TRUE(second->ok());
    EXPECT_EQ(h.server.requests().at(1).path(), u"/api/v2/users/me"_s) << "the limited request goes first";
}

TEST(ZendeskClient, ServerErrorOnAReadGoesBackAtOnce) {
    // Retrying lookups is the engine's job (engine tests: a lookup after a 503).
    Harness h;
    const QList<int> statuses{500, 502, 503};
    for (const int status : statuses) {
        h.server.enqueue(CannedResponse::json(status, {}));
    }
    for (int i = 0; i < int(statuses.size()); ++i) {
        const auto reply = sendAndWait(h, Request::get(u"/api/v2/users/me"_s));
        ASSERT_TRUE(reply.has_value());
        EXPECT_EQ(reply->error.kind, ErrorKind::Unavailable);
        EXPECT_EQ(reply->error.httpStatus, statuses.at(i)) << "each answer is its own request's";
        EXPECT_EQ(reply->attempts, 1);
        EXPECT_EQ(h.server.requestCount(), i + 1);
        EXPECT_EQ(h.time.pending(), 0) << "nothing waits to send it again";
    }
}

TEST(ZendeskClient, RateLimitResendsStopAfterMaxSends) {
    ClientConfig config = Harness::defaultConfig({});
    config.maxSends = 3;
    Harness h(config);
    for (int i = 0; i < 3; ++i) {
        h.server.enqueue(CannedResponse::json(429, {}, {{"Retry-After", "1"}}));
    }
    h.server.enqueue(CannedResponse::json(200, userBody(1))); // must never be reached
    std::optional<Reply> reply;
    sendUntilWaiting(h, Request::get(u"/api/v2/users/me"_s), reply);
    for (int pause = 0; pause < 2 && !reply; ++pause) {
        h.time.advance(1s);
        ASSERT_TRUE(QTest::qWaitFor([&] { return h.time.pending() > 0 || reply.has_value(); }, 10000));
    }
    ASSERT_TRUE(waitFor(reply));
    EXPECT_EQ(reply->error.kind, ErrorKind::RateLimited);
    EXPECT_EQ(reply->error.retryAfter, 1s) << "the caller can still honour it";
    EXPECT_EQ(reply->attempts, 3);
    EXPECT_EQ(h.server.requestCount(), 3);
}

TEST(ZendeskClient, NoAnswerGivesTimeoutAtOnce) {
    // Retrying a timed-out lookup is the engine's job (engine tests: a lookup after a timeout).
    ClientConfig config = Harness::defaultConfig({});
    config.timeout = 150ms;
    Harness h(config);
    h.server.enqueue(CannedResponse::hang());
    h.server.enqueue(CannedResponse::json(200, userBody(1))); // must never be reached
    const auto reply = sendAndWait(h, Request::get(u"/api/v2/users/me"_s));
    ASSERT_TRUE(reply.has_value());
    EXPECT_EQ(reply->error.kind, ErrorKind::Timeout);
    EXPECT_FALSE(reply->error.outcomeUnknown) << "a read has no outcome to be unsure about";
    EXPECT_EQ(h.server.requestCount(), 1);
    EXPECT_EQ(h.time.pending(), 0);
}

TEST(ZendeskClient, ConnectionRefusedIsResentWithBackoffUntilZendeskListens) {
    Harness h;
    h.server.stopListening();
    std::optional<Reply> reply;
    sendUntilWaiting(h, Request::get(u"/api/v2/users/me"_s), reply);
    EXPECT_EQ(h.time.nextDelay(), std::optional<std::chrono::milliseconds>(500ms));
    h.time.advance(500ms);
    ASSERT_TRUE(QTest::qWaitFor([&] { return h.time.pending() > 0 || reply.has_value(); }, 10000));
    EXPECT_EQ(h.time.nextDelay(), std::optional<std::chrono::milliseconds>(1000ms)) << "doubled";

    ASSERT_TRUE(h.server.listenAgain());
    h.server.enqueue(CannedResponse::json(200, userBody(1)));
    h.time.advance(1000ms);
    ASSERT_TRUE(waitFor(reply));
    EXPECT_TRUE(reply->ok()) << reply->error.message.toStdString();
    EXPECT_EQ(reply->attempts, 3);
    EXPECT_EQ(h.server.requestCount(), 1);
}

TEST(ZendeskClient, WriteRefusedAtConnectIsResentBecauseItNeverLeft) {
    Harness h;
    h.server.stopListening();
    std::optional<Reply> reply;
    sendUntilWaiting(h, Request::post(u"/api/v2/users"_s, {}), reply);
    ASSERT_TRUE(h.server.listenAgain());
    h.server.enqueue(CannedResponse::json(201, userBody(3)));
    h.time.advance(500ms);
    ASSERT_TRUE(waitFor(reply));
    EXPECT_TRUE(reply->ok()) << reply->error.message.toStdString();
    EXPECT_EQ(h.server.requestCount(), 1);
}

TEST(ZendeskClient, ConnectionRefusedTooOftenGoesBackAsANetworkErrorWithAKnownOutcome) {
    ClientConfig config = Harness::defaultConfig({});
    config.maxSends = 2;
    Harness h(config);
    h.server.stopListening();
    std::optional<Reply> reply;
    sendUntilWaiting(h, Request::post(u"/api/v2/users"_s, {}), reply);
    h.time.advance(500ms);
    ASSERT_TRUE(waitFor(reply));
    EXPECT_EQ(reply->error.kind, ErrorKind::Network);
    EXPECT_FALSE(reply->error.outcomeUnknown) << "it never reached Zendesk";
    EXPECT_EQ(reply->attempts, 2);
    EXPECT_EQ(h.time.pending(), 0);
}

TEST(ZendeskClient, WriteWithoutKeyIsNotResentAfterServerError) {
    Harness h;
    h.server.enqueue(CannedResponse::json(500, {}));
    const auto reply = sendAndWait(h, Request::post(u"/api/v2/users"_s, {}));
    ASSERT_TRUE(reply.has_value());
    EXPECT_EQ(reply->error.kind, ErrorKind::Unavailable);
    EXPECT_TRUE(reply->error.outcomeUnknown);
    EXPECT_EQ(h.server.requestCount(), 1);
}

TEST(ZendeskClient, WriteWithoutKeyIsResentAfterRateLimit) {
    Harness h;
    h.server.enqueue(CannedResponse::json(429, {}, {{"Retry-After", "1"}}));
    h.server.enqueue(CannedResponse::json(201, userBody(3)));
    std::optional<Reply> reply;
    sendUntilWaiting(h, Request::post(u"/api/v2/users"_s, {}), reply);
    h.time.advance(1s);
    ASSERT_TRUE(waitFor(reply));
    EXPECT_TRUE(reply->ok());
    EXPECT_EQ(h.server.requestCount(), 2);
}

TEST(ZendeskClient, UnauthorizedIsAuthAndNotRetried) {
    Harness h;
    h.server.enqueue(CannedResponse::json(
        401, {{u"error"_s, u"Couldn't authenticate you"_s}, {u"description"_s, u"Bad credentials"_s}}));
    h.server.enqueue(CannedResponse::json(200, userBody(1)));
    const auto reply = sendAndWait(h, Request::get(u"/api/v2/users/me"_s));
    ASSERT_TRUE(reply.has_value());
    EXPECT_EQ(reply->error.kind, ErrorKind::Auth);
    EXPECT_EQ(reply->error.httpStatus, 401);
    EXPECT_EQ(reply->error.message, u"Bad credentials"_s);
    EXPECT_EQ(h.server.requestCount(), 1);
}

TEST(ZendeskClient, NotFoundKeepsZendeskCode) {
    Harness h;
    h.server.enqueue(
        CannedResponse::json(404, {{u"error"_s, u"RecordNotFound"_s}, {u"description"_s, u"Not found"_s}}));
    const auto reply = sendAndWait(h, Request::get(u"/api/v2/tickets/5"_s));
    ASSERT_TRUE(reply.has_value());
    EXPECT_EQ(reply->error.kind, ErrorKind::NotFound);
    EXPECT_EQ(reply->error.code, u"RecordNotFound"_s);
    EXPECT_EQ(h.server.requestCount(), 1);
}

TEST(ZendeskClient, NonJsonErrorBodyIsStillAnError) {
    Harness h;
    h.server.enqueue(CannedResponse::raw(403, "SSL is required", {{"Content-Type", "text/plain"}}));
    const auto reply = sendAndWait(h, Request::get(u"/api/v2/users/me"_s));
    ASSERT_TRUE(reply.has_value());
    EXPECT_EQ(reply->error.kind, ErrorKind::Forbidden);
    EXPECT_TRUE(reply->error.message.contains(u"SSL is required"_s));
}

TEST(ZendeskClient, MalformedJsonOnSuccessIsMalformed) {
    Harness h;
    h.server.enqueue(CannedResponse::raw(200, "{\"user\": {\"id\": 1"));
    const auto reply = sendAndWait(h, Request::get(u"/api/v2/users/me"_s));
    ASSERT_TRUE(reply.has_value());
    EXPECT_EQ(reply->error.kind, ErrorKind::Malformed);
    EXPECT_EQ(h.server.requestCount(), 1);
}

TEST(ZendeskClient, RedirectsAreNotFollowed) {
    Harness h;
    h.server.enqueue(
        CannedResponse::raw(302, {}, {{"Location", "https://elsewhere.example/api/v2/users/me"}}));
    const auto reply = sendAndWait(h, Request::get(u"/api/v2/users/me"_s));
    ASSERT_TRUE(reply.has_value());
    EXPECT_EQ(reply->error.kind, ErrorKind::Refused);
    EXPECT_EQ(reply->error.httpStatus, 302);
    EXPECT_EQ(h.server.requestCount(), 1);
}

TEST(ZendeskClient, OversizedResponseIsRejected) {
    ClientConfig config = Harness::defaultConfig({});
    config.maxResponseBytes = 1000;
    Harness h(config);
    h.server.enqueue(CannedResponse::raw(200, "{\"pad\":\"" + QByteArray(5000, 'x') + "\"}"));
    const auto reply = sendAndWait(h, Request::get(u"/api/v2/users/me"_s));
    ASSERT_TRUE(reply.has_value());
    EXPECT_EQ(reply->error.kind, ErrorKind::Malformed);
    EXPECT_TRUE(reply->error.message.contains(u"larger"_s));
}

TEST(ZendeskClient, ConnectionResetOnAReadGoesBackAtOnce) {
    // It reached Zendesk; repeating the lookup is the engine's job (engine tests: a lookup after a reset).
    Harness h;
    for (int i = 0; i < 3; ++i) { // Qt itself may resend once on a closed connection
        h.server.enqueue(CannedResponse::reset());
    }
    const auto reply = sendAndWait(h, Request::get(u"/api/v2/users/me"_s));
    ASSERT_TRUE(reply.has_value());
    EXPECT_EQ(reply->error.kind, ErrorKind::Network);
    EXPECT_EQ(reply->attempts, 1);
    EXPECT_LE(h.server.requestCount(), 2);
    EXPECT_EQ(h.time.pending(), 0);
}

TEST(ZendeskClient, CapsRequestsInFlight) {
    ClientConfig config = Harness::defaultConfig({});
    config.maxInFlight = 2;
    Harness h(config);
    int maxSeen = 0;
    QObject::connect(h.client.get(), &ZendeskClient::requestStarted, h.client.get(),
                     [&] { maxSeen = std::max(maxSeen, h.client->inFlight()); });
    int done = 0;
    for (int i = 0; i < 5; ++i) {
        h.server.enqueue(CannedResponse::json(200, userBody(i + 1)));
        h.client->send(Request::get(u"/api/v2/users/%1"_s.arg(i + 1)), nullptr,
                       [&done](const Reply &) { ++done; });
    }
    EXPECT_EQ(h.client->inFlight(), 2);
    ASSERT_TRUE(QTest::qWaitFor([&] { return done == 5; }, 10000));
    EXPECT_EQ(maxSeen, 2);
    EXPECT_EQ(h.server.requestCount(), 5);
}

TEST(ZendeskClient, CallbackDroppedWhenContextDestroyed) {
    Harness h;
    h.server.enqueue(CannedResponse::json(200, userBody(1)));
    auto context = std::make_unique<QObject>();
    bool called = false;
    h.client->send(Request::get(u"/api/v2/users/me"_s), context.get(),
                   [&called](const Reply &) { called = true; });
    ASSERT_TRUE(QTest::qWaitFor([&] { return h.server.requestCount() == 1; }, 10000));
    context.reset();
    ASSERT_TRUE(QTest::qWaitFor([&] { return h.client->inFlight() == 0; }, 10000));
    EXPECT_FALSE(called);
}

TEST(ZendeskClient, BaseUrlPolicy) {
    const auto check = [](const char *url) {
        ClientConfig config = Harness::defaultConfig(QUrl(QString::fromLatin1(url)));
        return ZendeskClient::checkConfig(config).kind;
    };
    EXPECT_EQ(check("https://acme.zendesk.com"), ErrorKind::None);
    EXPECT_EQ(check("https://support.example.com/zd"), ErrorKind::None);
    EXPECT_EQ(check("http://127.0.0.1:8080"), ErrorKind::None);
    EXPECT_EQ(check("http://127.1.2.3"), ErrorKind::None);
    EXPECT_EQ(check("http://localhost:9000"), ErrorKind::None);
    EXPECT_EQ(check("http://[::1]:9000"), ErrorKind::None);
    EXPECT_EQ(check("http://acme.zendesk.com"), ErrorKind::Refused);
    EXPECT_EQ(check("http://10.0.0.1"), ErrorKind::Refused);
    EXPECT_EQ(check("http://localhost.evil.com"), ErrorKind::Refused);
    EXPECT_EQ(check("ftp://acme.zendesk.com"), ErrorKind::Refused);
    EXPECT_EQ(check("https://user:pass@acme.zendesk.com"), ErrorKind::Refused);
    EXPECT_EQ(check("not a url"), ErrorKind::Refused);

    ClientConfig noToken = Harness::defaultConfig(QUrl(u"https://acme.zendesk.com"_s));
    noToken.apiToken.clear();
    EXPECT_EQ(ZendeskClient::checkConfig(noToken).kind, ErrorKind::Refused);
}

TEST(ZendeskClient, RefusedBaseUrlSendsNothingAndAnswersLater) {
    Harness h;
    ClientConfig config = Harness::defaultConfig(QUrl(u"http://203.0.113.5"_s));
    h.reset(config);
    std::optional<Reply> reply;
    h.client->send(Request::get(u"/api/v2/users/me"_s), nullptr, [&reply](const Reply &r) { reply = r; });
    EXPECT_FALSE(reply.has_value()) << "never answered inside send()";
    ASSERT_TRUE(waitFor(reply));
    EXPECT_EQ(reply->error.kind, ErrorKind::Refused);
    EXPECT_EQ(h.client->requestsSent(), 0u);
}

namespace {
QStringList g_logged;
void captureLog(QtMsgType, const QMessageLogContext &, const QString &message) {
    g_logged << message;
}
} // namespace

TEST(ZendeskClient, NeverLogsCredentials) {
    QLoggingCategory::setFilterRules(u"callbridge.zendesk.debug=true"_s);
    g_logged.clear();
    const QtMessageHandler previous = qInstallMessageHandler(captureLog);
    {
        Harness h;
        h.server.enqueue(CannedResponse::json(500, {}));
        sendAndWait(h, Request::get(u"/api/v2/users/me"_s));
    }
    qInstallMessageHandler(previous);
    QLoggingCategory::setFilterRules(QString());
    ASSERT_FALSE(g_logged.isEmpty()) << "the client logs its requests";
    const QString encoded =
        QString::fromLatin1(QByteArray("agent@example.com/token:s3cr3t-token").toBase64());
    for (const QString &line : std::as_const(g_logged)) {
        EXPECT_FALSE(line.contains(u"s3cr3t-token"_s)) << line.toStdString();
        EXPECT_FALSE(line.contains(encoded)) << line.toStdString();
        EXPECT_FALSE(line.contains(u"Authorization"_s, Qt::CaseInsensitive)) << line.toStdString();
    }
}

TEST(ZendeskHttpError, ReadsZendeskErrorBodies) {
    const Error invalid =
        errorForHttpStatus(422, R"({"error":"RecordInvalid","description":"Record validation errors",
                 "details":{"status":[{"description":"Status: closed prevents ticket update","error":"InvalidValue"}]}})");
    EXPECT_EQ(invalid.kind, ErrorKind::Invalid);
    EXPECT_EQ(invalid.code, u"RecordInvalid"_s);
    EXPECT_TRUE(invalid.message.contains(u"closed prevents ticket update"_s));
    EXPECT_TRUE(isClosedTicketError(invalid));

    const Error objectForm =
        errorForHttpStatus(403, R"({"error":{"title":"Forbidden","message":"You do not have access"}})");
    EXPECT_EQ(objectForm.kind, ErrorKind::Forbidden);
    EXPECT_EQ(objectForm.code, u"Forbidden"_s);
    EXPECT_EQ(objectForm.message, u"You do not have access"_s);
    EXPECT_FALSE(isClosedTicketError(objectForm));

    EXPECT_EQ(errorForHttpStatus(409, {}).kind, ErrorKind::Conflict);
    EXPECT_EQ(errorForHttpStatus(400, {}).kind, ErrorKind::Invalid);
    EXPECT_EQ(errorForHttpStatus(504, {}).kind, ErrorKind::Unavailable);
    EXPECT_EQ(errorForHttpStatus(204, {}).kind, ErrorKind::None);
}

// Found by fuzz_zendesk_json: every detail entry repeated its field's name into the message, so an 8 KiB body
// made an 8 MiB message (and an 8 MiB body, the response cap, more than memory holds).
TEST(ZendeskHttpError, BoundsTheMessageOfAHugeErrorBody) {
    const QString longField(4000, u'f');
    QJsonArray entries;
    for (int i = 0; i < 1000; ++i)
        entries.append(u"bad value %1"_s.arg(i));
    const QJsonObject body{{u"error"_s, u"RecordInvalid"_s},
                           {u"description"_s, u"Record validation errors"_s},
                           {u"details"_s, QJsonObject{{longField, entries}}}};
    const Error error = errorForHttpStatus(422, QJsonDocument(body).toJson(QJsonDocument::Compact));
    EXPECT_EQ(error.kind, ErrorKind::Invalid);
    EXPECT_EQ(error.code, u"RecordInvalid"_s);
    EXPECT_TRUE(error.message.startsWith(u"Record validation errors; "_s))
        << error.message.left(80).toStdString();
    EXPECT_LE(error.message.size(), 2000);
    EXPECT_TRUE(error.message.endsWith(u'…'));
    EXPECT_EQ(error.details.value(longField).toArray().size(), 1000); // the details themselves are all kept

    const Error longDescription = errorForHttpStatus(
        500, QJsonDocument(QJsonObject{{u"description"_s, QString(100000, u'x')}}).toJson());
    EXPECT_EQ(longDescription.message.size(), 2000);
    EXPECT_TRUE(longDescription.message.endsWith(u'…'));
}

TEST(ZendeskHttpError, ParsesRetryAfter) {
    const QDateTime now = QDateTime::fromString(u"2024-05-01T10:00:00Z"_s, Qt::ISODate);
    EXPECT_EQ(parseRetryAfter("42", now), std::optional<std::chrono::seconds>(42s));
    EXPECT_EQ(parseRetryAfter("Wed, 01 May 2024 10:01:30 GMT", now),
              std::optional<std::chrono::seconds>(90s));
    EXPECT_FALSE(parseRetryAfter("", now).has_value());
    EXPECT_FALSE(parseRetryAfter("soon", now).has_value());
}

TEST(ZendeskClient, ServiceUnavailableHandsBackItsRetryAfter) {
    // Honouring it is the retrying layer's job (outbox tests: a write after a 503 with Retry-After).
    Harness h;
    h.server.enqueue(CannedResponse::json(503, {}, {{"Retry-After", "3"}}));
    const auto reply = sendAndWait(h, Request::post(u"/api/v2/users"_s, {}));
    ASSERT_TRUE(reply.has_value());
    EXPECT_EQ(reply->error.kind, ErrorKind::Unavailable);
    EXPECT_EQ(reply->error.retryAfter, 3s);
    EXPECT_TRUE(reply->error.outcomeUnknown);
    EXPECT_EQ(h.time.pending(), 0);
}

TEST(ZendeskClient, RefusesUnsafeIdempotencyKeysAndPaths) {
    Harness h;
    Request injected = Request::post(u"/api/v2/tickets"_s, {});
    injected.idempotencyKey = u"key\r\nX-Evil: 1"_s;
    const auto badKey = sendAndWait(h, injected);
    ASSERT_TRUE(badKey.has_value());
    EXPECT_EQ(badKey->error.kind, ErrorKind::Refused);

    const auto badPath = sendAndWait(h, Request::get(u"/api/v2/../../admin"_s));
    ASSERT_TRUE(badPath.has_value());
    EXPECT_EQ(badPath->error.kind, ErrorKind::Refused);
    EXPECT_EQ(h.server.requestCount(), 0);
}

TEST(ZendeskClient, WriteCutOffBeforeAnyAnswerIsNeverResentBehindOurBack) {
    // Qt's HTTP layer would silently send the PUT again on a fresh connection; Zendesk may have applied the
    // first.
    Harness h;
    h.server.enqueue(CannedResponse::reset());
    h.server.enqueue(CannedResponse::json(200, userBody(1)));
    const Request put = Request::put(u"/api/v2/tickets/5"_s, QJsonObject{{u"ticket"_s, QJsonObject{}}});
    const auto reply = sendAndWait(h, put);
    ASSERT_TRUE(reply.has_value());
    EXPECT_EQ(h.server.requestCount(), 1);
    EXPECT_EQ(reply->error.kind, ErrorKind::Network);
    EXPECT_TRUE(reply->error.outcomeUnknown); // the gateway looks it up before sending it again
}
