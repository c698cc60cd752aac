#pragma once

#include "backend.h"
#include "sandbox/http/routetable.h"

namespace callbridge::sandbox::zendesk {

// GET /api/v2/search?query=…&sort_by=&sort_order=&page=&per_page= (see SearchQuery for the syntax subset).
// ≤100 results per page, a page starting past the first 1000 results is a 422. Records changed less than
// config.indexLagSeconds ago are not found.
void registerSearchRoutes(RouteTable<ApiHandler> &routes, ZendeskBackend &backend);

} // namespace callbridge::sandbox::zendesk
