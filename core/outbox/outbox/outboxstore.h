#pragma once

#include "model/writeledger.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <optional>

namespace callbridge {

// Writes kept in memory: for runs that keep nothing after they end (replay without a journal, tests).
class InMemoryOutboxStore final : public OutboxStore {
public:
    std::optional<StoredWrite> find(const QString &key) const override;
    void enqueue(const zendesk::Write &write, const QDateTime &at) override;
    void markSending(const QString &key) override;
    void markDone(const QString &key, const zendesk::WriteResult &result) override;
    void markFailed(const QString &key, const QString &error, bool permanent, const QDateTime &next) override;
    QList<StoredWrite> pending() const override;
    bool requeueFailed(const QString &key) override;

private:
    QHash<QString, StoredWrite> m_writes;
    QList<QString> m_order;
};

} // namespace callbridge
