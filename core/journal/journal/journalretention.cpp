#include "journal.h"
#include "journaltransaction.h"

namespace callbridge::journal {

using namespace Qt::StringLiterals;

std::optional<int> Journal::purgeBefore(const QDateTime &cutoff) {
    const qint64 before = cutoff.toMSecsSinceEpoch();
    Transaction transaction(*this, Durability::Full);
    if (!transaction.isOpen()) {
        return std::nullopt;
    }
    // Events, outcomes and links go with their contact (ON DELETE CASCADE).
    const int contacts =
        execChanges(u"DELETE FROM contacts WHERE finished = 1 AND finished_at < ?"_s, {before});
    const bool ok =
        contacts >= 0
        && exec(u"DELETE FROM outbox WHERE state IN ('done', 'failed') AND updated_at < ?"_s, {before})
        && exec(u"DELETE FROM write_log WHERE at < ? AND idempotency_key NOT IN (SELECT idempotency_key FROM "
                u"outbox)"_s,
                {before})
        && exec(u"DELETE FROM reviews WHERE contact_id NOT IN (SELECT contact_id FROM contacts)"_s, {})
        && exec(u"DELETE FROM known_users WHERE updated < ?"_s, {before})
        && exec(u"DELETE FROM call_tickets WHERE updated < ?"_s, {before}) && transaction.commit();
    return ok ? std::optional<int>(contacts) : std::nullopt;
}

} // namespace callbridge::journal
