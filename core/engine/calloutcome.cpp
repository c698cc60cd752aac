#include "calloutcome.h"

#include <QJsonArray>

namespace callbridge {

QString outcomeName(Outcome outcome) {
    switch (outcome) {
    case Outcome::TicketCreated:
        return QStringLiteral("ticket_created");
    case Outcome::TicketReused:
        return QStringLiteral("ticket_reused");
    case Outcome::TicketFromIvr:
        return QStringLiteral("ticket_from_ivr");
    case Outcome::TicketTransferred:
        return QStringLiteral("ticket_transferred");
    case Outcome::Attached:
        return QStringLiteral("attached");
    case Outcome::AgentMode:
        return QStringLiteral("agent_mode");
    case Outcome::ForceCreated:
        return QStringLiteral("force_created");
    case Outcome::DetailsAppended:
        return QStringLiteral("details_appended");
    case Outcome::Nothing:
        return QStringLiteral("nothing");
    case Outcome::Failed:
        return QStringLiteral("failed");
    }
    return QStringLiteral("nothing");
}

QJsonObject CallOutcome::toJson() const {
    QJsonObject o{{QStringLiteral("contactId"), contactId},
                  {QStringLiteral("outcome"), outcomeName(outcome)},
                  {QStringLiteral("userId"), userId > 0 ? QJsonValue(userId) : QJsonValue()},
                  {QStringLiteral("userCreated"), userCreated},
                  {QStringLiteral("ticketId"), ticketId > 0 ? QJsonValue(ticketId) : QJsonValue()},
                  {QStringLiteral("ticketCreated"), ticketCreated},
                  {QStringLiteral("reason"), reason}};
    if (!notices.isEmpty())
        o.insert(QStringLiteral("notices"), QJsonArray::fromStringList(notices));
    return o;
}

} // namespace callbridge
