#include "outboxstore.h"

namespace callbridge {

std::optional<StoredWrite> InMemoryOutboxStore::find(const QString &key) const {
    const auto it = m_writes.constFind(key);
    return it == m_writes.cend() ? std::nullopt : std::optional<StoredWrite>(*it);
}

void InMemoryOutboxStore::enqueue(const zendesk::Write &write, const QDateTime &at) {
    if (m_writes.contains(write.idempotencyKey))
        return;
    StoredWrite stored;
    stored.write = write;
    stored.enqueuedAt = at;
    stored.nextAttemptAt = at;
    m_writes.insert(write.idempotencyKey, stored);
    m_order << write.idempotencyKey;
}

void InMemoryOutboxStore::markSending(const QString &key) {
    auto it = m_writes.find(key);
    if (it == m_writes.end())
        return;
    it->state = StoredWrite::State::Sending;
    ++it->attempts;
}

void InMemoryOutboxStore::markDone(const QString &key, const zendesk::WriteResult &result) {
    auto it = m_writes.find(key);
    if (it == m_writes.end())
        return;
    it->state = StoredWrite::State::Done;
    it->result = result;
}

void InMemoryOutboxStore::markFailed(const QString &key, const QString &error, bool permanent,
                                     const QDateTime &next) {
    auto it = m_writes.find(key);
    if (it == m_writes.end())
        return;
    it->state = permanent ? StoredWrite::State::Failed : StoredWrite::State::Pending;
    it->lastError = error;
    it->nextAttemptAt = next;
}

bool InMemoryOutboxStore::requeueFailed(const QString &key) {
    auto it = m_writes.find(key);
    if (it == m_writes.end() || it->state != StoredWrite::State::Failed)
        return false;
    it->state = StoredWrite::State::Pending;
    it->nextAttemptAt = {};
    return true;
}

QList<StoredWrite> InMemoryOutboxStore::pending() const {
    QList<StoredWrite> out;
    for (const QString &key : m_order) {
        const StoredWrite &w = m_writes[key];
        if (w.state == StoredWrite::State::Pending || w.state == StoredWrite::State::Sending)
            out << w;
    }
    return out;
}

} // namespace callbridge
