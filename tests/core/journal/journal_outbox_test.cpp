#include "journaltestsupport.h"

#include <QTemporaryDir>

namespace callbridge::journal {
namespace {

using namespace Qt::StringLiterals;
using namespace testing;
using State = WriteRecord::State;

zendesk::Write ticketWrite(const QString &key) {
    zendesk::Write write;
    write.kind = zendesk::Write::Kind::CreateTicket;
    write.idempotencyKey = key;
    write.externalId = u"cb-c-1"_s;
    write.payload = QJsonObject{{u"ticket"_s, QJsonObject{{u"subject"_s, u"Call from +4930123456"_s}}}};
    return write;
}

zendesk::Write commentWrite(const QString &key) {
    zendesk::Write write;
    write.kind = zendesk::Write::Kind::UpdateTicket;
    write.targetId = 4242;
    write.idempotencyKey = key;
    write.marker = u"[callbridge:"_s + key + u"]"_s;
    write.payload = QJsonObject{{u"ticket"_s, QJsonObject{{u"comment"_s, QJsonObject{{u"body"_s, u"x"_s}}}}}};
    return write;
}

TEST(JournalOutbox, AnEnqueuedWriteRoundTrips) {
    FixedClock clock;
    auto journal = openMemory(&clock);
    zendesk::Write write = commentWrite(u"cb-c-1-details"_s);
    write.firstAttemptAt = utc(1, 8);
    const std::optional<WriteRecord> stored = journal->enqueueWrite(write);
    ASSERT_TRUE(stored) << journal->lastError().toStdString();
    EXPECT_EQ(stored->write.kind, zendesk::Write::Kind::UpdateTicket);
    EXPECT_EQ(stored->write.targetId, 4242);
    EXPECT_EQ(stored->write.idempotencyKey, u"cb-c-1-details"_s);
    EXPECT_EQ(stored->write.marker, u"[callbridge:cb-c-1-details]"_s);
    EXPECT_EQ(stored->write.payload, write.payload);
    EXPECT_EQ(stored->write.firstAttemptAt, utc(1, 8));
    EXPECT_EQ(stored->state, State::Pending);
    EXPECT_EQ(stored->attempts, 0);
    EXPECT_EQ(stored->enqueuedAt, clock.now());
    EXPECT_FALSE(stored->nextAttemptAt.isValid());
    EXPECT_FALSE(stored->result);
    EXPECT_EQ(journal->pendingCount(), 1);
    EXPECT_EQ(journal->oldestPendingAt(), std::optional<QDateTime>(clock.now()));
}

TEST(JournalOutbox, EnqueueIsIdempotentPerKey) {
    FixedClock clock;
    auto journal = openMemory(&clock);
    ASSERT_TRUE(journal->enqueueWrite(ticketWrite(u"k1"_s)));
    ASSERT_TRUE(journal->markSending(u"k1"_s));
    clock.advanceMs(60000);
    zendesk::Write changed = ticketWrite(u"k1"_s);
    changed.payload = QJsonObject{{u"ticket"_s, QJsonObject{{u"subject"_s, u"other"_s}}}};
    const std::optional<WriteRecord> again = journal->enqueueWrite(changed);
    ASSERT_TRUE(again);
    EXPECT_EQ(again->state, State::Sending); // the stored row, untouched
    EXPECT_EQ(again->write.payload, ticketWrite(u"k1"_s).payload);
    EXPECT_EQ(again->enqueuedAt, clock.now().addMSecs(-60000));
    EXPECT_EQ(journal->pendingCount(), 1);
    EXPECT_FALSE(journal->enqueueWrite(ticketWrite(QString())));
}

TEST(JournalOutbox, TransientFailureThenSuccess) {
    FixedClock clock;
    auto journal = openMemory(&clock);
    ASSERT_TRUE(journal->enqueueWrite(ticketWrite(u"k"_s)));
    const QDateTime firstAttempt = clock.now().addMSecs(10);
    clock.set(firstAttempt);
    ASSERT_TRUE(journal->markSending(u"k"_s));
    WriteRecord r = *journal->write(u"k"_s);
    EXPECT_EQ(r.state, State::Sending);
    EXPECT_EQ(r.attempts, 1);
    EXPECT_EQ(r.write.firstAttemptAt, firstAttempt);

    ASSERT_TRUE(journal->markFailed(u"k"_s, u"429 Retry-After 30"_s, false, clock.now().addSecs(30)));
    r = *journal->write(u"k"_s);
    EXPECT_EQ(r.state, State::Pending);
    EXPECT_EQ(r.lastError, u"429 Retry-After 30"_s);
    EXPECT_EQ(r.nextAttemptAt, clock.now().addSecs(30));
    EXPECT_EQ(journal->pendingCount(), 1);

    clock.advanceMs(30000);
    ASSERT_TRUE(journal->markSending(u"k"_s));
    r = *journal->write(u"k"_s);
    EXPECT_EQ(r.attempts, 2);
    EXPECT_EQ(r.write.firstAttemptAt, firstAttempt); // kept: the Idempotency-Key window starts at the first

    zendesk::WriteResult result;
    result.id = 999;
    result.alreadyApplied = true;
    result.resource = QJsonObject{{u"id"_s, 999}};
    ASSERT_TRUE(journal->markDone(u"k"_s, result));
    r = *journal->write(u"k"_s);
    EXPECT_EQ(r.state, State::Done);
    ASSERT_TRUE(r.result);
    EXPECT_EQ(r.result->id, 999);
    EXPECT_TRUE(r.result->alreadyApplied);
    EXPECT_EQ(r.result->resource, result.resource);
    EXPECT_TRUE(r.lastError.isEmpty());
    EXPECT_EQ(journal->pendingCount(), 0);
    EXPECT_EQ(journal->oldestPendingAt(), std::nullopt);
    EXPECT_TRUE(journal->pendingWrites().isEmpty());

    // done is final: no new attempt, no failure; a second confirmation keeps the first result
    EXPECT_FALSE(journal->markSending(u"k"_s));
    EXPECT_TRUE(journal->lastError().contains(u"done"_s)) << journal->lastError().toStdString();
    EXPECT_FALSE(journal->markFailed(u"k"_s, u"late"_s, false, {}));
    zendesk::WriteResult other;
    other.id = 1;
    EXPECT_TRUE(journal->markDone(u"k"_s, other));
    EXPECT_EQ(journal->write(u"k"_s)->result->id, 999);
}

TEST(JournalOutbox, PermanentFailureLeavesThePendingSet) {
    auto journal = openMemory();
    ASSERT_TRUE(journal->enqueueWrite(ticketWrite(u"k"_s)));
    ASSERT_TRUE(journal->markSending(u"k"_s));
    ASSERT_TRUE(journal->markFailed(u"k"_s, u"422 phone belongs to someone else"_s, true, {}));
    const WriteRecord r = *journal->write(u"k"_s);
    EXPECT_EQ(r.state, State::Failed);
    EXPECT_EQ(r.lastError, u"422 phone belongs to someone else"_s);
    EXPECT_EQ(journal->pendingCount(), 0);
    EXPECT_FALSE(journal->markSending(u"k"_s));
    EXPECT_FALSE(journal->markFailed(u"k"_s, u"again"_s, true, {}));
}

TEST(JournalOutbox, UnknownKeysAreRefused) {
    auto journal = openMemory();
    EXPECT_FALSE(journal->markSending(u"nope"_s));
    EXPECT_TRUE(journal->lastError().contains(u"nope"_s));
    EXPECT_FALSE(journal->markDone(u"nope"_s, {}));
    EXPECT_FALSE(journal->markFailed(u"nope"_s, u"x"_s, false, {}));
    EXPECT_FALSE(journal->write(u"nope"_s));
}

TEST(JournalOutbox, ARowLeftSendingSurvivesARestartAsOutcomeUnknown) {
    QTemporaryDir dir;
    const QString path = dir.filePath(u"journal.sqlite"_s);
    FixedClock clock;
    {
        auto journal = openOrFail(path, &clock);
        ASSERT_TRUE(journal->enqueueWrite(ticketWrite(u"create"_s)));
        clock.advanceMs(1000);
        ASSERT_TRUE(journal->enqueueWrite(commentWrite(u"details"_s)));
        ASSERT_TRUE(journal->enqueueWrite(commentWrite(u"done-before"_s)));
        ASSERT_TRUE(journal->markSending(u"create"_s));
        ASSERT_TRUE(journal->markDone(u"done-before"_s, {}));
        // the process dies here, mid-request
    }
    auto journal = openOrFail(path, &clock);
    const QList<WriteRecord> pending = journal->pendingWrites();
    ASSERT_EQ(pending.size(), 2);
    EXPECT_EQ(pending[0].write.idempotencyKey, u"create"_s); // enqueue order
    EXPECT_EQ(pending[0].state, State::Sending);
    EXPECT_EQ(pending[0].attempts, 1);
    EXPECT_EQ(pending[1].write.idempotencyKey, u"details"_s);
    EXPECT_EQ(pending[1].state, State::Pending);
    EXPECT_EQ(journal->pendingCount(), 2);
    EXPECT_EQ(journal->oldestPendingAt(), std::optional<QDateTime>(clock.now().addMSecs(-1000)));
    ASSERT_TRUE(journal->markSending(u"create"_s)); // a new attempt after reconciliation
    EXPECT_EQ(journal->write(u"create"_s)->attempts, 2);
}

TEST(JournalOutbox, ABatchCommitsTogetherOrNotAtAll) {
    auto journal = openMemory();
    {
        Journal::Batch batch(*journal);
        ASSERT_TRUE(journal->enqueueWrite(ticketWrite(u"rolled-back"_s)));
        ASSERT_TRUE(journal->recordEvent(makeEvent(ContactEventKind::Connecting, u"c-x"_s, utc(2, 9))));
    }
    EXPECT_FALSE(journal->write(u"rolled-back"_s));
    EXPECT_FALSE(journal->contact(u"c-x"_s));
    {
        Journal::Batch batch(*journal);
        ASSERT_TRUE(journal->enqueueWrite(ticketWrite(u"kept"_s)));
        ASSERT_TRUE(batch.commit());
    }
    EXPECT_TRUE(journal->write(u"kept"_s));
}

} // namespace
} // namespace callbridge::journal
