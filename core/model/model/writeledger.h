#pragma once

#include "zendesk/zendeskgateway.h"
#include "zendesk/zendeskwrite.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>

namespace callbridge {

// One Zendesk write as the outbox keeps it: stored before it is sent. Pending → Sending → Done, or → Pending
// again (passing failure, with nextAttemptAt) or → Failed (refused for good). A write still Sending after a
// restart means "outcome unknown": it is looked up before it is sent again.
struct StoredWrite {
    enum class State { Pending, Sending, Done, Failed };
    zendesk::Write write;
    State state = State::Pending;
    int attempts = 0; // markSending calls
    QString lastError;
    QDateTime enqueuedAt;
    QDateTime nextAttemptAt; // invalid = as soon as possible
    QDateTime updatedAt;
    std::optional<zendesk::WriteResult> result; // Done only
};

// "pending", "sending", "done", "failed": how the states are stored and printed.
QString writeStateName(StoredWrite::State state);
std::optional<StoredWrite::State> writeStateFromName(const QString &name);

// The writes already made (or being made) for a key, as the outbox recorded them. After a restart a contact
// is run again; when one of its linking writes is on record, the session repeats that write instead of
// deciding afresh — a fresh decision could differ (the ticket it created a minute ago is now a "recent
// ticket") and link the call twice.
class WriteLedger {
public:
    virtual ~WriteLedger() = default;
    virtual std::optional<zendesk::Write> recorded(const QString &idempotencyKey) const = 0;
    // Where the write stands (sending, waiting for a retry and why, failed), when the ledger keeps that.
    virtual std::optional<StoredWrite> progress(const QString &idempotencyKey) const {
        Q_UNUSED(idempotencyKey);
        return std::nullopt;
    }
};

// Durable storage of writes, keyed by idempotency key. The journal implements it on SQLite; the outbox has an
// in-memory one for runs that keep nothing.
class OutboxStore : public WriteLedger {
public:
    // A write on record that was not refused for good.
    std::optional<zendesk::Write> recorded(const QString &idempotencyKey) const override;
    std::optional<StoredWrite> progress(const QString &idempotencyKey) const override {
        return find(idempotencyKey);
    }
    virtual std::optional<StoredWrite> find(const QString &key) const = 0;
    virtual void enqueue(const zendesk::Write &write, const QDateTime &at) = 0; // no-op if the key exists
    virtual void markSending(const QString &key) = 0;
    virtual void markDone(const QString &key, const zendesk::WriteResult &result) = 0;
    virtual void markFailed(const QString &key, const QString &error, bool permanent,
                            const QDateTime &next) = 0;
    virtual QList<StoredWrite> pending() const = 0; // Pending or Sending, oldest first
    // Failed → Pending, due now (a person asked for it to be tried again). False unless the write was Failed.
    virtual bool requeueFailed(const QString &key) = 0;
};

} // namespace callbridge
