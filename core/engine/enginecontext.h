#pragma once

#include "clock.h"
#include "linkmemory.h"
#include "phone/phonenumbers.h"
#include "policy/settings.h"
#include "writeledger.h"
#include "zendesk/zendeskgateway.h"

#include <chrono>

namespace callbridge {

// What every contact session shares. Owned by CallEngine; sessions hold a reference.
struct EngineContext {
    zendesk::Gateway &gateway;
    const Clock &clock;
    LinkMemory &memory;
    Settings settings;
    PhoneNormalizer phones;
    zendesk::User agent; // the authenticated Zendesk agent (users/me)
    // Lookups that fail for a passing reason (rate limit, outage) are retried after base, 2×base, … ≤ 60 s.
    std::chrono::milliseconds lookupRetryBase{1000};
    const WriteLedger *ledger = nullptr; // the outbox's record of writes, when there is one
};

} // namespace callbridge
