#pragma once

#include "backend.h"
#include "sandbox/http/routetable.h"

namespace callbridge::sandbox::zendesk {

// /api/v2/users…: me, show, list (?external_id=, ?role=), search (?query=, ?external_id=), create,
// create_or_update, update, identities.
void registerUserRoutes(RouteTable<ApiHandler> &routes, ZendeskBackend &backend);

} // namespace callbridge::sandbox::zendesk
