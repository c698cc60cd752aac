#pragma once

#include "zendesk/zendeskwrite.h"

#include <QString>
#include <optional>

namespace callbridge {

// The writes already made (or being made) for a key, as the outbox recorded them. After a restart a contact
// is run again; when one of its linking writes is on record, the session repeats that write instead of
// deciding afresh — a fresh decision could differ (the ticket it created a minute ago is now a "recent
// ticket") and link the call twice.
class WriteLedger {
public:
    virtual ~WriteLedger() = default;
    virtual std::optional<zendesk::Write> recorded(const QString &idempotencyKey) const = 0;
};

} // namespace callbridge
