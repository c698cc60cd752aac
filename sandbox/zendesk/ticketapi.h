#pragma once

#include "backend.h"
#include "sandbox/http/routetable.h"

namespace callbridge::sandbox::zendesk {

// /api/v2/tickets…: list (?external_id=), show, create (incl. follow-ups), update (comment, voice_comment),
// comments; /api/v2/users/{id}/tickets/requested.
void registerTicketRoutes(RouteTable<ApiHandler> &routes, ZendeskBackend &backend);

// Creates a ticket from a Create Ticket "ticket" object; `via` is the ticket's via object. Shared with the
// Talk Partner Edition endpoint. Returns the 201 response or a 4xx error.
HttpResponse createTicket(ZendeskBackend &backend, const ApiRequest &request, const QJsonObject &input,
                          QJsonObject via);

// Wraps a ticket-creation handler with Idempotency-Key handling (x-idempotency-lookup: miss/hit, 400 on
// reuse).
ApiHandler withIdempotency(ZendeskBackend &backend, ApiHandler create);

} // namespace callbridge::sandbox::zendesk
