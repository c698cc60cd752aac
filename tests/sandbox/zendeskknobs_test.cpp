// Local Zendesk: idempotency, rate limit, faults, latency, request log and the control API.
#include "sandboxharness.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <gtest/gtest.h>

using namespace callbridge::sandbox;
using namespace callbridge::sandbox::testing;

namespace {

QJsonObject newTicket(const QString &body) {
    return QJsonObject{
        {QStringLiteral("ticket"),
         QJsonObject{{QStringLiteral("requester_id"), 1002},
                     {QStringLiteral("comment"), QJsonObject{{QStringLiteral("body"), body}}}}}};
}

QList<QPair<QByteArray, QByteArray>> key(const QByteArray &value) {
    return {{QByteArrayLiteral("Idempotency-Key"), value}};
}

qint64 ticketId(const ApiReply &reply) {
    return reply.json.value(QLatin1String("ticket")).toObject().value(QLatin1String("id")).toInteger();
}

zendesk::ZendeskConfig withFaults(const QString &kind) {
    auto config = SandboxHarness::defaultConfig();
    config.faultRate = 1.0;
    config.faultKinds = {kind};
    return config;
}

} // namespace

TEST(ZendeskIdempotency, MissThenHitReplaysTheOriginalTicket) {
    SandboxHarness harness;
    const ApiReply first = harness.post(QStringLiteral("/api/v2/tickets.json"),
                                        newTicket(QStringLiteral("a")), key("connect-1"));
    ASSERT_EQ(first.status, 201);
    EXPECT_EQ(first.header("x-idempotency-lookup"), QByteArrayLiteral("miss"));
    harness.advance(3600);
    const ApiReply second = harness.post(QStringLiteral("/api/v2/tickets.json"),
                                         newTicket(QStringLiteral("a")), key("connect-1"));
    EXPECT_EQ(second.status, 201);
    EXPECT_EQ(second.header("x-idempotency-lookup"), QByteArrayLiteral("hit"));
    EXPECT_EQ(ticketId(second), ticketId(first));
    EXPECT_EQ(harness.get(QStringLiteral("/api/v2/users/1002/tickets/requested"))
                  .json.value(QLatin1String("count"))
                  .toInt(),
              2);
}

TEST(ZendeskIdempotency, SameKeyWithAnotherBodyIs400) {
    SandboxHarness harness;
    ASSERT_EQ(
        harness.post(QStringLiteral("/api/v2/tickets"), newTicket(QStringLiteral("a")), key("k")).status,
        201);
    const ApiReply reused =
        harness.post(QStringLiteral("/api/v2/tickets"), newTicket(QStringLiteral("b")), key("k"));
    EXPECT_EQ(reused.status, 400);
    EXPECT_EQ(reused.json.value(QLatin1String("error")).toString(), QStringLiteral("IdempotentRequestError"));
}

TEST(ZendeskIdempotency, KeyIsForgottenAfterTwoHours) {
    SandboxHarness harness;
    const ApiReply first =
        harness.post(QStringLiteral("/api/v2/tickets"), newTicket(QStringLiteral("a")), key("k2"));
    ASSERT_EQ(first.status, 201);
    harness.advance(2 * 3600);
    const ApiReply later =
        harness.post(QStringLiteral("/api/v2/tickets"), newTicket(QStringLiteral("b")), key("k2"));
    EXPECT_EQ(later.status, 201);
    EXPECT_EQ(later.header("x-idempotency-lookup"), QByteArrayLiteral("miss"));
    EXPECT_NE(ticketId(later), ticketId(first));
}

TEST(ZendeskRateLimit, RejectsWith429AndRetryAfterUntilTheWindowEnds) {
    auto config = SandboxHarness::defaultConfig();
    config.rateLimitPerMinute = 3;
    SandboxHarness harness(config);
    const ApiReply first = harness.get(QStringLiteral("/api/v2/users/me"));
    EXPECT_EQ(first.header("X-Rate-Limit"), QByteArrayLiteral("3"));
    EXPECT_EQ(first.header("X-Rate-Limit-Remaining"), QByteArrayLiteral("2"));
    harness.get(QStringLiteral("/api/v2/users/me"));
    harness.get(QStringLiteral("/api/v2/users/me"));
    harness.advance(20);
    const ApiReply limited = harness.get(QStringLiteral("/api/v2/users/me"));
    EXPECT_EQ(limited.status, 429);
    EXPECT_EQ(limited.header("Retry-After"), QByteArrayLiteral("40"));
    EXPECT_EQ(limited.header("X-Rate-Limit-Remaining"), QByteArrayLiteral("0"));
    harness.advance(40);
    EXPECT_EQ(harness.get(QStringLiteral("/api/v2/users/me")).status, 200);
}

TEST(ZendeskFaults, StatusFaultsAnswerWithoutTouchingState) {
    for (const QString &kind : {QStringLiteral("429"), QStringLiteral("500"), QStringLiteral("503")}) {
        SandboxHarness harness(withFaults(kind));
        const ApiReply reply =
            harness.post(QStringLiteral("/api/v2/tickets"), newTicket(QStringLiteral("x")));
        EXPECT_EQ(reply.status, kind.toInt()) << qPrintable(kind);
        if (kind == QLatin1String("429")) {
            EXPECT_FALSE(reply.header("Retry-After").isEmpty());
        }
        const QJsonArray log = harness.control("GET", QStringLiteral("/sandbox/zendesk/requests"))
                                   .json.value(QLatin1String("requests"))
                                   .toArray();
        ASSERT_EQ(log.size(), 1);
        EXPECT_EQ(log.at(0).toObject().value(QLatin1String("fault")).toString(), kind);
        EXPECT_FALSE(log.at(0).toObject().value(QLatin1String("processed")).toBool());
        EXPECT_EQ(harness.zendesk().store().ticketsByRequester(1002).size(), 1); // only the seeded one
    }
}

TEST(ZendeskFaults, ResetClosesTheConnectionBeforeOrDuringTheResponse) {
    SandboxHarness harness(withFaults(QStringLiteral("reset")));
    for (int i = 0; i < 8; ++i) {
        const ApiReply reply = harness.get(QStringLiteral("/api/v2/users/me"));
        EXPECT_TRUE(reply.finished);
        EXPECT_NE(reply.error, QNetworkReply::NoError);
        EXPECT_TRUE(reply.json.isEmpty()); // never a complete body
    }
    const QJsonArray log = harness.control("GET", QStringLiteral("/sandbox/zendesk/requests"))
                               .json.value(QLatin1String("requests"))
                               .toArray();
    bool sawUnprocessed = false;
    bool sawProcessed = false;
    for (const QJsonValue &entry : log) {
        EXPECT_EQ(entry.toObject().value(QLatin1String("fault")).toString(), QStringLiteral("reset"));
        (entry.toObject().value(QLatin1String("processed")).toBool() ? sawProcessed : sawUnprocessed) = true;
    }
    EXPECT_TRUE(sawProcessed);   // half a response, then the connection drops
    EXPECT_TRUE(sawUnprocessed); // dropped before the handler ran
    const QJsonObject stats = harness.control("GET", QStringLiteral("/sandbox/zendesk/stats")).json;
    EXPECT_GE(stats.value(QLatin1String("byFault")).toObject().value(QLatin1String("reset")).toInt(), 8);
}

TEST(ZendeskFaults, TimeoutNeverAnswers) {
    SandboxHarness harness(withFaults(QStringLiteral("timeout")));
    RequestSpec spec;
    spec.path = QStringLiteral("/api/v2/users/me");
    spec.transferTimeoutMs = 300;
    QElapsedTimer timer;
    timer.start();
    const ApiReply reply = harness.request(spec);
    EXPECT_TRUE(reply.finished); // finished by the client's own transfer timeout
    EXPECT_NE(reply.error, QNetworkReply::NoError);
    EXPECT_EQ(reply.status, 0);
    EXPECT_GE(timer.elapsed(), 250);
    const QJsonArray log = harness.control("GET", QStringLiteral("/sandbox/zendesk/requests"))
                               .json.value(QLatin1String("requests"))
                               .toArray();
    ASSERT_GE(log.size(), 1);
    EXPECT_EQ(log.at(0).toObject().value(QLatin1String("fault")).toString(), QStringLiteral("timeout"));
    EXPECT_EQ(log.at(0).toObject().value(QLatin1String("status")).toInt(), 0);
}

TEST(ZendeskFaults, SeededFaultsAreReproducible) {
    const auto statuses = [] {
        auto config = SandboxHarness::defaultConfig();
        config.faultRate = 0.5;
        config.faultKinds = {QStringLiteral("500")};
        config.seed = 1234;
        SandboxHarness harness(config);
        QList<int> out;
        for (int i = 0; i < 12; ++i)
            out.append(harness.get(QStringLiteral("/api/v2/users/me")).status);
        return out;
    };
    const QList<int> first = statuses();
    EXPECT_EQ(first, statuses());
    EXPECT_TRUE(first.contains(200));
    EXPECT_TRUE(first.contains(500));
}

TEST(ZendeskLatency, DelaysEveryApiResponse) {
    auto config = SandboxHarness::defaultConfig();
    config.latencyMs = 200;
    SandboxHarness harness(config);
    QElapsedTimer timer;
    timer.start();
    EXPECT_EQ(harness.get(QStringLiteral("/api/v2/users/me")).status, 200);
    EXPECT_GE(timer.elapsed(), 190);
}

TEST(ZendeskControl, ConfigCanBeReadAndChangedAtRunTime) {
    SandboxHarness harness;
    const ApiReply initial = harness.control("GET", QStringLiteral("/sandbox/zendesk/config"));
    EXPECT_EQ(initial.json.value(QLatin1String("indexLagSeconds")).toInt(), 60);
    const ApiReply changed =
        harness.control("PUT", QStringLiteral("/sandbox/zendesk/config"),
                        {{QStringLiteral("faultRate"), 1.0},
                         {QStringLiteral("faultKinds"), QJsonArray{QStringLiteral("503")}}});
    EXPECT_EQ(changed.status, 200);
    EXPECT_DOUBLE_EQ(changed.json.value(QLatin1String("faultRate")).toDouble(), 1.0);
    EXPECT_EQ(harness.get(QStringLiteral("/api/v2/users/me")).status, 503);
    EXPECT_EQ(
        harness.control("PUT", QStringLiteral("/sandbox/zendesk/config"), {{QStringLiteral("faultRate"), 3}})
            .status,
        400);
    harness.control("PUT", QStringLiteral("/sandbox/zendesk/config"), {{QStringLiteral("faultRate"), 0}});
    EXPECT_EQ(harness.get(QStringLiteral("/api/v2/users/me")).status, 200);
}

TEST(ZendeskControl, RequestLogAndStatsCountRequests) {
    SandboxHarness harness;
    harness.get(QStringLiteral("/api/v2/users/1001"));
    harness.get(QStringLiteral("/api/v2/users/1002.json"));
    harness.get(QStringLiteral("/api/v2/users/4242"));
    RequestSpec anonymous;
    anonymous.path = QStringLiteral("/api/v2/users/me");
    anonymous.authorization.clear();
    harness.request(anonymous);

    const QJsonArray log = harness.control("GET", QStringLiteral("/sandbox/zendesk/requests"))
                               .json.value(QLatin1String("requests"))
                               .toArray();
    ASSERT_EQ(log.size(), 4);
    const QJsonObject first = log.at(0).toObject();
    EXPECT_EQ(first.value(QLatin1String("method")).toString(), QStringLiteral("GET"));
    EXPECT_EQ(first.value(QLatin1String("path")).toString(), QStringLiteral("/api/v2/users/1001"));
    EXPECT_EQ(first.value(QLatin1String("status")).toInt(), 200);
    EXPECT_TRUE(first.value(QLatin1String("fault")).isNull());
    EXPECT_FALSE(first.value(QLatin1String("time")).toString().isEmpty());

    const QJsonObject stats = harness.control("GET", QStringLiteral("/sandbox/zendesk/stats")).json;
    EXPECT_EQ(stats.value(QLatin1String("total")).toInt(), 4);
    EXPECT_EQ(stats.value(QLatin1String("byEndpoint"))
                  .toObject()
                  .value(QLatin1String("GET /api/v2/users/{id}"))
                  .toInt(),
              3);
    EXPECT_EQ(stats.value(QLatin1String("byStatus")).toObject().value(QLatin1String("200")).toInt(), 2);
    EXPECT_EQ(stats.value(QLatin1String("byStatus")).toObject().value(QLatin1String("404")).toInt(), 1);
    EXPECT_EQ(stats.value(QLatin1String("byStatus")).toObject().value(QLatin1String("401")).toInt(), 1);

    const qint64 lastSeq = log.at(3).toObject().value(QLatin1String("seq")).toInteger();
    harness.get(QStringLiteral("/api/v2/users/me"));
    EXPECT_EQ(harness.control("GET", QStringLiteral("/sandbox/zendesk/requests?since=%1").arg(lastSeq))
                  .json.value(QLatin1String("requests"))
                  .toArray()
                  .size(),
              1);
}

TEST(ZendeskControl, ResetReseedsAndClearsTheLog) {
    SandboxHarness harness;
    ASSERT_EQ(harness.post(QStringLiteral("/api/v2/tickets"), newTicket(QStringLiteral("x"))).status, 201);
    EXPECT_EQ(harness.control("POST", QStringLiteral("/sandbox/zendesk/reset")).status, 200);
    EXPECT_EQ(harness.zendesk().store().tickets().size(), 6);
    EXPECT_EQ(harness.control("GET", QStringLiteral("/sandbox/zendesk/stats"))
                  .json.value(QLatin1String("total"))
                  .toInt(),
              0);
}
