#pragma once

#include "zendeskerror.h"
#include "zendeskmodels.h"

#include <QJsonObject>
#include <QList>

namespace callbridge::zendesk::json {

// JSON → models. Missing optional fields are tolerated; a field of the wrong type (or a missing id) gives an
// Error of kind Malformed whose message names the field, e.g. "users[1].id: expected an integer".

Result<User> parseUser(const QJsonObject &user, const QString &where = QStringLiteral("user"));
Result<Ticket> parseTicket(const QJsonObject &ticket, const QString &where = QStringLiteral("ticket"));

Result<User> userFromEnvelope(const QJsonObject &body);         // {"user": {...}}
Result<Ticket> ticketFromEnvelope(const QJsonObject &body);     // {"ticket": {...}}
Result<QList<User>> usersFromList(const QJsonObject &body);     // {"users": [...]}
Result<QList<Ticket>> ticketsFromList(const QJsonObject &body); // {"tickets": [...]}
Result<QList<User>> usersFromSearch(const QJsonObject &body);   // {"results": [...]}, result_type "user" only
Result<QList<Ticket>>
ticketsFromSearch(const QJsonObject &body); // {"results": [...]}, result_type "ticket" only

} // namespace callbridge::zendesk::json
