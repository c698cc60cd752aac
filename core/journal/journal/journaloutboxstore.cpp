#include "journaloutboxstore.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcOutboxStore, "callbridge.journal.outbox")

namespace callbridge {

namespace {

void check(bool ok, const journal::Journal &j, const char *what) {
    if (!ok)
        qCWarning(lcOutboxStore) << "journal:" << what << "failed:" << j.lastError();
}

} // namespace

JournalOutboxStore::JournalOutboxStore(journal::Journal &journal)
    : m_journal(journal) {}

std::optional<StoredWrite> JournalOutboxStore::find(const QString &key) const {
    const auto r = m_journal.write(key);
    return r ? std::optional<StoredWrite>(*r) : std::nullopt;
}

void JournalOutboxStore::enqueue(const zendesk::Write &write, const QDateTime &at) {
    check(m_journal.enqueueWrite(write, at).has_value(), m_journal, "enqueueWrite");
}

void JournalOutboxStore::markSending(const QString &key) {
    m_journal.markSending(key);
}

void JournalOutboxStore::markDone(const QString &key, const zendesk::WriteResult &result) {
    check(m_journal.markDone(key, result), m_journal, "markDone");
}

void JournalOutboxStore::markFailed(const QString &key, const QString &error, bool permanent,
                                    const QDateTime &next) {
    m_journal.markFailed(key, error, permanent, next);
}

QList<StoredWrite> JournalOutboxStore::pending() const {
    QList<StoredWrite> out;
    const QList<journal::WriteRecord> rows = m_journal.pendingWrites();
    for (const journal::WriteRecord &r : rows)
        out << r;
    return out;
}

bool JournalOutboxStore::requeueFailed(const QString &key) {
    return m_journal.requeueFailed(key);
}

} // namespace callbridge
