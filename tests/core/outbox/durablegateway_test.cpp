#include "eventloopwait.h"
#include "fakegateway.h"
#include "manualtime.h"
#include "outbox/durablegateway.h"

#include <QCoreApplication>
#include <gtest/gtest.h>

using namespace callbridge;
using namespace callbridge::test;
using zendesk::ErrorKind;
using zendesk::Result;
using zendesk::Write;
using zendesk::WriteResult;
using namespace std::chrono_literals;

namespace {

// Hands every wait to manual time and notes how long it was.
class RecordingScheduler final : public Scheduler {
public:
    explicit RecordingScheduler(Scheduler &inner)
        : m_inner(inner) {}
    void schedule(std::chrono::milliseconds delay, QObject *context, std::function<void()> fire) override {
        delays << delay;
        m_inner.schedule(delay, context, std::move(fire));
    }
    QList<std::chrono::milliseconds> delays;

private:
    Scheduler &m_inner;
};

Write ticketWrite(const QString &key = QStringLiteral("cb-c1-ticket")) {
    Write w;
    w.kind = Write::Kind::CreateTicket;
    w.idempotencyKey = key;
    w.externalId = QStringLiteral("c1");
    w.payload = QJsonObject{{QStringLiteral("ticket"), QJsonObject{{QStringLiteral("requester_id"), 7}}}};
    return w;
}

class DurableGatewayTest : public ::testing::Test {
protected:
    // Sends `w` and runs manual time through every retry until the caller hears back.
    std::optional<Result<WriteResult>> send(const Write &w) {
        std::optional<Result<WriteResult>> result;
        durable.write(w, &context, [&result](const Result<WriteResult> &r) { result = r; });
        EXPECT_TRUE(waitAdvancing(clock, [&] { return result.has_value(); }));
        return result;
    }

    FakeGateway inner;
    InMemoryOutboxStore store;
    ManualTime clock;
    RecordingScheduler scheduler{clock};
    const QList<std::chrono::milliseconds> &delays = scheduler.delays;
    // No randomness: the n-th retry waits exactly 1 s × 2^(n−1), at most a minute.
    DurableGateway durable{inner, store, clock, scheduler, Backoff{1s, 60s, [] {
                                                                       return 1.0;
                                                                   }}};
    QObject context;
};

} // namespace

TEST_F(DurableGatewayTest, WriteIsStoredBeforeItIsSent) {
    durable.write(ticketWrite(), &context, [](const Result<WriteResult> &) {});
    const auto stored = store.find(QStringLiteral("cb-c1-ticket"));
    ASSERT_TRUE(stored.has_value());
    EXPECT_EQ(stored->state, StoredWrite::State::Sending);
    EXPECT_EQ(durable.status().pending, 1);
    ASSERT_TRUE(waitUntil([&] { return durable.status().pending == 0; }));
    EXPECT_EQ(store.find(QStringLiteral("cb-c1-ticket"))->state, StoredWrite::State::Done);
}

TEST_F(DurableGatewayTest, PassingFailuresAreRetriedAndTheCallerOnlyHearsSuccess) {
    inner.failNext(QStringLiteral("POST tickets"),
                   makeError(ErrorKind::Unavailable, QStringLiteral("HTTP 503"), 503));
    zendesk::Error limited = makeError(ErrorKind::RateLimited, QStringLiteral("HTTP 429"), 429);
    limited.retryAfter = std::chrono::seconds(7);
    inner.failNext(QStringLiteral("POST tickets"), limited);
    const auto result = send(ticketWrite());
    ASSERT_TRUE(result->ok());
    EXPECT_EQ(inner.count(QStringLiteral("POST tickets")), 3);
    ASSERT_EQ(delays.size(), 2);
    EXPECT_EQ(delays.at(1), std::chrono::milliseconds(7000)); // Retry-After honoured
    EXPECT_EQ(durable.status().pending, 0);
}

TEST_F(DurableGatewayTest, WriteIsRetriedThroughSeveral503sAfterExactlyTheBackoff) {
    // The client hands a 503 back at once; the outbox is the layer that retries a write until it lands.
    for (int i = 0; i < 3; ++i)
        inner.failNext(QStringLiteral("POST tickets"),
                       makeError(ErrorKind::Unavailable, QStringLiteral("HTTP 503"), 503));
    const QDateTime start = clock.now();
    const auto result = send(ticketWrite());
    ASSERT_TRUE(result->ok());
    EXPECT_EQ(inner.count(QStringLiteral("POST tickets")), 4);
    EXPECT_EQ(delays, (QList<std::chrono::milliseconds>{1s, 2s, 4s}));
    EXPECT_EQ(start.secsTo(clock.now()), 7) << "sent the moment each wait was over";
    EXPECT_EQ(store.find(QStringLiteral("cb-c1-ticket"))->state, StoredWrite::State::Done);
}

TEST_F(DurableGatewayTest, ServiceUnavailableRetryAfterIsHonoured) {
    // Formerly honoured by the client's own resend; the outbox owns write retries now.
    zendesk::Error unavailable = makeError(ErrorKind::Unavailable, QStringLiteral("HTTP 503"), 503);
    unavailable.retryAfter = 3s;
    inner.failNext(QStringLiteral("POST tickets"), unavailable);
    const auto result = send(ticketWrite());
    ASSERT_TRUE(result->ok());
    EXPECT_EQ(delays, QList<std::chrono::milliseconds>{3s});
}

TEST_F(DurableGatewayTest, NextAttemptTimeIsStoredWithTheFailure) {
    inner.failNext(QStringLiteral("POST tickets"),
                   makeError(ErrorKind::Unavailable, QStringLiteral("HTTP 503"), 503));
    durable.write(ticketWrite(), &context, [](const Result<WriteResult> &) {});
    ASSERT_TRUE(waitUntil([&] { return clock.pending() == 1; }));
    const auto stored = store.find(QStringLiteral("cb-c1-ticket"));
    ASSERT_TRUE(stored.has_value());
    EXPECT_EQ(clock.now().msecsTo(stored->nextAttemptAt), 1000);
}

TEST_F(DurableGatewayTest, StatusExplainsWhatIsWaitingWhileZendeskIsDown) {
    inner.failNext(QStringLiteral("POST tickets"),
                   makeError(ErrorKind::Network, QStringLiteral("Connection refused")));
    bool answered = false;
    durable.write(ticketWrite(), &context, [&](const Result<WriteResult> &) { answered = true; });
    ASSERT_TRUE(waitUntil([&] { return !durable.status().zendeskReachable; }));
    const OutboxStatus s = durable.status();
    EXPECT_EQ(s.pending, 1);
    EXPECT_TRUE(s.summary(clock.now()).contains(QStringLiteral("1 call update waiting")));
    EXPECT_TRUE(s.summary(clock.now()).contains(QStringLiteral("nothing is lost")));
    EXPECT_FALSE(answered);
    EXPECT_EQ(clock.pending(), 1) << "the retry waits for its time";
}

TEST_F(DurableGatewayTest, PermanentRefusalReachesTheCallerAndIsKeptAsFailed) {
    inner.failNext(QStringLiteral("POST tickets"),
                   makeError(ErrorKind::Invalid, QStringLiteral("Requester is invalid"), 422));
    const auto result = send(ticketWrite());
    ASSERT_FALSE(result->ok());
    EXPECT_EQ(store.find(QStringLiteral("cb-c1-ticket"))->state, StoredWrite::State::Failed);
    EXPECT_EQ(durable.status().pending, 0);
}

TEST_F(DurableGatewayTest, AFailedWriteRetriedOnRequestIsSentAgainWithItsKeyAndConfirmed) {
    inner.failNext(QStringLiteral("POST tickets"),
                   makeError(ErrorKind::Invalid, QStringLiteral("Requester is invalid"), 422));
    ASSERT_FALSE(send(ticketWrite())->ok());
    EXPECT_FALSE(durable.retryFailed(QStringLiteral("cb-unknown-ticket")));
    std::optional<Result<WriteResult>> again;
    ASSERT_TRUE(durable.retryFailed(QStringLiteral("cb-c1-ticket"), &context,
                                    [&again](const Result<WriteResult> &r) { again = r; }));
    EXPECT_FALSE(durable.retryFailed(QStringLiteral("cb-c1-ticket"))); // already on its way
    ASSERT_TRUE(waitAdvancing(clock, [&] { return again.has_value(); }));
    ASSERT_TRUE(again->ok());
    EXPECT_EQ(store.find(QStringLiteral("cb-c1-ticket"))->state, StoredWrite::State::Done);
    ASSERT_EQ(inner.sentWrites.size(), 2);
    EXPECT_EQ(inner.sentWrites.last().idempotencyKey, QStringLiteral("cb-c1-ticket"));
    EXPECT_TRUE(
        inner.sentWrites.last().mayHaveBeenApplied); // looked up first: a refusal may still have landed
    EXPECT_FALSE(durable.retryFailed(QStringLiteral("cb-c1-ticket"))); // done now
}

TEST_F(DurableGatewayTest, ConfirmedKeyIsAnsweredFromTheStoreWithoutSendingAgain) {
    const auto first = send(ticketWrite());
    ASSERT_TRUE(first->ok());
    const auto second = send(ticketWrite());
    ASSERT_TRUE(second->ok());
    EXPECT_EQ(second->value.id, first->value.id);
    EXPECT_TRUE(second->value.alreadyApplied);
    EXPECT_EQ(inner.count(QStringLiteral("POST tickets")), 1);
}

TEST_F(DurableGatewayTest, SameKeyWhileInFlightIsSentOnce) {
    std::optional<Result<WriteResult>> a, b;
    durable.write(ticketWrite(), &context, [&](const Result<WriteResult> &r) { a = r; });
    durable.write(ticketWrite(), &context, [&](const Result<WriteResult> &r) { b = r; });
    ASSERT_TRUE(waitUntil([&] { return a && b; }));
    EXPECT_EQ(a->value.id, b->value.id);
    EXPECT_EQ(inner.count(QStringLiteral("POST tickets")), 1);
}

TEST_F(DurableGatewayTest, UnknownOutcomeIsLookedUpOnTheNextAttempt) {
    zendesk::Error timeout = makeError(ErrorKind::Timeout, QStringLiteral("timed out"));
    timeout.outcomeUnknown = true;
    inner.failNext(QStringLiteral("PUT tickets/5"), timeout);
    Write note;
    note.kind = Write::Kind::UpdateTicket;
    note.targetId = 5;
    note.idempotencyKey = QStringLiteral("cb-c1-details");
    inner.addTicket(1, QStringLiteral("open"), clock.now());
    const auto result = send(note);
    ASSERT_EQ(inner.sentWrites.size(), 2);
    EXPECT_FALSE(inner.sentWrites.at(0).mayHaveBeenApplied);
    EXPECT_TRUE(inner.sentWrites.at(1).mayHaveBeenApplied);
}

TEST_F(DurableGatewayTest, ResumeSendsWritesAnEarlierRunLeftInFlight) {
    store.enqueue(ticketWrite(QStringLiteral("cb-old-ticket")), clock.now().addSecs(-600));
    store.markSending(QStringLiteral("cb-old-ticket")); // the app died while it was being sent
    durable.resume();
    ASSERT_TRUE(waitUntil([&] { return durable.status().pending == 0; }));
    ASSERT_EQ(inner.sentWrites.size(), 1);
    EXPECT_TRUE(inner.sentWrites.first().mayHaveBeenApplied);
    EXPECT_EQ(inner.sentWrites.first().firstAttemptAt, clock.now().addSecs(-600));
    EXPECT_EQ(store.find(QStringLiteral("cb-old-ticket"))->state, StoredWrite::State::Done);
}

TEST_F(DurableGatewayTest, CallerGoneBeforeTheAnswerIsNotCalled) {
    bool called = false;
    auto *shortLived = new QObject;
    durable.write(ticketWrite(), shortLived, [&](const Result<WriteResult> &) { called = true; });
    delete shortLived;
    ASSERT_TRUE(waitUntil([&] { return durable.status().pending == 0; }));
    QCoreApplication::processEvents();
    EXPECT_FALSE(called);
    EXPECT_EQ(store.find(QStringLiteral("cb-c1-ticket"))->state, StoredWrite::State::Done);
}

TEST_F(DurableGatewayTest, RateLimitStormIsWaitedOutWithoutLosingTheWrite) {
    for (int i = 0; i < 12; ++i) {
        zendesk::Error limited = makeError(ErrorKind::RateLimited, QStringLiteral("HTTP 429"), 429);
        limited.retryAfter = std::chrono::seconds(30 + i);
        inner.failNext(QStringLiteral("POST tickets"), limited);
    }
    QList<bool> limitedWhileWaiting;
    QObject::connect(&durable, &DurableGateway::statusChanged, &context,
                     [&] { limitedWhileWaiting << durable.status().rateLimited; });
    const auto result = send(ticketWrite());
    ASSERT_TRUE(result->ok());
    EXPECT_EQ(inner.count(QStringLiteral("POST tickets")), 13);
    ASSERT_EQ(delays.size(), 12);
    for (int i = 0; i < 12; ++i)
        EXPECT_EQ(delays.at(i), std::chrono::seconds(30 + i)) << "retry " << i;
    EXPECT_TRUE(limitedWhileWaiting.contains(true));
    EXPECT_FALSE(durable.status().rateLimited);
    EXPECT_EQ(store.find(QStringLiteral("cb-c1-ticket"))->state, StoredWrite::State::Done);
}

TEST_F(DurableGatewayTest, ZendeskDownForAWhileThenBackDeliversEverythingOnce) {
    for (int i = 0; i < 6; ++i)
        inner.failNext(QStringLiteral("POST tickets"),
                       makeError(ErrorKind::Network, QStringLiteral("Connection refused")));
    std::optional<Result<WriteResult>> a, b;
    durable.write(ticketWrite(QStringLiteral("cb-a-ticket")), &context,
                  [&](const Result<WriteResult> &r) { a = r; });
    durable.write(ticketWrite(QStringLiteral("cb-b-ticket")), &context,
                  [&](const Result<WriteResult> &r) { b = r; });
    ASSERT_TRUE(waitAdvancing(clock, [&] { return a && b; }));
    EXPECT_TRUE(a->ok());
    EXPECT_TRUE(b->ok());
    EXPECT_NE(a->value.id, b->value.id);
    EXPECT_EQ(inner.tickets.size(), 2); // each written exactly once
    EXPECT_TRUE(durable.status().zendeskReachable);
    EXPECT_EQ(durable.status().pending, 0);
    // Backoff grew while it was down, capped by the maximum delay.
    ASSERT_GE(delays.size(), 4);
    EXPECT_LT(delays.at(0), delays.at(3));
}
