#pragma once

#include "journal/journal.h"
#include "model/writeledger.h"

namespace callbridge {

// The journal seen as the outbox's durable store.
class JournalOutboxStore final : public OutboxStore {
public:
    explicit JournalOutboxStore(journal::Journal &journal);

    std::optional<StoredWrite> find(const QString &key) const override;
    void enqueue(const zendesk::Write &write, const QDateTime &at) override;
    void markSending(const QString &key) override;
    void markDone(const QString &key, const zendesk::WriteResult &result) override;
    void markFailed(const QString &key, const QString &error, bool permanent, const QDateTime &next) override;
    QList<StoredWrite> pending() const override;
    bool requeueFailed(const QString &key) override;

private:
    journal::Journal &m_journal;
};

} // namespace callbridge
