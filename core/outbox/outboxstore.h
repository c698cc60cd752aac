#pragma once

#include "engine/writeledger.h"
#include "zendesk/zendeskgateway.h"
#include "zendesk/zendeskwrite.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <optional>

namespace callbridge {

// One write as the outbox keeps it: stored before it is sent, removed from the pending set only when Zendesk
// confirmed it (or refused it for good).
struct StoredWrite {
    enum class State { Pending, Sending, Done, Failed };
    zendesk::Write write;
    State state = State::Pending;
    int attempts = 0;
    QString lastError;
    QDateTime enqueuedAt;
    QDateTime nextAttemptAt;
    zendesk::WriteResult result; // Done
};

// Durable storage of writes, keyed by idempotency key. The journal implements it on SQLite.
class OutboxStore : public WriteLedger {
public:
    // A write on record that was not refused for good.
    std::optional<zendesk::Write> recorded(const QString &idempotencyKey) const override;
    virtual std::optional<StoredWrite> find(const QString &key) const = 0;
    virtual void enqueue(const zendesk::Write &write, const QDateTime &at) = 0; // no-op if the key exists
    virtual void markSending(const QString &key) = 0;
    virtual void markDone(const QString &key, const zendesk::WriteResult &result) = 0;
    virtual void markFailed(const QString &key, const QString &error, bool permanent,
                            const QDateTime &next) = 0;
    virtual QList<StoredWrite> pending() const = 0; // Pending or Sending, oldest first
};

class InMemoryOutboxStore final : public OutboxStore {
public:
    std::optional<StoredWrite> find(const QString &key) const override;
    void enqueue(const zendesk::Write &write, const QDateTime &at) override;
    void markSending(const QString &key) override;
    void markDone(const QString &key, const zendesk::WriteResult &result) override;
    void markFailed(const QString &key, const QString &error, bool permanent, const QDateTime &next) override;
    QList<StoredWrite> pending() const override;

private:
    QHash<QString, StoredWrite> m_writes;
    QList<QString> m_order;
};

} // namespace callbridge
