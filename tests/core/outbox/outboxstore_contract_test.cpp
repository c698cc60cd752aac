// One contract for every OutboxStore: the in-memory store and the journal's store, over an in-memory SQLite
// journal, over a journal file, and over a journal file that is closed and opened again between every step
// (an app restart). The outbox's promise — a write is stored before it is sent, stays pending until Zendesk
// confirms it, and is never sent twice — rests on these answers being the same for every store and surviving
// a restart.
#include "eventloopwait.h"
#include "fakegateway.h"
#include "journal/journal.h"
#include "journal/journaloutboxstore.h"
#include "manualtime.h"
#include "outbox/durablegateway.h"
#include "outbox/outboxstore.h"
#include "qtprinters.h"

#include <QJsonObject>
#include <QTemporaryDir>
#include <QTimeZone>
#include <gtest/gtest.h>
#include <memory>

using namespace callbridge;
using zendesk::Write;
using zendesk::WriteResult;
using State = StoredWrite::State;

namespace {

QDateTime at(int minute, int second = 0, int ms = 0) {
    return QDateTime(QDate(2026, 11, 25), QTime(10, minute, second, ms), QTimeZone::utc());
}

class FixedClock final : public Clock {
public:
    QDateTime now() const override { return at(30); }
};

Write createTicket(const QString &key, const QString &subject = QStringLiteral("Call from +15550100001")) {
    Write w;
    w.kind = Write::Kind::CreateTicket;
    w.idempotencyKey = key;
    w.externalId = QStringLiteral("ext-") + key;
    w.payload = QJsonObject{{QStringLiteral("ticket"), QJsonObject{{QStringLiteral("subject"), subject},
                                                                   {QStringLiteral("requester_id"), 7}}}};
    return w;
}

Write addComment(const QString &key, qint64 ticketId) {
    Write w;
    w.kind = Write::Kind::UpdateTicket;
    w.targetId = ticketId;
    w.idempotencyKey = key;
    w.marker = QStringLiteral("[callbridge:") + key + u']';
    w.payload = QJsonObject{
        {QStringLiteral("ticket"),
         QJsonObject{{QStringLiteral("comment"), QJsonObject{{QStringLiteral("body"), w.marker}}}}}};
    return w;
}

QStringList keysOf(const QList<StoredWrite> &writes) {
    QStringList keys;
    for (const StoredWrite &w : writes)
        keys << w.write.idempotencyKey;
    return keys;
}

} // namespace

// The stores under test (named so that each test's name says which one ran): each makes its store and knows
// what a restart does to it.
namespace stores {

struct InMemory {
    std::unique_ptr<OutboxStore> open() { return std::make_unique<InMemoryOutboxStore>(); }
    void restart(std::unique_ptr<OutboxStore> &) {} // nothing survives a restart; none is simulated
};

// The journal's store over a journal at a path; reopenAt() closes the journal and opens it again.
struct JournalBacked {
    FixedClock clock;
    std::unique_ptr<journal::Journal> journal;

    std::unique_ptr<OutboxStore> openAt(const QString &path) {
        journal::JournalOpenResult opened = journal::Journal::open(path, &clock);
        EXPECT_TRUE(opened) << opened.error.toStdString();
        journal = std::move(opened.journal);
        return journal ? std::make_unique<JournalOutboxStore>(*journal) : nullptr;
    }
    void reopenAt(const QString &path, std::unique_ptr<OutboxStore> &store) {
        store.reset(); // the store refers to the journal: it goes first, as when the app stops
        journal.reset();
        store = openAt(path);
        ASSERT_TRUE(store);
    }
};

struct JournalInMemorySqlite : JournalBacked {
    std::unique_ptr<OutboxStore> open() { return openAt(QStringLiteral(":memory:")); }
    void restart(std::unique_ptr<OutboxStore> &) {}
};

struct JournalFile : JournalBacked {
    QTemporaryDir dir;
    QString path() const { return dir.filePath(QStringLiteral("journal.sqlite")); }
    std::unique_ptr<OutboxStore> open() {
        EXPECT_TRUE(dir.isValid());
        return openAt(path());
    }
    void restart(std::unique_ptr<OutboxStore> &) {}
};

// The same file, closed and opened again at every restart(): what the tests read comes from disk.
struct JournalFileReopenedEveryStep : JournalFile {
    void restart(std::unique_ptr<OutboxStore> &store) { reopenAt(path(), store); }
};

} // namespace stores

namespace {

template <typename Backend> class OutboxStoreContract : public ::testing::Test {
protected:
    void SetUp() override {
        store = backend.open();
        ASSERT_TRUE(store);
    }
    void TearDown() override { store.reset(); }

    // Where a real restart can happen, the store under test goes through one; the others carry on as they
    // are.
    void restart() { backend.restart(store); }

    StoredWrite stored(const QString &key) {
        const std::optional<StoredWrite> found = store->find(key);
        EXPECT_TRUE(found.has_value()) << "no stored write " << key.toStdString();
        return found.value_or(StoredWrite{});
    }

    Backend backend;
    std::unique_ptr<OutboxStore> store;
};

using Stores = ::testing::Types<stores::InMemory, stores::JournalInMemorySqlite, stores::JournalFile,
                                stores::JournalFileReopenedEveryStep>;
TYPED_TEST_SUITE(OutboxStoreContract, Stores);

} // namespace

// Catches: a store that loses or rewrites part of a write (kind, target, keys, payload) between enqueue and
// the attempt that sends it, or that starts it anywhere but Pending.
TYPED_TEST(OutboxStoreContract, EnqueuedWriteIsFoundPendingAsItWasGiven) {
    Write w = addComment(QStringLiteral("cb-c1-details"), 4711);
    w.firstAttemptAt = at(1, 2, 345);
    this->store->enqueue(w, at(1, 2, 345));
    this->restart();

    const StoredWrite s = this->stored(w.idempotencyKey);
    EXPECT_EQ(s.state, State::Pending);
    EXPECT_EQ(s.attempts, 0);
    EXPECT_TRUE(s.lastError.isEmpty());
    EXPECT_EQ(s.enqueuedAt, at(1, 2, 345));
    EXPECT_TRUE(!s.nextAttemptAt.isValid() || s.nextAttemptAt <= s.enqueuedAt) << "due at once";
    EXPECT_FALSE(s.result.has_value());
    EXPECT_EQ(s.write.kind, Write::Kind::UpdateTicket);
    EXPECT_EQ(s.write.targetId, 4711);
    EXPECT_EQ(s.write.idempotencyKey, w.idempotencyKey);
    EXPECT_EQ(s.write.marker, w.marker);
    EXPECT_EQ(s.write.payload, w.payload);
    EXPECT_EQ(s.write.firstAttemptAt, w.firstAttemptAt);

    const std::optional<Write> recorded = this->store->recorded(w.idempotencyKey);
    ASSERT_TRUE(recorded.has_value()) << "a pending write is on record";
    EXPECT_EQ(recorded->payload, w.payload);
}

// Catches: a store that answers for keys it never stored (the outbox would take a write as already made).
TYPED_TEST(OutboxStoreContract, UnknownKeyIsNotFoundAndNotOnRecord) {
    this->store->enqueue(createTicket(QStringLiteral("cb-c1-ticket")), at(1));
    EXPECT_FALSE(this->store->find(QStringLiteral("cb-c2-ticket")).has_value());
    EXPECT_FALSE(this->store->recorded(QStringLiteral("cb-c2-ticket")).has_value());
}

// Catches: a second enqueue of the same key (a contact re-run after a restart) replacing the stored write,
// resetting its attempts or state, or queueing it twice.
TYPED_TEST(OutboxStoreContract, EnqueueOfAnExistingKeyChangesNothing) {
    const QString key = QStringLiteral("cb-c1-ticket");
    this->store->enqueue(createTicket(key, QStringLiteral("first")), at(1));
    this->store->markSending(key);
    this->restart();

    this->store->enqueue(createTicket(key, QStringLiteral("second")), at(5));
    this->restart();

    const StoredWrite s = this->stored(key);
    EXPECT_EQ(s.state, State::Sending);
    EXPECT_EQ(s.attempts, 1);
    EXPECT_EQ(s.enqueuedAt, at(1));
    EXPECT_EQ(s.write.payload, createTicket(key, QStringLiteral("first")).payload);
    EXPECT_EQ(keysOf(this->store->pending()), QStringList{key});
}

// Catches: a store that forgets an attempt was made. A write still Sending (or Pending with attempts) after
// a restart may have reached Zendesk and must be looked up before it is sent again.
TYPED_TEST(OutboxStoreContract, MarkSendingCountsEveryAttempt) {
    const QString key = QStringLiteral("cb-c1-ticket");
    this->store->enqueue(createTicket(key), at(1));
    this->store->markSending(key);
    this->restart();

    StoredWrite s = this->stored(key);
    EXPECT_EQ(s.state, State::Sending);
    EXPECT_EQ(s.attempts, 1);

    this->store->markFailed(key, QStringLiteral("503 Service Unavailable"), false, at(2));
    this->store->markSending(key);
    this->restart();

    s = this->stored(key);
    EXPECT_EQ(s.state, State::Sending);
    EXPECT_EQ(s.attempts, 2);
}

// Catches: a confirmed write losing its result (the ticket id a re-run links to) or staying in pending()
// and being sent again.
TYPED_TEST(OutboxStoreContract, MarkDoneKeepsTheResult) {
    const QString key = QStringLiteral("cb-c1-ticket");
    this->store->enqueue(createTicket(key), at(1));
    this->store->markSending(key);
    WriteResult result;
    result.id = 9001;
    result.alreadyApplied = true;
    result.resource =
        QJsonObject{{QStringLiteral("id"), 9001}, {QStringLiteral("status"), QStringLiteral("new")}};
    this->store->markDone(key, result);
    this->restart();

    const StoredWrite s = this->stored(key);
    EXPECT_EQ(s.state, State::Done);
    EXPECT_EQ(s.attempts, 1);
    ASSERT_TRUE(s.result.has_value());
    EXPECT_EQ(s.result->id, 9001);
    EXPECT_TRUE(s.result->alreadyApplied);
    EXPECT_EQ(s.result->resource, result.resource);
    EXPECT_TRUE(this->store->pending().isEmpty());
    ASSERT_TRUE(this->store->recorded(key).has_value()) << "a confirmed write is on record";
    EXPECT_EQ(this->store->recorded(key)->externalId, createTicket(key).externalId);
}

// Catches: a write Zendesk refused for good being retried, or being taken as made by a re-run (which would
// then link the call to a ticket that was never created).
TYPED_TEST(OutboxStoreContract, PermanentFailureIsKeptAsFailedAndIsNotOnRecord) {
    const QString key = QStringLiteral("cb-c1-ticket");
    this->store->enqueue(createTicket(key), at(1));
    this->store->markSending(key);
    this->store->markFailed(key, QStringLiteral("422 Requester is invalid"), true, {});
    this->restart();

    const StoredWrite s = this->stored(key);
    EXPECT_EQ(s.state, State::Failed);
    EXPECT_EQ(s.lastError, QStringLiteral("422 Requester is invalid"));
    EXPECT_FALSE(s.result.has_value());
    EXPECT_TRUE(this->store->pending().isEmpty());
    EXPECT_FALSE(this->store->recorded(key).has_value());
}

// Catches: a passing failure (outage, rate limit) being dropped, marked failed, or retried before its time.
TYPED_TEST(OutboxStoreContract, TransientFailureIsPendingAgainWithErrorAndNextAttempt) {
    const QString key = QStringLiteral("cb-c1-ticket");
    this->store->enqueue(createTicket(key), at(1));
    this->store->markSending(key);
    this->store->markFailed(key, QStringLiteral("429 Too Many Requests"), false, at(3, 30, 250));
    this->restart();

    const StoredWrite s = this->stored(key);
    EXPECT_EQ(s.state, State::Pending);
    EXPECT_EQ(s.attempts, 1);
    EXPECT_EQ(s.lastError, QStringLiteral("429 Too Many Requests"));
    EXPECT_EQ(s.nextAttemptAt, at(3, 30, 250));
    EXPECT_EQ(keysOf(this->store->pending()), QStringList{key});
    EXPECT_TRUE(this->store->recorded(key).has_value()) << "a write still to be retried is on record";
}

// Catches: pending() leaving out writes still in flight (lost after a restart), including confirmed or
// refused ones (sent again), or losing enqueue order (a comment sent before the ticket it belongs to).
TYPED_TEST(OutboxStoreContract, PendingIsPendingAndSendingOldestFirst) {
    const QStringList keys{QStringLiteral("cb-a"), QStringLiteral("cb-b"), QStringLiteral("cb-c"),
                           QStringLiteral("cb-d"), QStringLiteral("cb-e")};
    for (int i = 0; i < keys.size(); ++i)
        this->store->enqueue(createTicket(keys.at(i)), at(1 + i));
    this->store->markSending(QStringLiteral("cb-a"));
    this->store->markFailed(QStringLiteral("cb-a"), QStringLiteral("timeout"), false, at(20));
    this->store->markSending(QStringLiteral("cb-b"));
    this->store->markSending(QStringLiteral("cb-c"));
    this->store->markDone(QStringLiteral("cb-c"), WriteResult{300, {}, false});
    this->store->markSending(QStringLiteral("cb-d"));
    this->store->markFailed(QStringLiteral("cb-d"), QStringLiteral("422"), true, {});
    this->restart();

    const QList<StoredWrite> pending = this->store->pending();
    EXPECT_EQ(keysOf(pending),
              (QStringList{QStringLiteral("cb-a"), QStringLiteral("cb-b"), QStringLiteral("cb-e")}));
    ASSERT_EQ(pending.size(), 3);
    EXPECT_EQ(pending.at(0).state, State::Pending);
    EXPECT_EQ(pending.at(1).state, State::Sending);
    EXPECT_EQ(pending.at(2).state, State::Pending);
    EXPECT_EQ(pending.at(2).attempts, 0);

    EXPECT_TRUE(this->store->recorded(QStringLiteral("cb-a")).has_value());
    EXPECT_TRUE(this->store->recorded(QStringLiteral("cb-b")).has_value());
    EXPECT_TRUE(this->store->recorded(QStringLiteral("cb-c")).has_value());
    EXPECT_FALSE(this->store->recorded(QStringLiteral("cb-d")).has_value());
    EXPECT_TRUE(this->store->recorded(QStringLiteral("cb-e")).has_value());
}

// Catches: the outbox resending a write that may already be in Zendesk without looking it up first (a
// duplicate ticket or comment after a crash), or looking up writes that were never attempted. What the
// store keeps (state and attempts) is all the outbox has to tell them apart after a restart.
TYPED_TEST(OutboxStoreContract, ResumedWritesAreLookedUpOnlyWhenAnAttemptMayHaveReachedZendesk) {
    this->store->enqueue(createTicket(QStringLiteral("cb-never-sent")), at(1));
    this->store->enqueue(createTicket(QStringLiteral("cb-in-flight")), at(2));
    this->store->markSending(QStringLiteral("cb-in-flight"));
    this->store->enqueue(createTicket(QStringLiteral("cb-retrying")), at(3));
    this->store->markSending(QStringLiteral("cb-retrying"));
    this->store->markFailed(QStringLiteral("cb-retrying"), QStringLiteral("timeout"), false, at(4));
    this->restart();

    test::FakeGateway zendesk;
    {
        FixedClock clock;
        test::ManualTime later; // nothing here fails, so no retry ever waits
        DurableGateway outbox(zendesk, *this->store, clock, later, Backoff{});
        outbox.resume();
        ASSERT_TRUE(test::waitUntil([&] { return this->store->pending().isEmpty(); }))
            << "still pending: " << keysOf(this->store->pending()).join(u' ').toStdString();
    }

    QHash<QString, Write> sent;
    for (const Write &w : std::as_const(zendesk.sentWrites))
        sent.insert(w.idempotencyKey, w);
    ASSERT_EQ(sent.size(), 3);
    EXPECT_EQ(zendesk.sentWrites.size(), 3) << "each write sent once";
    EXPECT_FALSE(sent.value(QStringLiteral("cb-never-sent")).mayHaveBeenApplied);
    EXPECT_TRUE(sent.value(QStringLiteral("cb-in-flight")).mayHaveBeenApplied);
    EXPECT_TRUE(sent.value(QStringLiteral("cb-retrying")).mayHaveBeenApplied);
    EXPECT_EQ(sent.value(QStringLiteral("cb-in-flight")).firstAttemptAt, at(2));

    this->restart();
    for (const QString &key : sent.keys()) {
        const StoredWrite s = this->stored(key);
        EXPECT_EQ(s.state, State::Done) << key.toStdString();
        ASSERT_TRUE(s.result.has_value()) << key.toStdString();
        EXPECT_TRUE(zendesk.tickets.contains(s.result->id)) << key.toStdString() << " → " << s.result->id;
    }
}
