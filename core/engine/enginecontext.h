#pragma once

#include "clock.h"
#include "linkmemory.h"
#include "phone/phonenumbers.h"
#include "policy/settings.h"
#include "zendesk/zendeskgateway.h"

namespace callbridge {

// What every contact session shares. Owned by CallEngine; sessions hold a reference.
struct EngineContext {
    zendesk::Gateway &gateway;
    const Clock &clock;
    LinkMemory &memory;
    Settings settings;
    PhoneNormalizer phones;
    zendesk::User agent; // the authenticated Zendesk agent (users/me)
};

} // namespace callbridge
