#include "contactview.h"

#include <QJsonArray>

namespace callbridge {

namespace {

QJsonObject userJson(const zendesk::User &user) {
    return {{QStringLiteral("id"), user.id},
            {QStringLiteral("name"), user.name},
            {QStringLiteral("email"), user.email},
            {QStringLiteral("phone"), user.phone}};
}

QJsonObject ticketJson(const zendesk::Ticket &ticket) {
    return {{QStringLiteral("id"), ticket.id},
            {QStringLiteral("subject"), ticket.subject},
            {QStringLiteral("status"), ticket.status},
            {QStringLiteral("updatedAt"), ticket.updatedAt.toUTC().toString(Qt::ISODate)}};
}

QString ticketSourceName(TicketSource source) {
    switch (source) {
    case TicketSource::None:
        return QStringLiteral("none");
    case TicketSource::Ivr:
        return QStringLiteral("ivr");
    case TicketSource::Transfer:
        return QStringLiteral("transfer");
    case TicketSource::Recent:
        return QStringLiteral("recent");
    }
    return QStringLiteral("none");
}

QString actionName(LinkPlan::Action action) {
    switch (action) {
    case LinkPlan::Action::Nothing:
        return QStringLiteral("nothing");
    case LinkPlan::Action::WaitForAgent:
        return QStringLiteral("wait_for_agent");
    case LinkPlan::Action::Attach:
        return QStringLiteral("attach");
    case LinkPlan::Action::CreateTicket:
        return QStringLiteral("create_ticket");
    }
    return QStringLiteral("nothing");
}

} // namespace

QString contactViewStageName(ContactView::Stage stage) {
    switch (stage) {
    case ContactView::Stage::Ringing:
        return QStringLiteral("ringing");
    case ContactView::Stage::Answered:
        return QStringLiteral("answered");
    case ContactView::Stage::WaitingForAgent:
        return QStringLiteral("waiting_for_agent");
    case ContactView::Stage::Linking:
        return QStringLiteral("linking");
    case ContactView::Stage::Linked:
        return QStringLiteral("linked");
    case ContactView::Stage::WritingEnd:
        return QStringLiteral("writing_end");
    case ContactView::Stage::Done:
        return QStringLiteral("done");
    }
    return QStringLiteral("done");
}

QString identityName(ContactView::Identity identity) {
    switch (identity) {
    case ContactView::Identity::LookingUp:
        return QStringLiteral("looking_up");
    case ContactView::Identity::Known:
        return QStringLiteral("known");
    case ContactView::Identity::Unknown:
        return QStringLiteral("unknown");
    case ContactView::Identity::Withheld:
        return QStringLiteral("withheld");
    }
    return QStringLiteral("looking_up");
}

QString identifiedByName(ContactView::IdentifiedBy by) {
    switch (by) {
    case ContactView::IdentifiedBy::None:
        return QStringLiteral("none");
    case ContactView::IdentifiedBy::Phone:
        return QStringLiteral("phone");
    case ContactView::IdentifiedBy::ZendeskUser:
        return QStringLiteral("zendesk_user");
    case ContactView::IdentifiedBy::CustomerEmail:
        return QStringLiteral("customer_email");
    case ContactView::IdentifiedBy::CustomerNumber:
        return QStringLiteral("customer_number");
    case ContactView::IdentifiedBy::TicketRequester:
        return QStringLiteral("ticket_requester");
    case ContactView::IdentifiedBy::Agent:
        return QStringLiteral("agent");
    case ContactView::IdentifiedBy::Other:
        return QStringLiteral("other");
    }
    return QStringLiteral("none");
}

QString contactWriteStateName(ContactView::WriteState state) {
    switch (state) {
    case ContactView::WriteState::None:
        return QStringLiteral("none");
    case ContactView::WriteState::Sending:
        return QStringLiteral("sending");
    case ContactView::WriteState::Sent:
        return QStringLiteral("sent");
    case ContactView::WriteState::Waiting:
        return QStringLiteral("waiting");
    case ContactView::WriteState::Failed:
        return QStringLiteral("failed");
    }
    return QStringLiteral("none");
}

QJsonObject ContactView::toJson() const {
    QJsonArray alternativesJson;
    for (const zendesk::User &user : alternatives)
        alternativesJson << userJson(user);
    QJsonObject json{
        {QStringLiteral("contactId"), contactId},
        {QStringLiteral("sequence"), static_cast<qint64>(sequence)},
        {QStringLiteral("stage"), contactViewStageName(stage)},
        {QStringLiteral("ended"), ended},
        {QStringLiteral("agentMode"), agentMode},
        {QStringLiteral("direction"),
         direction == CallDirection::Inbound ? QStringLiteral("inbound") : QStringLiteral("outbound")},
        {QStringLiteral("transfer"), transfer},
        {QStringLiteral("customerPhone"), customerPhone},
        {QStringLiteral("customerE164"), customerE164},
        {QStringLiteral("queue"), queue},
        {QStringLiteral("customerNameAttribute"), customerNameAttribute},
        {QStringLiteral("customerEmailAttribute"), customerEmailAttribute},
        {QStringLiteral("identity"), identityName(identity)},
        {QStringLiteral("identifiedBy"), identifiedByName(identifiedBy)},
        {QStringLiteral("remembered"), remembered},
        {QStringLiteral("callerIdUnverified"), callerIdUnverified},
        {QStringLiteral("willCreateUser"), willCreateUser},
        {QStringLiteral("caller"), userJson(caller)},
        {QStringLiteral("alternatives"), alternativesJson},
        {QStringLiteral("candidateSource"), ticketSourceName(candidateSource)},
        {QStringLiteral("candidateReason"), candidateReason.english()},
        {QStringLiteral("recentTicketsLoading"), recentTicketsLoading},
        {QStringLiteral("ticketId"), ticketId},
        {QStringLiteral("ticketCreated"), ticketCreated},
        {QStringLiteral("userCreated"), userCreated},
        {QStringLiteral("ticketSubject"), ticketSubject},
        {QStringLiteral("ticketStatus"), ticketStatus},
        {QStringLiteral("reason"), reason.english()},
        {QStringLiteral("endOfCall"), endOfCall.english()},
        {QStringLiteral("notices"), QJsonArray::fromStringList(englishOf(notices))},
        {QStringLiteral("writeState"), contactWriteStateName(writeState)},
        {QStringLiteral("writeDetail"), writeDetail},
        {QStringLiteral("writeWaitingSince"), writeWaitingSince.toUTC().toString(Qt::ISODate)},
    };
    if (candidate)
        json.insert(QStringLiteral("candidate"), ticketJson(*candidate));
    if (recentTickets) {
        QJsonArray tickets;
        for (const zendesk::Ticket &ticket : *recentTickets)
            tickets << ticketJson(ticket);
        json.insert(QStringLiteral("recentTickets"), tickets);
    }
    if (plannedAction)
        json.insert(QStringLiteral("plannedAction"), actionName(*plannedAction));
    if (outcome)
        json.insert(QStringLiteral("outcome"), outcomeName(*outcome));
    return json;
}

} // namespace callbridge
