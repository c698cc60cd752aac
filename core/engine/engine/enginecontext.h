#pragma once

#include "model/linkmemory.h"
#include "model/writeledger.h"
#include "phone/phonenumbers.h"
#include "policy/settings.h"
#include "timing/backoff.h"
#include "timing/clock.h"
#include "timing/scheduler.h"
#include "wording/notewording.h"
#include "zendesk/zendeskgateway.h"

namespace callbridge {

// What every contact session shares. Owned by CallEngine; sessions hold a reference.
struct EngineContext {
    zendesk::DirectoryReader &directory;
    zendesk::Writer &writer;
    const Clock &clock;
    Scheduler &scheduler; // runs the retries of sign-in and lookups
    LinkMemory &memory;
    Settings settings;
    PhoneNormalizer phones;
    zendesk::User agent; // the authenticated Zendesk agent (users/me)
    NoteWording wording; // the language of ticket notes ([zendesk] note_language)
    // Sign-in and lookups that fail for a passing reason (rate limit, outage, timeout) are tried again after
    // this backoff, or after Zendesk's Retry-After when it gave one.
    Backoff lookupRetry{};
    const WriteLedger *ledger = nullptr; // the outbox's record of writes, when there is one
    // A transfer's ticket searched in comments: asked again after transferSearchRetry while the search index
    // may still lag, until transferSearchWindow has passed since the first search.
    std::chrono::milliseconds transferSearchRetry{5000};
    std::chrono::seconds transferSearchWindow{60};
};

} // namespace callbridge
