#pragma once

#include "backend.h"
#include "sandbox/http/routetable.h"

namespace callbridge::sandbox::zendesk {

// Talk Partner Edition: POST /api/v2/channels/voice/tickets (via_id 44 voicemail / 45 inbound / 46 outbound,
// optional display_to_agent) and the screen-pop endpoints
// POST /api/v2/channels/voice/agents/{agent_id}/tickets/{ticket_id}/display and …/users/{user_id}/display.
// Screen-pops are recorded in ZendeskBackend::displays (GET /sandbox/zendesk/displays).
void registerVoiceRoutes(RouteTable<ApiHandler> &routes, ZendeskBackend &backend);

} // namespace callbridge::sandbox::zendesk
