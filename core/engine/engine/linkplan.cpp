#include "linkplan.h"

namespace callbridge {

namespace {

QString joinReasons(const QString &first, const QString &second) {
    if (first.isEmpty())
        return second;
    if (second.isEmpty())
        return first;
    return first + QStringLiteral("; ") + second;
}

LinkPlan attach(const Resolution &r, Outcome outcome) {
    LinkPlan plan;
    plan.action = LinkPlan::Action::Attach;
    plan.outcome = outcome;
    plan.ticketId = r.ticket->id;
    plan.ticketClosed = r.ticket->isClosed();
    plan.reason = r.ticketReason;
    return plan;
}

LinkPlan create(const Resolution &r, const QString &why) {
    LinkPlan plan;
    plan.action = LinkPlan::Action::CreateTicket;
    plan.outcome = Outcome::TicketCreated;
    switch (r.caller.kind) {
    case Caller::Kind::Known:
        plan.requester = LinkPlan::Requester::User;
        plan.requesterId = r.caller.user.id;
        break;
    case Caller::Kind::Unknown:
        plan.requester = LinkPlan::Requester::NewUser;
        break;
    case Caller::Kind::Anonymous:
        plan.requester = LinkPlan::Requester::Agent;
        break;
    }
    plan.callerName = r.caller.displayName();
    plan.reason = joinReasons(why, r.ticketReason);
    return plan;
}

LinkPlan nothing(const QString &why) {
    LinkPlan plan;
    plan.reason = why;
    return plan;
}

LinkPlan planOutbound(const ContactInfo &contact, const CallPolicy &policy, const Resolution &r) {
    const QString kind = contact.type == ContactType::QueueCallback ? QStringLiteral("callback")
                                                                    : QStringLiteral("outbound call");
    switch (r.caller.kind) {
    case Caller::Kind::Known:
        return create(
            r,
            QStringLiteral("%1 to known user %2 via %3").arg(kind, userRef(r.caller.user.id), r.caller.how));
    case Caller::Kind::Unknown:
        if (policy.allOutbound)
            return create(r, QStringLiteral("%1 to unknown number %2: new user and ticket (all_outbound)")
                                 .arg(kind, r.caller.number.e164));
        return nothing(QStringLiteral("%1 to unknown number %2: no ticket (all_outbound is off)")
                           .arg(kind, r.caller.number.e164));
    case Caller::Kind::Anonymous:
        break;
    }
    return nothing(QStringLiteral("%1 to %2: no ticket").arg(kind, r.caller.how));
}

} // namespace

QString ticketRef(qint64 ticketId) {
    return ticketId > 0 ? QStringLiteral("#%1").arg(ticketId) : QStringLiteral("a new ticket (dry run)");
}

QString userRef(qint64 userId) {
    return userId > 0 ? QStringLiteral("#%1").arg(userId) : QStringLiteral("a new user (dry run)");
}

QString reasonToIgnore(const ContactInfo &contact) {
    if (contact.monitoring)
        return QStringLiteral("supervisor monitoring: nothing written");
    if (contact.type == ContactType::Chat)
        return QStringLiteral("chat contact: only voice calls are linked");
    if (contact.type == ContactType::Task)
        return QStringLiteral("task contact: only voice calls are linked");
    return {};
}

LinkPlan planLink(const ContactInfo &contact, const CallPolicy &policy, const Resolution &r) {
    if (r.failed())
        return nothing(r.ticketReason);

    if (r.ticket && r.ticketSource == TicketSource::Transfer)
        return attach(r, Outcome::TicketTransferred);

    if (policy.ticketAssignment == TicketAssignment::Agent || r.transferWithoutTicket) {
        LinkPlan plan;
        plan.action = LinkPlan::Action::WaitForAgent;
        plan.outcome = Outcome::AgentMode;
        plan.reason = r.transferWithoutTicket
                          ? joinReasons(r.ticketReason, QStringLiteral("the agent decides"))
                          : QStringLiteral("agent mode (ticket_assignment=agent): the agent decides");
        if (policy.requestedTicketId == 0 && r.newTicketRequested && !r.transferWithoutTicket)
            plan.notice = QStringLiteral("Request to open a new ticket received");
        return plan;
    }

    const bool outboundRules =
        contact.direction == CallDirection::Outbound || contact.type == ContactType::QueueCallback;
    if (outboundRules)
        return planOutbound(contact, policy, r);

    if (r.ticket && r.ticketSource == TicketSource::Ivr)
        return attach(r, Outcome::TicketFromIvr);
    if (r.ticket && r.ticketSource == TicketSource::Recent)
        return attach(r, Outcome::TicketReused);

    switch (r.caller.kind) {
    case Caller::Kind::Known:
        return create(r, QStringLiteral("known caller %1 via %2: new ticket")
                             .arg(userRef(r.caller.user.id), r.caller.how));
    case Caller::Kind::Unknown:
        return create(r, QStringLiteral("unknown caller %1: new user and ticket").arg(r.caller.number.e164));
    case Caller::Kind::Anonymous:
        break;
    }
    return create(
        r, QStringLiteral("anonymous caller (%1): new ticket with the agent as requester").arg(r.caller.how));
}

} // namespace callbridge
