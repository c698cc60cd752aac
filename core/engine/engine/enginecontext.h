#pragma once

#include "model/clock.h"
#include "model/linkmemory.h"
#include "model/writeledger.h"
#include "phone/phonenumbers.h"
#include "policy/settings.h"
#include "zendesk/zendeskgateway.h"

#include <algorithm>
#include <chrono>

namespace callbridge {

// What every contact session shares. Owned by CallEngine; sessions hold a reference.
struct EngineContext {
    zendesk::DirectoryReader &directory;
    zendesk::Writer &writer;
    const Clock &clock;
    LinkMemory &memory;
    Settings settings;
    PhoneNormalizer phones;
    zendesk::User agent; // the authenticated Zendesk agent (users/me)
    // Lookups that fail for a passing reason (rate limit, outage) are retried after base, 2×base, … ≤ 60 s.
    std::chrono::milliseconds lookupRetryBase{1000};
    const WriteLedger *ledger = nullptr;
    // A transfer's ticket searched in comments: asked again after transferSearchRetry while the search index
    // may still lag, until transferSearchWindow has passed since the first search.
    std::chrono::milliseconds transferSearchRetry{5000};
    std::chrono::seconds transferSearchWindow{60};

    // Delay before the next try after `failures` passing failures of a lookup: base, 2×base, … at most 60 s.
    std::chrono::milliseconds lookupRetryDelay(int failures) const {
        return std::min<std::chrono::milliseconds>(lookupRetryBase * (1 << std::min(failures, 6)),
                                                   std::chrono::seconds(60));
    } // the outbox's record of writes, when there is one
};

} // namespace callbridge
